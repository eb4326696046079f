"""Personen: the person list, a person's history, importing from a school system, inzage."""
