"""Brieven: the administration's print queue."""
