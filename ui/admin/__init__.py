"""Beheer: accounts, school details, policy, backup, audit log, retention and data leaks."""
