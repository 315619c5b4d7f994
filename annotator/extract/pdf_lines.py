"""PDF lines rebuilt from glyphs: visual order back to logical order, marks on their letters.

Displaying an Arabic line reversed it and then each left-to-right run (Latin words,
numbers) back, mirrored brackets and drew harakat over their letters or over ligatures. These
functions undo that from what pdfminer.six reports: each glyph's Unicode text and position.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

UNMAPPED = "\ufffd"
_CID = re.compile(r"^\(cid:\d+\)$")
#: A gap wider than this share of the font size between two glyphs is a word break.
WORD_GAP = 0.15
#: A gap wider than this many font sizes inside a line suggests side-by-side columns.
COLUMN_GAP = 3.0
#: A line narrower than this share of the page's text ends its paragraph.
SHORT_LINE = 0.85


@dataclass
class Unit:
    """A glyph and the marks (or zero-width glyphs) drawn on it, in logical order."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float


@dataclass
class Line:
    units: list[Unit] = field(default_factory=list)
    text: str = ""
    rtl: bool = True

    @property
    def baseline(self) -> float:
        return self.units[0].baseline

    @property
    def size(self) -> float:
        return max(u.size for u in self.units)

    @property
    def x0(self) -> float:
        return min(u.x0 for u in self.units)

    @property
    def x1(self) -> float:
        return max(u.x1 for u in self.units)


def strong_direction(text: str) -> str | None:
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def _is_mark(text: str) -> bool:
    """Combining marks only (harakat), also in their presentation forms (U+FC60 ﱠ)."""
    if _is_presentation(text):
        text = unicodedata.normalize("NFKC", text).strip(" ")
    return bool(text) and all(unicodedata.category(c) in ("Mn", "Me") for c in text)


def glyph_units(chars) -> tuple[list[Unit], int]:
    """Glyphs (in drawing order) grouped with their marks; also the unmapped glyphs' count."""
    units: list[Unit] = []
    unmapped = 0
    for ch in chars:
        text = ch.get_text()
        if _CID.match(text):
            unmapped += 1
            text = UNMAPPED
        elif text.isspace():
            text = " "  # Noto Naskh's space glyph maps back to a tab
        baseline = ch.matrix[5]
        prev = units[-1] if units else None
        zero_width = ch.x1 - ch.x0 < 0.01 * max(ch.size, 1)
        if (
            prev is not None
            and (_is_mark(text) or zero_width)
            and abs(prev.baseline - baseline) < 0.5 * ch.size
            and prev.text != " "
        ):
            if not (text == UNMAPPED and prev.text.endswith(UNMAPPED)):
                # an unmapped ligature drawn as two glyphs is one gap
                prev.text = _with_mark(prev, text, (ch.x0 + ch.x1) / 2)
            prev.x0, prev.x1 = min(prev.x0, ch.x0), max(prev.x1, ch.x1)
            continue
        units.append(Unit(text, ch.x0, ch.x1, baseline, ch.size))
    return units, unmapped


def _with_mark(unit: Unit, mark: str, x: float) -> str:
    """A unit's text with a mark (or zero-width glyph) drawn at ``x`` added.

    A mark drawn on a ligature of two or more Arabic letters (لى, لا) goes after the letter
    it sits on: the ligature's width is shared out between its letters.
    """
    if _is_presentation(mark):
        mark = unicodedata.normalize("NFKC", mark).lstrip(" ")  # ﱠ is " َّ": no space
    base = unit.text
    if len(base) == 1 and _is_presentation(base):
        letters = unicodedata.normalize("NFKC", base)
        width = unit.x1 - unit.x0
        if len(letters) > 1 and width > 0 and strong_direction(letters) == "R" and _is_mark(mark):
            if letters[0] == "ل" and letters[1] in "اأإآ":
                # lam-alef: a mark on the alef is drawn at the ligature's left edge, one on
                # the lam inside it (Noto Sans Arabic, DejaVu Sans: لاً against لًا).
                k = 1 if x < unit.x0 + 0.2 * width else 0
            else:  # the letters' shares of the width, right to left
                k = int((unit.x1 - x) / (width / len(letters)))
            k = min(max(k, 0), len(letters) - 1)
            return letters[: k + 1] + mark + letters[k + 1 :]
    return base + mark


def _is_presentation(text: str) -> bool:
    return any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe" for c in text)


def baseline_lines(units: list[Unit]) -> list[Line]:
    """Units on the same baseline, top to bottom."""
    lines: list[Line] = []
    for unit in sorted(units, key=lambda u: -u.baseline):
        if lines and abs(lines[-1].baseline - unit.baseline) <= 0.35 * max(unit.size, 1):
            lines[-1].units.append(unit)
        else:
            lines.append(Line([unit]))
    return lines


def _kind(text: str) -> str:
    """'L' for a left-to-right letter, 'D' for a digit, 'R' for a right-to-left letter, else
    'N' (spaces, punctuation, brackets)."""
    strong = strong_direction(text)
    if strong:
        return strong
    return "D" if any(c.isdigit() for c in text) else "N"


def _rtl_logical(units: list[Unit]) -> str:
    """A right-to-left line's units (left to right) in logical order.

    Displaying reversed the line and then each left-to-right run back: undo both. A run
    starts and ends with a Latin letter or a digit and holds no right-to-left letter. With a
    Latin letter in it (or a Latin word before it) the whole run was left to right. Numbers
    after Arabic letters are "Arabic numbers" to the bidi algorithm: only digits joined by a
    single separator (1.2, 8:30) stay together, so 5+1 and 8-8-1988 were drawn as 1+5 and
    1988-8-8. Brackets and other neutrals drawn right to left were mirrored: mirrored back.
    """
    texts = [u.text for u in reversed(units)]
    kinds = [_kind(t) for t in texts]
    out: list[str] = []
    before = None  # the last strong letter so far, in logical order
    i = 0
    while i < len(texts):
        if kinds[i] not in ("L", "D"):
            out.append(_mirrored(texts[i]) if kinds[i] == "N" else texts[i])
            before = "R" if kinds[i] == "R" else before
            i += 1
            continue
        end = j = i
        while j < len(texts) and kinds[j] != "R":
            if kinds[j] in ("L", "D"):
                end = j
            j += 1
        run, run_kinds = texts[i : end + 1], kinds[i : end + 1]
        if "L" in run_kinds or before == "L":
            out += run[::-1]
            before = "L" if "L" in run_kinds else before
        else:
            out += _arabic_numbers(run)
        i = end + 1
    return "".join(out)


def _mirrored(text: str) -> str:
    from bidi.mirror import MIRRORED

    return MIRRORED.get(text, text)


def _arabic_numbers(run: list[str]) -> list[str]:
    """Numbers in an Arabic context, in reversed visual order: each number (digits joined by
    single separators such as . , : /) reversed back, the rest left in place and mirrored."""
    out: list[str] = []
    number: list[str] = []
    for k, text in enumerate(run):
        joins = (
            len(text) == 1
            and unicodedata.bidirectional(text) == "CS"
            and number
            and k + 1 < len(run)
            and run[k + 1][:1].isdigit()
        )
        if text[:1].isdigit() or joins:
            number.append(text)
            continue
        out += number[::-1]
        number = []
        out.append(_mirrored(text))
    return out + number[::-1]


def logical_line(line: Line, default_rtl: bool) -> tuple[str, bool]:
    """The line's text in logical order, and whether a gap suggests side-by-side columns."""
    from bidi.algorithm import get_display  # the pure-Python one mirrors brackets back

    units: list[Unit] = []
    columns = False
    rtl = ltr = 0
    for unit in sorted(line.units, key=lambda u: (u.x0 + u.x1) / 2):
        if units and unit.text != " " and units[-1].text != " ":
            gap = unit.x0 - units[-1].x1
            if gap > WORD_GAP * unit.size:
                units.append(Unit(" ", units[-1].x1, unit.x0, unit.baseline, unit.size))
            columns = columns or gap > COLUMN_GAP * unit.size
        strong = strong_direction(unit.text)
        rtl += strong == "R"
        ltr += strong == "L"
        units.append(unit)
    line.rtl = rtl > ltr or (rtl == ltr and default_rtl)
    if line.rtl:
        text = _rtl_logical(units)
    else:
        # Left-to-right lines are rare in these PDFs: the bidi algorithm reverses their
        # right-to-left runs (a unit of a letter and its marks goes in reversed to come out
        # right).
        visual = [u.text[::-1] if strong_direction(u.text) == "R" else u.text for u in units]
        text = get_display("".join(visual), base_dir="L")
    return " ".join(text.split()), columns


def page_text(lines: list[Line]) -> str:
    """Lines joined into paragraphs: a line break where the spacing widens or a line is
    clearly shorter than the text's width (the last line of a paragraph), a space otherwise."""
    if not lines:
        return ""
    pitches = [a.baseline - b.baseline for a, b in zip(lines, lines[1:], strict=False)]
    pitch = statistics.median(pitches) if pitches else 0.0
    width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    out = [lines[0].text]
    for prev, line, gap in zip(lines, lines[1:], pitches, strict=False):
        short = prev.x1 - prev.x0 < SHORT_LINE * width
        out.append("\n" if gap > 1.4 * pitch or short else " ")
        out.append(line.text)
    return "".join(out)
