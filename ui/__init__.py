"""The PySide6 desktop application. Holds no Session and no live ORM object: it calls
services in ``casemanager`` and gets plain dataclasses back."""
