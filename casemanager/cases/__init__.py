"""Case services: reporting, workflow, decisions, deadlines, lists and search."""
