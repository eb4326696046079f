"""Letters, the aangifte summary and the administration's print queue (services)."""

from casemanager.letters.aangifte import aangifte_summary
from casemanager.letters.generation import generate_letter, invitation_letters, letters_for_decision
from casemanager.letters.queue import (
    case_letters,
    letter_file,
    mark_sent,
    print_batch,
    print_queue,
    release,
)
from casemanager.letters.school import (
    SchoolInfo,
    school_info,
    set_logo,
    set_signers,
    signers_for,
    update_school,
)
from casemanager.letters.templates import list_templates, reset_template, store_template
from casemanager.letters.views import LetterInfo

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
