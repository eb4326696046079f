"""Rapportage: numbers about cases, as charts, a table and CSV."""
