"""The register of persons: importing them from a CSV export, and listing and finding them.

- ``csv_reading``: bytes → text → rows (encodings, separators, file errors);
- ``columns``: which column holds which field (Magister/Somtoday synonyms, explicit mapping);
- ``records``: rows → checked person records (every bad row collected);
- ``plan`` / ``importing``: compare with the dossier, then write all or nothing;
- ``preview``: the import wizard's suggested columns and its row-by-row preview;
- ``registry``: list, count and find persons for the roles that may see them;
- ``details``: one person with their guardians or children, for the person view.
"""

from casemanager.people.csv_reading import ImportRejected
from casemanager.people.importing import Progress, import_people, plan_import
from casemanager.people.plan import ImportPlan, ImportReport, PlannedRow, RowAction
from casemanager.people.registry import PersonRow, count_persons, find_persons, list_persons

__all__ = [
    "ImportPlan",
    "ImportRejected",
    "ImportReport",
    "PersonRow",
    "PlannedRow",
    "Progress",
    "RowAction",
    "count_persons",
    "find_persons",
    "import_people",
    "list_persons",
    "plan_import",
]
