"""The school's policy: violations, sanctions ladders, terms, retention and holidays."""

from casemanager.policy.calendar import SchoolCalendar
from casemanager.policy.loading import (
    DEFAULT_POLICY,
    PolicyInvalid,
    PolicyProblem,
    default_policy,
    load_policy_file,
    parse_policy,
)
from casemanager.policy.schema import Ladder, NotificationRule, Policy, Rung, Violation

__all__ = [
    "DEFAULT_POLICY",
    "Ladder",
    "NotificationRule",
    "Policy",
    "PolicyInvalid",
    "PolicyProblem",
    "Rung",
    "SchoolCalendar",
    "Violation",
    "default_policy",
    "load_policy_file",
    "parse_policy",
]
