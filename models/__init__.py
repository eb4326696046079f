"""The ORM models. Importing this package registers every table on ``Base.metadata``."""

from models.accounts import Account, AccountRole, Role, account_team
from models.audit import AuditEntry
from models.base import LONG, MEDIUM, SHORT, TEXT, Base, utcnow
from models.cases import (
    CLOSED_STATUSES,
    Case,
    CaseParty,
    CaseStatus,
    CaseViolation,
    Ladder,
    PartyRole,
    Severity,
    Statement,
    TimelineEntry,
    TimelineKind,
)
from models.dataleak import AP_REPORT_TERM, DataLeak
from models.evidence import Evidence
from models.letters import Letter, LetterFormat, LetterTemplate, SendMethod
from models.meta import DossierMeta, PolicyDocument, SchoolDetails, SchoolSigner
from models.people import Guardianship, Person, PersonKind, Team
from models.procedure import (
    Decision,
    Hearing,
    Notification,
    NotificationKind,
    Objection,
    ObjectionOutcome,
)

__all__ = [
    "AP_REPORT_TERM",
    "CLOSED_STATUSES",
    "LONG",
    "MEDIUM",
    "SHORT",
    "TEXT",
    "Account",
    "AccountRole",
    "AuditEntry",
    "Base",
    "Case",
    "CaseParty",
    "CaseStatus",
    "CaseViolation",
    "DataLeak",
    "Decision",
    "DossierMeta",
    "Evidence",
    "Guardianship",
    "Hearing",
    "Ladder",
    "Letter",
    "LetterFormat",
    "LetterTemplate",
    "Notification",
    "NotificationKind",
    "Objection",
    "ObjectionOutcome",
    "PartyRole",
    "Person",
    "PersonKind",
    "PolicyDocument",
    "Role",
    "SchoolDetails",
    "SchoolSigner",
    "SendMethod",
    "Severity",
    "Statement",
    "Team",
    "TimelineEntry",
    "TimelineKind",
    "account_team",
    "utcnow",
]
