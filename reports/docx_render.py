"""Letters and reports as Word files (python-docx), from the content model in ``document``.

The PDF renderer works from the same ``LetterDocument`` and ``ReportDocument``, so both
formats of one letter carry the same text.
"""

from __future__ import annotations

from reports.docx_letter import render_letter_docx
from reports.docx_report import render_report_docx

__all__ = ["render_letter_docx", "render_report_docx"]
