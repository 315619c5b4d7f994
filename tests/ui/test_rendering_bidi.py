"""Bidi oracle: the visual order Qt gives each laid-out line equals the Unicode bidi algorithm.

python-bidi's pure-Python ``bidi.algorithm`` resolves the embedding levels (rules X1-I2)
for each paragraph, with the paragraph level the view promises (RTL when the paragraph has
an Arabic letter); rules L1 and L2 are applied here per laid-out line. The characters are
then ordered by where Qt drew them (the advance boxes of their glyph runs) and the two
orders must agree, grapheme by grapheme.
"""

from __future__ import annotations

import pytest
import regex
from bidi import algorithm as uba
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from annotator.text import Utf16Map
from ui.article_view import ArticleView, paragraph_direction

MIXED = "\n".join(
    [
        "وأشار البيان إلى أن الفترة من 4 إلى 8 كانون الثاني/يناير 2022 شهدت أعمال شغب.",
        "Vision 2030 هي رؤية المملكة العربية السعودية للمستقبل.",
        "قال المتحدث (الرئيس) إن 7939 شخصاً اعتقلوا، وفق وكالة Reuters و BBC News.",
        "This paragraph has no Arabic letters at all (none), 2022.",
        "ذكرت صحيفة The New York Times (في عددها 25/07/2015) أن 3.5% من السكان [تقريباً] غادروا.",
        "النسبة 50% من 1,000 شخص - أي 500 - وافقوا على Section 3(b) من القانون.",
        "2022",
    ]
)

_GRAPHEME = regex.compile(r"\X")
N_CORPUS = 40


_BRACKETS = {"(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e"}
_CLOSERS = {v: k for k, v in _BRACKETS.items()}


def _strong(kind: str) -> str | None:
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def resolve_paired_brackets(storage: dict) -> None:
    """Rule N0 (UAX #9 since 6.3), which python-bidi's pure-Python algorithm predates.

    Without it "Section 3(b) من" in an RTL paragraph would put ")" in the Arabic run;
    Qt, like every current implementation, pairs the brackets and keeps them with "b".
    """
    chars = storage["chars"]
    for run in storage["runs"]:
        start, end = run["start"], run["start"] + run["length"]
        stack, pairs = [], []
        for i in range(start, end):  # BD16
            ch, orig = chars[i]["ch"], chars[i]["orig"]
            if orig != "ON":
                continue
            if ch in _BRACKETS:
                if len(stack) == 63:
                    break
                stack.append((_BRACKETS[ch], i))
            elif ch in _CLOSERS:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == ch:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            embedding = "R" if chars[opening]["level"] % 2 else "L"
            inside = {_strong(chars[i]["type"]) for i in range(opening + 1, closing)} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:
                before = run["sor"]
                for i in range(opening - 1, start - 1, -1):
                    if (kind := _strong(chars[i]["type"])) is not None:
                        before = kind
                        break
                direction = before if before != embedding else embedding
            chars[opening]["type"] = chars[closing]["type"] = direction


def uba_levels(paragraph: str, base_level: int) -> tuple[list[int], list[str]]:
    """Resolved embedding levels (X1-I2 with N0) and original bidi classes of each character."""
    storage = uba.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    uba.get_embedding_levels(paragraph, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)  # X9 drops BN characters (ZWJ, ZWNJ, ...)
    uba.resolve_weak_types(storage)
    resolve_paired_brackets(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels, classes = [base_level] * len(paragraph), ["BN"] * len(paragraph)
    for char in storage["chars"]:
        levels[char["index"]], classes[char["index"]] = char["level"], char["orig"]
    for i in range(1, len(paragraph)):  # a dropped character goes with the one before it
        if classes[i] == "BN":
            levels[i] = levels[i - 1]
    return levels, classes


def line_visual_order(
    levels: list[int], classes: list[str], units: list[tuple[int, int]], base: int
) -> list[int]:
    """Indices into ``units`` (graphemes of one line) from left to right, by rules L1 and L2."""
    line_levels = []
    trailing = True
    for start, _end in reversed(units):
        cls = classes[start]
        if cls in ("S", "B") or (trailing and cls in ("WS", "BN")):
            line_levels.append(base)  # L1: separators and whitespace at the line's end
            trailing = cls in ("S", "B", "WS", "BN")
        else:
            trailing = False
            line_levels.append(levels[start])
    line_levels.reverse()
    order = list(range(len(units)))
    odd = [lv for lv in line_levels if lv % 2]
    if not odd:
        return order
    for level in range(max(line_levels), min(odd) - 1, -1):  # L2
        i = 0
        while i < len(order):
            if line_levels[order[i]] >= level:
                j = i
                while j < len(order) and line_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def check_layout(text: str, layout: QTextLayout, base: int) -> list[str]:
    """Disagreements between Qt's placement of ``text`` and the bidi algorithm, per line."""
    levels, classes = uba_levels(text, base)
    u16 = Utf16Map(text)
    problems = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        a = u16.to_codepoint(line.textStart())
        b = u16.to_codepoint(line.textStart() + line.textLength())
        units = [(a + m.start(), a + m.end()) for m in _GRAPHEME.finditer(text[a:b])]
        while units and text[units[-1][0]].isspace():  # hangs off the line; L1 sets it aside
            units.pop()
        # A ligature (lam-alef, the word Allah) is one glyph for several graphemes; Qt's
        # boxes for a part of it are not meaningful, so graphemes that share a drawn glyph
        # (same glyph at the same place) form one unit, boxed as a whole.
        groups: list[tuple[int, int]] = []
        last_glyphs: set = set()
        for s, e in units:
            qs, qe = u16.to_utf16(s), u16.to_utf16(e)
            glyphs = {
                (g, round(p.x(), 2))
                for run in line.glyphRuns(qs, qe - qs)
                for g, p in zip(run.glyphIndexes(), run.positions(), strict=True)
            }
            if groups and glyphs & last_glyphs:
                groups[-1] = (groups[-1][0], e)
            else:
                groups.append((s, e))
            last_glyphs = glyphs
        units = groups
        centres = {}
        for k, (s, e) in enumerate(units):
            qs, qe = u16.to_utf16(s), u16.to_utf16(e)
            rects = [r.boundingRect() for r in line.glyphRuns(qs, qe - qs)]
            rects = [r for r in rects if r.width() > 0]
            if rects:
                centres[k] = (min(r.left() for r in rects) + max(r.right() for r in rects)) / 2
        order = [k for k in line_visual_order(levels, classes, units, base) if k in centres]
        for left, right in zip(order, order[1:], strict=False):
            if centres[right] < centres[left] - 0.5:
                ls, rs = units[left][0], units[right][0]
                problems.append(
                    f"line {n} {text[a:b]!r}: bidi puts {text[ls]!r}@{ls} left of "
                    f"{text[rs]!r}@{rs}, Qt drew it at x={centres[left]:.1f} > {centres[right]:.1f}"
                )
                break
    return problems


def check_view(view: ArticleView) -> list[str]:
    problems = []
    block = view.document().begin()
    while block.isValid():
        view.blockBoundingRect(block)  # lays the block out as the view paints it
        text = block.text()
        base = 1 if paragraph_direction(text) == Qt.LayoutDirection.RightToLeft else 0
        problems += check_layout(text, block.layout(), base)
        block = block.next()
    return problems


@pytest.fixture
def view(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(640, 480)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("width", [640, 380])
def test_seed_article_lines_follow_the_bidi_algorithm(view, seed_text, width):
    view.resize(width, 480)
    view.set_article(seed_text, [], [])
    assert view.document().blockCount() == seed_text.count("\n") + 1
    assert check_view(view) == []


@pytest.mark.parametrize("width", [900, 300])
def test_mixed_samples_follow_the_bidi_algorithm(view, width):
    view.resize(width, 480)
    view.set_article(MIXED, [], [])
    assert check_view(view) == []


def test_corpus_articles_follow_the_bidi_algorithm(view, corpus):
    for article in corpus[:N_CORPUS]:
        view.set_article(article["content"].replace("\r\n", "\n"), [], [])
        assert check_view(view) == [], article["url"]


def _layout(text: str, direction: Qt.LayoutDirection) -> QTextLayout:
    layout = QTextLayout(text, QFont("Noto Naskh Arabic", 14))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(2000)
    layout.endLayout()
    return layout


def test_oracle_catches_a_paragraph_laid_out_in_the_wrong_direction():
    # Qt's automatic direction takes the first strong letter (V): left to right. The view
    # promises right to left for any paragraph with an Arabic letter; the oracle must see it.
    text = "Vision 2030 هي رؤية المملكة."
    wrong = _layout(text, Qt.LayoutDirection.LayoutDirectionAuto)
    assert check_layout(text, wrong, base=1) != []
    right = _layout(text, Qt.LayoutDirection.RightToLeft)
    assert check_layout(text, right, base=1) == []


def test_vision_2030_paragraph_reads_right_to_left(view):
    view.set_article("Vision 2030 هي رؤية", [], [])
    layout = view.document().begin().layout()
    view.blockBoundingRect(view.document().begin())
    line = layout.lineAt(0)

    def centre(i):
        r = line.glyphRuns(i, 1)[0].boundingRect()
        return r.center().x()

    # Right to left: the Latin run ("Vision 2030") sits to the right of the Arabic.
    assert centre(0) > centre(len("Vision 2030 ")), "Vision should be right of هي"
    assert centre(0) < centre(len("Vision ")), "inside the LTR run, Vision is left of 2030"


def test_brackets_in_arabic_text_are_mirrored_and_wrap_their_contents(view):
    text = "قال المتحدث (الرئيس) اليوم\nThe speaker (the president) said"
    view.set_article(text, [], [])
    arabic, english = view.document().begin(), view.document().begin().next()
    for block in (arabic, english):
        view.blockBoundingRect(block)
    line = arabic.layout().lineAt(0)
    open_at, close_at = text.index("("), text.index(")")
    opening, closing = line.glyphRuns(open_at, 1)[0], line.glyphRuns(close_at, 1)[0]
    font = opening.rawFont()
    # Mirrored: "(" in right-to-left text is drawn with the glyph of ")" and vice versa.
    assert list(opening.glyphIndexes()) == font.glyphIndexesForString(")")
    assert list(closing.glyphIndexes()) == font.glyphIndexesForString("(")
    inside = line.glyphRuns(open_at + 1, close_at - open_at - 1)[0].boundingRect()
    assert opening.boundingRect().left() >= inside.right() - 0.5  # "(" on the right
    assert closing.boundingRect().right() <= inside.left() + 0.5
    # In the English paragraph the brackets keep their own glyphs.
    eline = english.layout().lineAt(0)
    start = english.position()
    eopen = eline.glyphRuns(text.index("(", start) - start, 1)[0]
    assert list(eopen.glyphIndexes()) == eopen.rawFont().glyphIndexesForString("(")
