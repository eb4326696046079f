"""Letters, the aangifte summary and the administration's print queue (services)."""

from __future__ import annotations

import importlib
from typing import Any

# Loaded on first use: rendering letters needs reportlab, python-docx and pypdf, which the
# desktop application should not load before a letter is actually made.
_HOME = {
    "aangifte_summary": "aangifte",
    "generate_letter": "generation",
    "invitation_letters": "generation",
    "letters_for_decision": "generation",
    "case_letters": "queue",
    "letter_file": "queue",
    "mark_sent": "queue",
    "print_batch": "queue",
    "print_queue": "queue",
    "release": "queue",
    "SchoolInfo": "school",
    "school_info": "school",
    "set_logo": "school",
    "set_signers": "school",
    "signers_for": "school",
    "update_school": "school",
    "list_templates": "templates",
    "reset_template": "templates",
    "store_template": "templates",
    "LetterInfo": "views",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)


__all__ = [
    "LetterInfo",
    "SchoolInfo",
    "aangifte_summary",
    "case_letters",
    "generate_letter",
    "invitation_letters",
    "letter_file",
    "letters_for_decision",
    "list_templates",
    "mark_sent",
    "print_batch",
    "print_queue",
    "release",
    "reset_template",
    "school_info",
    "set_logo",
    "set_signers",
    "signers_for",
    "store_template",
    "update_school",
]
