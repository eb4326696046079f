"""The case screens: the case list (Zaken) and what belongs to it."""
