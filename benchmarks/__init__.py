"""Benchmarks of casemanager: ``python -m benchmarks`` (or ``make bench``).

Each group (see ``benchmarks.__main__.GROUPS``) measures against a shared dataset built
once in ``benchmarks/data/`` and adds its records to ``benchmarks/results.json``.
"""
