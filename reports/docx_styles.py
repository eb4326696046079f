"""The Word document every letter and report starts from: Arial, Dutch, calm named styles.

python-docx's built-in template is an American Word 2010 document: Calibri/Cambria through
theme fonts, blue headings, US English. Everything a user sees or edits afterwards goes
through the named styles set up here, so a school can restyle a letter in Word the usual way.
"""

from __future__ import annotations

import functools
from io import BytesIO

from docx import Document as _new_document
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length, Mm, Pt, RGBColor
from docx.styles.style import CharacterStyle, ParagraphStyle
from docx.text.parfmt import ParagraphFormat

# Arial is on every Windows and Mac machine and covers Latin Extended (Turkish, Polish,
# Czech, Vietnamese); LibreOffice substitutes the metric-compatible Liberation Sans.
FONT = "Arial"
LANGUAGE = "nl-NL"
INK = RGBColor(0x1A, 0x1A, 0x1A)
GREY = RGBColor(0x59, 0x59, 0x59)
RULE_COLOR = "8C8C8C"
HEADER_FILL = "EDEDED"

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)

# Custom style names (Dutch, as a Dutch Word user sees them in the style gallery).
ADDRESS = "Adresblok"
ADDRESS_NOTE = "Adresvermerk"
REFERENCE = "Kenmerkregel"
LABEL = "Kenmerklabel"
TABLE_TEXT = "Tabeltekst"
TABLE_HEAD = "Tabelkop"
SIGNATURE = "Ondertekening"
SCHOOL_NAME = "Schoolnaam"
META = "Documentgegevens"

REFERENCE_TAB = Mm(28)

# python-docx finds a style by name by scanning all of them, per paragraph; the renderers set
# these ids directly (checked against the document when the template is built).
STYLE_IDS = {
    name: name.replace(" ", "")
    for name in (
        "Normal", "Heading 1", "Heading 2", "Title", "Subtitle", "List Bullet", "Header",
        "Footer", "Table Grid", ADDRESS, ADDRESS_NOTE, REFERENCE, LABEL, TABLE_TEXT,
        TABLE_HEAD, SIGNATURE, SCHOOL_NAME, META,
    )
}  # fmt: skip

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
# schema order of w:rPr after w:lang, and of w:pPr after w:pBdr
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def new_document(
    *,
    left: Length,
    right: Length,
    top: Length,
    bottom: Length,
    header_distance: Length,
    footer_distance: Length,
) -> Document:
    """An empty A4 document with the house styles and a different first-page header."""
    geometry = (left, right, top, bottom, header_distance, footer_distance)
    return _new_document(BytesIO(_template(*(int(length) for length in geometry))))


@functools.cache
def _template(
    left: int, right: int, top: int, bottom: int, header_distance: int, footer_distance: int
) -> bytes:
    # Restyling takes longer than writing a whole letter, so it happens once per layout.
    doc = _new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = Length(left), Length(right)
    section.top_margin, section.bottom_margin = Length(top), Length(bottom)
    section.header_distance = Length(header_distance)
    section.footer_distance = Length(footer_distance)
    section.gutter = Mm(0)
    section.different_first_page_header_footer = True
    _use_font_and_language(doc)
    _restyle_builtins(doc, Length(PAGE_WIDTH - left - right))
    _add_house_styles(doc)
    _dutch_settings(doc)
    for name, style_id in STYLE_IDS.items():
        if doc.styles[name].style_id != style_id:
            raise RuntimeError(f"style {name!r} has id {doc.styles[name].style_id!r}")
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def set_bottom_rule(paragraph_format: ParagraphFormat) -> None:
    """A thin grey line under a paragraph (the letterhead and meta-block separator)."""
    pPr = paragraph_format._element.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", RULE_COLOR)):
        bottom.set(qn(f"w:{attr}"), value)
    border.append(bottom)
    pPr.insert_element_before(border, *_AFTER_PBDR)


def _set_font(rPr: BaseOxmlElement) -> None:
    rfonts = rPr.get_or_add_rFonts()  # type: ignore[attr-defined]
    for attr in _THEME_FONT_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        rfonts.set(qn(attr), FONT)


def _set_language(rPr: BaseOxmlElement) -> None:
    lang = rPr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rPr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), LANGUAGE)


def _use_font_and_language(doc: Document) -> None:
    styles_element = doc.styles.element
    # A theme-font attribute wins over an explicit font name, so every one of them goes.
    for rfonts in styles_element.iter(qn("w:rFonts")):
        if any(rfonts.get(qn(attr)) is not None for attr in _THEME_FONT_ATTRS):
            for attr in _THEME_FONT_ATTRS:
                rfonts.attrib.pop(qn(attr), None)
            for attr in _FONT_ATTRS:
                rfonts.set(qn(attr), FONT)
    defaults = styles_element.find(qn("w:docDefaults"))
    assert defaults is not None
    default_rPr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert default_rPr is not None
    for rPr in (default_rPr, doc.styles["Normal"].element.get_or_add_rPr()):
        _set_font(rPr)
        _set_language(rPr)
    for tag in ("w:sz", "w:szCs"):  # 10 pt also for what is not based on Normal
        size = default_rPr.find(qn(tag))
        if size is not None:
            size.set(qn("w:val"), "20")


def _paragraph_style(
    doc: Document,
    name: str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    color: RGBColor | None = None,
    before: float | None = None,
    after: float | None = None,
    line: float | None = None,
) -> ParagraphStyle:
    """Create (or restyle, for a built-in name) a paragraph style; sizes in points."""
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.quick_style = True
    assert isinstance(style, ParagraphStyle)
    if name != "Normal":
        style.base_style = doc.styles[base]
    font = style.font
    _set_font(style.element.get_or_add_rPr())
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color
    fmt = style.paragraph_format
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    return style


def _restyle_builtins(doc: Document, text_width: Length) -> None:
    normal = _paragraph_style(doc, "Normal", size=10, before=0, after=8, line=1.15)
    normal.paragraph_format.widow_control = True
    for name, size, before, after in (("Heading 1", 13, 16, 4), ("Heading 2", 11, 12, 3)):
        heading = _paragraph_style(
            doc, name, size=size, bold=True, color=INK, before=before, after=after
        )
        heading.font.italic = False
        heading.paragraph_format.keep_with_next = True

    title = _paragraph_style(doc, "Title", size=18, bold=True, color=INK, after=4, line=1.0)
    subtitle = _paragraph_style(doc, "Subtitle", size=12, bold=False, color=GREY, after=8)
    subtitle.font.italic = False
    for style in (title, subtitle):
        pPr, rPr = style.element.get_or_add_pPr(), style.element.get_or_add_rPr()
        for tag in ("w:pBdr", "w:numPr"):
            for child in pPr.findall(qn(tag)):
                pPr.remove(child)
        for tag in ("w:spacing", "w:kern"):
            for child in rPr.findall(qn(tag)):
                rPr.remove(child)

    # contextual spacing (already in the template) keeps list items together and leaves the
    # usual paragraph gap after the last one
    _paragraph_style(doc, "List Bullet", after=8)
    for name in ("Header", "Footer"):
        style = _paragraph_style(doc, name, size=8, color=GREY, before=0, after=0, line=1.0)
        tabs = style.paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)

    table_grid = doc.styles["Table Grid"].element
    for border in table_grid.iter():
        if border.get(qn("w:val")) == "single":
            border.set(qn("w:color"), RULE_COLOR)


def _add_house_styles(doc: Document) -> None:
    _paragraph_style(doc, SCHOOL_NAME, base="Header", size=11, bold=True, color=INK, after=2)
    address = _paragraph_style(doc, ADDRESS, before=0, after=0, line=1.0)
    address.paragraph_format.keep_with_next = True
    _paragraph_style(doc, ADDRESS_NOTE, base=ADDRESS, size=8, bold=True, after=6)
    reference = _paragraph_style(doc, REFERENCE, before=0, after=0)
    fmt = reference.paragraph_format
    fmt.left_indent, fmt.first_line_indent = REFERENCE_TAB, -REFERENCE_TAB
    fmt.tab_stops.add_tab_stop(REFERENCE_TAB)
    fmt.keep_with_next = True
    _paragraph_style(doc, TABLE_TEXT, size=9, before=2, after=2, line=1.0)
    _paragraph_style(doc, TABLE_HEAD, base=TABLE_TEXT, bold=True, color=INK)
    signature = _paragraph_style(doc, SIGNATURE, before=0, after=0)
    signature.paragraph_format.keep_with_next = True
    _paragraph_style(doc, META, size=9, color=GREY, before=0, after=0)

    label = doc.styles.add_style(LABEL, WD_STYLE_TYPE.CHARACTER)
    assert isinstance(label, CharacterStyle)
    label.quick_style = True
    label.font.color.rgb = GREY


def _dutch_settings(doc: Document) -> None:
    settings = doc.settings.element
    # "clean" would tell Word the text was already spell-checked (in English).
    for child in settings.findall(qn("w:proofState")):
        settings.remove(child)
    for tag, value in (
        ("w:themeFontLang", LANGUAGE),
        ("w:decimalSymbol", ","),
        ("w:listSeparator", ";"),
    ):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)
    # 15 is Word 2013 and later: without it Word opens the letter in "Compatibility Mode".
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
