"""The one font family of every PDF: Noto Sans, embedded as TrueType subsets.

The PDF base fonts (Helvetica and friends) only know Latin-1: a Turkish, Polish, Czech or
Vietnamese name would come out with wrong or missing letters, which in a sanction letter is
a serious error. So nothing is ever printed in a base font; everything goes through here.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casemanager.resources import resource_path

# the family is named after its regular face, so <b>/<i> in a paragraph styled with
# REGULAR find the bold and italic faces
FAMILY = REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab; cheap after the first call in a process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # images as binary streams, not ASCII85 text: without reportlab's C accelerator the
        # encoding of the logo alone cost ~10 ms per letter (and 10 KB)
        rl_config.useA85 = 0
        _registered = True
