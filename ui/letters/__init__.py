"""Letters on screen: the preview of a case's letters with releasing, saving and printing."""
