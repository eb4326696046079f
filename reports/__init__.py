"""Letters (PDF with reportlab, DOCX with python-docx) and the aangifte summary.

Imports no PySide6: reports are made by services and tested with plain pytest.
"""
