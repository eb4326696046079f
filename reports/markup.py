"""The small text format of a rendered letter template, turned into document blocks.

A template renders to plain text:

    Onderwerp: Schriftelijke waarschuwing

    Geachte heer Doğan,

    ## Wat er is gebeurd
    Lines of one paragraph are joined; a blank line starts the next one.

    - a bullet
    - another bullet

    | Kolom | Kolom |
    |-------|-------------|    (optional; the dashes set relative column widths)
    | cel   | cel   |

Only the template's own text can make a heading, a bullet or a table. Every value a
template inserts arrives wrapped in two private-use characters (see ``wrap_value``), so a
pupil's name with a ``|`` or a description that starts with ``- `` stays plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from casemanager.texts import tr
from reports.document import Block, Bullets, Heading, Paragraph, Table

VALUE_START = "\ue000"
VALUE_END = "\ue001"
LINE_BREAK = "\u2028"  # a newline inside an inserted value
SUBJECT_PREFIX = "onderwerp:"
TEMPLATE_SUFFIX = ".txt"  # a template file is named after its letter type: waarschuwing.txt


class MarkupError(ValueError):
    """The rendered text does not have the shape of a letter (no subject line)."""


@dataclass(frozen=True)
class ParsedText:
    subject: str
    blocks: tuple[Block, ...]


def wrap_value(value: object) -> str:
    """Jinja's ``finalize``: how every ``{{ … }}`` appears in the rendered text."""
    if value is None:
        return ""
    text = ("ja" if value else "nee") if isinstance(value, bool) else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", LINE_BREAK)
    return f"{VALUE_START}{text}{VALUE_END}" if text else ""


def parse(rendered: str) -> ParsedText:
    lines = [line.rstrip() for line in rendered.replace("\r\n", "\n").split("\n")]
    while lines and not _plain(lines[0]).strip():
        lines.pop(0)
    if not lines or not lines[0].lower().startswith(SUBJECT_PREFIX):
        raise MarkupError(
            tr(
                "De sjabloon moet beginnen met een regel 'Onderwerp: …' met het onderwerp van "
                "de brief."
            )
        )
    subject = _clean(lines[0][len(SUBJECT_PREFIX) :], keep_breaks=False)
    return ParsedText(subject=subject, blocks=tuple(_blocks(lines[1:])))


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    rows: list[tuple[str, ...]] = []
    widths: list[tuple[float, ...]] = []  # from the separator row: its dashes per column

    def flush() -> None:
        if paragraph:
            text = " ".join(part.strip() for part in paragraph)
            blocks.append(Paragraph(_clean(text, keep_breaks=True)))
            paragraph.clear()
        if bullets:
            blocks.append(Bullets(tuple(_clean(item, keep_breaks=False) for item in bullets)))
            bullets.clear()
        if rows:
            blocks.append(Table(header=rows[0], rows=tuple(rows[1:]), widths=_widths(widths)))
            rows.clear()
            widths.clear()

    for line in lines:
        stripped = line.strip()
        if not _plain(stripped).strip():
            flush()
        elif stripped.startswith("## "):
            flush()
            blocks.append(Heading(_clean(stripped[3:], keep_breaks=False)))
        elif stripped.startswith("- "):
            if paragraph or rows:
                flush()
            bullets.append(stripped[2:])
        elif stripped.startswith("|"):
            if paragraph or bullets:
                flush()
            cells = _cells(stripped)
            if all(set(cell) <= set("-: ") for cell in cells):
                widths.append(tuple(float(max(cell.count("-"), 1)) for cell in cells))
            else:
                rows.append(tuple(_clean(cell, keep_breaks=False) for cell in cells))
        elif bullets and line[:1].isspace():
            bullets[-1] += " " + stripped  # an indented line continues the bullet above
        else:
            if bullets or rows:
                flush()
            paragraph.append(stripped)
    flush()
    return blocks


def _cells(line: str) -> list[str]:
    """Split a table row on the ``|`` that the template wrote, not those inside values."""
    cells: list[str] = []
    current: list[str] = []
    inside = 0
    for char in line.strip().strip("|"):
        if char == VALUE_START:
            inside += 1
        elif char == VALUE_END:
            inside -= 1
        if char == "|" and not inside:
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    last = "".join(current).strip()
    if last or not cells:
        cells.append(last)
    return cells


def _widths(separators: list[tuple[float, ...]]) -> tuple[float, ...]:
    """Relative column widths: ``|---|---|------|`` makes the last column twice as wide as
    the other two together. Equal dashes (or no separator row) mean equal widths."""
    if not separators or len(set(separators[0])) == 1:
        return ()
    return separators[0]


def _plain(text: str) -> str:
    return text.replace(VALUE_START, "").replace(VALUE_END, "").replace(LINE_BREAK, " ")


def _clean(text: str, *, keep_breaks: bool) -> str:
    text = text.replace(VALUE_START, "").replace(VALUE_END, "")
    text = text.replace(LINE_BREAK, "\n" if keep_breaks else " ")
    return text.strip()
