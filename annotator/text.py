"""Text handling: decoding articles, canonical text, graphemes, word snapping, UTF-16 offsets.

Offsets everywhere in the core are Unicode code points (Python string indices) into the
canonical text: decoded, BOM removed, line breaks normalised to ``\\n``, nothing else changed.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import ArticleError

#: Encodings tried, in this order, when the caller does not name one.
SUPPORTED_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    """An article's canonical text and the encoding it was decoded from."""

    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``; change nothing else."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff"


def decode_article(data: bytes, encoding: str | None = None, name: str = "article") -> DecodedText:
    """Decode an article's bytes to canonical text.

    With ``encoding`` given, decode strictly with it. Otherwise: a BOM decides (UTF-8,
    UTF-16 LE/BE, UTF-32); else strict UTF-8; else Windows-1256 if the result reads as
    Arabic. Binary, empty and undecodable input raises ``ArticleError`` naming ``name``.
    """
    if not data:
        raise ArticleError(f"{name}: the file is empty")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ArticleError(f"{name}: unknown encoding {encoding!r}") from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise ArticleError(
                f"{name}: not valid {encoding} (byte {e.start}: {data[e.start : e.start + 4]!r})"
            ) from None
        if text.startswith("\ufeff"):
            text = text[1:]
        used = encoding
    else:
        text, used = _guess_decode(data, name)
    _reject_binary(text, name)
    text = normalise_newlines(text)
    if not text.strip():
        raise ArticleError(f"{name}: the article has no text (only whitespace)")
    return DecodedText(text, used)


def _guess_decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise ArticleError(
                    f"{name}: starts with a {enc.upper()} byte-order mark but is not valid "
                    f"{enc.upper()} (byte {e.start})"
                ) from None
            return text.removeprefix("\ufeff"), (
                "utf-8-sig" if enc == "utf-8-sig" else _bom_name(bom)
            )
    if b"\x00" in data:
        raise ArticleError(f"{name}: looks like a binary file (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e.start
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text:
        letters = [c for c in text if c.isalpha()]
        arabic = sum(1 for c in letters if _is_arabic(c))
        if letters and arabic / len(letters) >= 0.5:
            return text, "cp1256"
    raise ArticleError(
        f"{name}: not UTF-8 (invalid byte at {utf8_error}) and does not read as Windows-1256 "
        "Arabic; name the encoding with --encoding"
    )


def _bom_name(bom: bytes) -> str:
    return {
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
        codecs.BOM_UTF32_LE: "utf-32-le",
        codecs.BOM_UTF32_BE: "utf-32-be",
    }[bom]


_BAD_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f]")  # C0 controls other than \t \n \v \f \r


def _reject_binary(text: str, name: str) -> None:
    sample = text[:65536]
    if "\x00" in sample:
        raise ArticleError(f"{name}: looks like a binary file (it contains NUL characters)")
    controls = len(_BAD_CONTROLS.findall(sample)) if _BAD_CONTROLS.search(sample) else 0
    if controls > max(8, len(sample) // 100):
        raise ArticleError(f"{name}: looks like a binary file ({controls} control characters)")


def presentation_forms_share(text: str) -> float:
    """Share of Arabic letters stored as presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF).

    Text reshaped for display by another program stores these; real text stores the
    base letters and lets the renderer shape them.
    """
    if not _PRESENTATION.search(text):
        return 0.0  # the common case, found at C speed
    base = pres = 0
    for c in text:
        if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff":
            pres += 1
        elif _is_arabic(c) and c.isalpha():
            base += 1
    return pres / (base + pres) if base + pres else 0.0


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def repair_presentation_forms(text: str) -> str:
    """Turn Arabic presentation forms back into base letters (NFKC on those characters only).

    Everything else is left exactly as it was (NFKC on the whole text would also fold
    digits, ligatures and compatibility characters the article really contains).
    """
    return _PRESENTATION.sub(_letters, text)


def _letters(match: re.Match) -> str:
    letters = unicodedata.normalize("NFKC", match.group())
    # The spacing forms of harakat (ﹰ, ﱠ) decompose to a space and the mark: after a letter
    # the mark alone belongs to it, or a space would split the word.
    if letters.startswith(" ") and match.start() and not match.string[match.start() - 1].isspace():
        if all(unicodedata.category(c) == "Mn" for c in letters[1:]):
            return letters[1:]
    return letters


def looks_visual_order(text: str) -> bool:
    """True when Arabic words seem stored reversed (visual order, as some PDFs and old
    systems store them): many words end in a reversed definite article "لا" while few
    start with "ال". There is no exact repair; the warning says so.

    Counted with str.count (C speed: this runs on every imported article); the word لا
    itself ("no") is not counted as a reversed article.
    """
    sample = text[:20_000]  # a few thousand words decide it
    if _PRESENTATION.search(sample):
        sample = repair_presentation_forms(sample)
    starts = sample.count(" ال") + sample.count("\nال") + sample.startswith("ال")
    if sample.count("لا") <= 3 * starts:
        return False  # not even every لا could be a reversed article: the usual case, fast
    ends = sum(sample.count("لا" + end) for end in " \n،.,:؛")
    ends -= sample.count(" لا ") + sample.count("\nلا ")
    return ends >= 5 and ends > 3 * starts


class TextWarning(str):
    """A warning about an article's text: a message (it is a ``str``) and its ``kind``.

    Kinds: ``presentation_forms``, ``visual_order``, ``repaired``. The command line and the
    app word their own advice from the kind.
    """

    kind: str

    def __new__(cls, kind: str, message: str) -> TextWarning:
        warning = super().__new__(cls, message)
        warning.kind = kind
        return warning

    def __getnewargs__(self) -> tuple[str, str]:  # pickled by a big import's spill
        return (self.kind, str(self))


PRESENTATION_FORMS = "presentation_forms"
VISUAL_ORDER = "visual_order"
REPAIRED = "repaired"


def text_warnings(text: str) -> list[TextWarning]:
    """Problems an article's text may have that do not stop it being imported."""
    found = []
    if presentation_forms_share(text) >= 0.2:
        found.append(
            TextWarning(
                PRESENTATION_FORMS,
                "the Arabic is stored as presentation forms (text reshaped for display by "
                "another program): search and word boundaries will not work well in it",
            )
        )
    if looks_visual_order(text):
        found.append(
            TextWarning(
                VISUAL_ORDER,
                "the Arabic seems to be stored in visual order (words reversed, as copied "
                "from some PDFs); there is no exact repair: re-export the text from its source",
            )
        )
    return found


# --- graphemes -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns():
    """The ``regex`` patterns for UAX #29 graphemes, compiled on first use (the import of
    ``regex`` costs several milliseconds of the app's start-up)."""
    import regex

    return (
        regex.compile(r"\X", regex.VERSION1),
        regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}"),
        regex.compile(_SURE_BREAK, regex.VERSION1),
    )


# Matched at ``pos - 1``: a grapheme cluster surely starts at ``pos`` when no UAX #29 rule
# can join the two characters around it. Joining forward: CR (GB3), Hangul L/V/LV/LVT/T
# (GB6-8), Prepend (GB9b), ZWJ (GB11), a regional indicator (GB12-13), and an Extend that may
# end an Indic conjunct (GB9c: only before a consonant of an Indic script, so not before
# Arabic, Latin, digits, spaces or punctuation). Joining backward: Extend, ZWJ, SpacingMark
# (GB9, GB9a), Hangul V/T, a regional indicator. Anything else falls back to segmenting.
_SURE_BREAK = (
    r"(?![\p{GCB=Prepend}\p{GCB=ZWJ}\p{GCB=L}\p{GCB=V}\p{GCB=LV}\p{GCB=LVT}\p{GCB=T}"
    r"\p{GCB=Regional_Indicator}\r])"
    r"(?:\p{GCB=Extend}(?=[\s\p{P}\p{Script=Arabic}\p{Script=Latin}\p{Nd}])|\P{GCB=Extend})"
    r"(?![\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=V}\p{GCB=T}"
    r"\p{GCB=Regional_Indicator}])"
)


def grapheme_boundaries(text: str) -> list[int]:
    """Sorted code-point offsets at which a grapheme cluster starts, plus ``len(text)``."""
    bounds = [m.start() for m in _patterns()[0].finditer(text)]
    bounds.append(len(text))
    return bounds


_WINDOW = 64


def _surely_starts_cluster(text: str, i: int) -> bool:
    """True when a grapheme cluster certainly starts at ``i``, judging by its neighbours only.

    A cluster always starts at a space, tab or line feed, unless the character before
    joins forward (a Prepend such as U+0600 ARABIC NUMBER SIGN, or CR before LF).
    """
    if i <= 0 or i >= len(text):
        return True
    c, before = text[i], text[i - 1]
    if c not in " \t\n":
        return False
    return not (c == "\n" and before == "\r") and not _patterns()[1].match(before)


def _local_boundaries(text: str, pos: int) -> tuple[int, int]:
    """The grapheme boundaries at or around ``pos`` (floor, ceiling), scanning locally."""
    # Grapheme clusters are short: segment a window around pos instead of the whole text.
    # The window must begin and end where a cluster surely starts, or the segmentation
    # inside it drifts (pairs of regional indicators, emoji sequences, letters and marks).
    lo = max(0, pos - _WINDOW)
    while not _surely_starts_cluster(text, lo):
        lo -= 1
    hi = min(len(text), pos + _WINDOW)
    while not _surely_starts_cluster(text, hi):
        hi += 1
    bounds = [m.start() for m in _patterns()[0].finditer(text, lo, hi)]  # absolute offsets
    bounds.append(hi)
    i = bisect.bisect_right(bounds, pos) - 1
    floor = bounds[max(i, 0)]
    ceil = floor if floor == pos else bounds[min(i + 1, len(bounds) - 1)]
    return floor, ceil


def is_grapheme_boundary(text: str, pos: int) -> bool:
    """True when ``pos`` does not fall inside a grapheme cluster."""
    if pos <= 0 or pos >= len(text):
        return 0 <= pos <= len(text)
    if _patterns()[2].match(text, pos - 1):  # the common case, without segmenting a window
        return True
    floor, _ = _local_boundaries(text, pos)
    return floor == pos


def snap_to_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` outward to the nearest grapheme-cluster boundaries."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if 0 < start < len(text):
        start = _local_boundaries(text, start)[0]
    if 0 < end < len(text):
        floor, ceil = _local_boundaries(text, end)
        end = end if floor == end else ceil
    return start, end


# --- words ---------------------------------------------------------------------------------

#: Characters that are never part of a word, beyond whitespace and Unicode punctuation.
_EXTRA_BREAKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
#: Separators that stay inside a number: 3.5, 1,000, ٣٫٥, ١٬٠٠٠
_NUMBER_INNER = set(".,\u066b\u066c")
#: Signs that belong to the number beside them: per cent and per mille, Latin and Arabic
#: (3.5%, ٪٣٫٥, ‰). Currency signs ($, €, ﷼) are symbols, not punctuation: always kept.
_NUMBER_SIGNS = set("%\u066a\u2030\u0609\u060a")
#: Hyphens that join two parts of one name between letters or digits (ألما-آتا, COVID-19):
#: hyphen-minus, hyphen, non-breaking hyphen, the Hebrew maqaf.
_JOINERS = set("-\u2010\u2011\u05be")


def _is_word_char(text: str, i: int) -> bool:
    c = text[i]
    if c.isspace() or c in _EXTRA_BREAKS:
        return False
    cat = unicodedata.category(c)
    if cat[0] == "P" or cat in ("Sm", "Zs", "Zl", "Zp", "Cc"):
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if c in _NUMBER_INNER:
            return before.isdigit() and after.isdigit()
        if c in _NUMBER_SIGNS:
            return before.isdigit() or after.isdigit()
        if c in _JOINERS:
            return _letter_or_digit(before, marks=True) and _letter_or_digit(after)
        return False
    return True


def _letter_or_digit(c: str, marks: bool = False) -> bool:
    """A letter or digit (or, with ``marks``, a mark on one: the harakat of المَا-آتا)."""
    return bool(c) and (c.isalnum() or (marks and unicodedata.category(c)[0] == "M"))


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen ``[start, end)`` to whole words; ``None`` if it holds no word character.

    Whitespace, bidi marks and punctuation at either edge are dropped first (the comma after
    a name, the quotes and brackets around it); then a word cut by an edge is completed.
    Whitespace and Arabic and Latin punctuation (، ؛ ؟ « » " ( ) . :) end words, except what
    belongs to a number (3.5, ١٬٠٠٠, 3.5%, ٪) and a hyphen between two letters (ألما-آتا).
    The result always lies on grapheme boundaries.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and not _is_word_char(text, start):
        start += 1
    while end > start and not _is_word_char(text, end - 1):
        end -= 1
    if start == end:
        return None
    while True:
        while start > 0 and _is_word_char(text, start - 1):
            start -= 1
        while end < len(text) and _is_word_char(text, end):
            end += 1
        # A grapheme can reach past a word's edge (U+0600 ARABIC NUMBER SIGN takes the space
        # after it and a mark on that space into its cluster): widen again until both hold,
        # so that snapping a snapped span changes nothing.
        snapped = snap_to_graphemes(text, start, end)
        if snapped == (start, end):
            return snapped
        start, end = snapped


def _skip(text: str, i: int, step: int, word: bool) -> int:
    """From ``i``, pass over word characters (or non-word ones) going forward or back."""
    if step > 0:
        while i < len(text) and _is_word_char(text, i) == word:
            i += 1
    else:
        while i > 0 and _is_word_char(text, i - 1) == word:
            i -= 1
    return i


def word_step(text: str, anchor: int, position: int, forward: bool) -> int:
    """Where a selection's moving end goes on one word step (Ctrl+Shift+arrow).

    Growing, it takes a whole word: forward to the end of the next word, back to the start
    of the previous one (never only the space after a word). Shrinking, it gives back a
    whole word: forward to the start of the next word, back to the end of the one before,
    stopping at the anchor. The result lies on a grapheme boundary.
    """
    pos = max(0, min(position, len(text)))
    if forward:
        if pos < anchor:  # shrinking from the start
            pos = min(anchor, _skip(text, _skip(text, pos, 1, True), 1, False))
        else:
            pos = _skip(text, _skip(text, pos, 1, False), 1, True)
        return snap_to_graphemes(text, pos, pos)[1]
    if pos > anchor:  # shrinking from the end
        pos = max(anchor, _skip(text, _skip(text, pos, -1, True), -1, False))
    else:
        pos = _skip(text, _skip(text, pos, -1, False), -1, True)
    return snap_to_graphemes(text, pos, pos)[0]


def grapheme_step(text: str, pos: int, forward: bool) -> int:
    """The grapheme boundary after ``pos`` (or before it): one user-perceived character."""
    if forward:
        return len(text) if pos >= len(text) else snap_to_graphemes(text, pos + 1, pos + 1)[1]
    return 0 if pos <= 0 else snap_to_graphemes(text, pos - 1, pos - 1)[0]


def resized_span(
    text: str, start: int, end: int, at_start: bool, grow: bool, exact: bool = False
) -> tuple[int, int] | None:
    """A span's range with one edge moved by a word (by a character when ``exact``): the
    start edge (``at_start``) or the end edge, outward (``grow``) or inward. ``None`` when
    it cannot: nothing would be left, a paragraph break would come in, or the text ends."""
    if exact:
        edge = grapheme_step(text, start if at_start else end, forward=at_start != grow)
    elif at_start:
        edge = word_step(text, end, start, forward=not grow)
    else:
        edge = word_step(text, start, end, forward=grow)
    new = (edge, end) if at_start else (start, edge)
    if new == (start, end) or new[0] >= new[1] or "\n" in text[new[0] : new[1]]:
        return None
    if not exact and snap_to_words(text, *new) != new:  # a lone comma left at an edge
        snapped = snap_to_words(text, *new)
        if snapped is None or snapped == (start, end):
            return None
        new = snapped
    return new


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word containing (or just before) ``pos``, or ``None`` outside any word."""
    if 0 <= pos < len(text) and _is_word_char(text, pos):
        return snap_to_words(text, pos, pos + 1)
    if 0 < pos <= len(text) and _is_word_char(text, pos - 1):
        return snap_to_words(text, pos - 1, pos)
    return None


# --- UTF-16 positions (Qt) -----------------------------------------------------------------


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Maps code-point offsets to UTF-16 code-unit offsets and back, for one text.

    Qt counts UTF-16 code units (and one position per paragraph break, which is one
    ``\\n`` in canonical text); the core counts code points. The two differ after
    every character outside the Basic Multilingual Plane (emoji, some symbols).
    """

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str):
        # Code-point indices of astral characters, each of which takes two UTF-16 units.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._length = len(text)

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code-point offset ``cp``."""
        return cp + bisect.bisect_left(self._astral, cp)

    def to_codepoint(self, u16: int) -> int:
        """Code-point offset of UTF-16 offset ``u16``; inside a surrogate pair rounds down."""
        lo, hi = 0, len(self._astral)
        # Count the astral characters that start before u16: astral character k starts
        # at UTF-16 offset astral[k] + k. Inside a pair this lands on its own index.
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < u16:
                lo = mid + 1
            else:
                hi = mid
        return u16 - lo


# --- search --------------------------------------------------------------------------------

#: Harakat, the superscript alef and tatweel: left out when searching, so that a query with
#: or without them finds the text with or without them.
_MARKS = "".join(map(chr, range(0x064B, 0x0660))) + "\u0670\u0640"
#: Letters searched as one: the alef forms, alef maqsura and ya, ta marbuta and ha.
_SAME = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_FOLD = str.maketrans({**{m: None for m in _MARKS}, **_SAME})


def search_fold(text: str) -> str:
    """Text as the search index holds it: no harakat or tatweel, alef forms, ى/ي and ة/ه
    folded, Latin in lower case. Offsets do not survive it; ``search_pattern`` finds the
    matches in the original text."""
    return text.translate(_FOLD).casefold()


def search_pattern(query: str) -> re.Pattern | None:
    """A pattern that finds ``query``'s words in original text, with or without harakat and
    tatweel, and with the folded letters as one; ``None`` if the query has no words."""
    words = search_fold(query).split()
    if not words:
        return None
    classes = {}
    for original, folded in _SAME.items():
        classes.setdefault(folded, {folded}).add(original)
    marks = f"[{_MARKS}]*"

    def letter(c: str) -> str:
        if c in classes:
            return "[" + "".join(sorted(classes[c])) + "]"
        return re.escape(c)

    alternatives = [marks.join(letter(c) for c in word) + marks for word in words]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
