"""Warnings about an article's Arabic that do not stop its import: presentation forms (text
reshaped for display by another program, with their repair) and visual order (words reversed)."""

from __future__ import annotations

import re
import unicodedata

from .decoding import _is_arabic


def presentation_forms_share(text: str) -> float:
    """Share of Arabic letters stored as presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF).

    Text reshaped for display by another program stores these; real text stores the
    base letters and lets the renderer shape them.
    """
    if not _PRESENTATION.search(text):
        return 0.0  # the common case, found at C speed
    return _share(text)


def _share(text: str) -> float:
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


def looks_visual_order(text: str, forms: bool = True) -> bool:
    """True when Arabic words seem stored reversed (visual order, as some PDFs and old
    systems store them): many words end in a reversed definite article "لا" while few
    start with "ال". There is no exact repair; the warning says so.

    Counted with str.count (C speed: this runs on every imported article); the word لا
    itself ("no") is not counted as a reversed article. ``forms=False`` says the caller
    knows the text holds no presentation forms.
    """
    sample = text[:20_000]  # a few thousand words decide it
    if forms and _PRESENTATION.search(sample):
        sample = repair_presentation_forms(sample)
    lam_alef, starts = sample.count("لا"), sample.count(" ال")
    if lam_alef <= 3 * starts:
        return False  # not even every لا could be a reversed article: the usual case, fast
    starts += sample.count("\nال") + sample.startswith("ال")
    if lam_alef <= 3 * starts:
        return False
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


def text_warnings(text: str, utf8: bytes | None = None) -> list[TextWarning]:
    """Problems an article's text may have that do not stop it being imported; ``utf8``
    (the text encoded, when the caller has it) spares a search for presentation forms."""
    found = []
    # Every presentation form is encoded from byte EF (U+F000 and up): its absence, found by
    # memchr, settles the common case faster than a search of the text. Searched once.
    forms = (utf8 is None or b"\xef" in utf8) and _PRESENTATION.search(text) is not None
    if forms and _share(text) >= 0.2:
        found.append(
            TextWarning(
                PRESENTATION_FORMS,
                "the Arabic is stored as presentation forms (text reshaped for display by "
                "another program): search and word boundaries will not work well in it",
            )
        )
    if looks_visual_order(text, forms):
        found.append(
            TextWarning(
                VISUAL_ORDER,
                "the Arabic seems to be stored in visual order (words reversed, as copied "
                "from some PDFs); there is no exact repair: re-export the text from its source",
            )
        )
    return found
