"""The default label set and label validation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .data_classes import data_class
from .errors import LabelError


@data_class
class LabelSpec:
    name: str
    color: str
    key: str
    letter: str

    def __init__(
        self,
        name: str,
        color: str,
        key: str,
        letter: str,
    ) -> None:
        d = self.__dict__
        d["name"] = name
        d["color"] = color
        d["key"] = key
        d["letter"] = letter


#: Okabe–Ito colours: told apart by readers with every common colour-vision deficiency.
DEFAULT_LABELS = (
    LabelSpec("speaker", "#e69f00", "1", "s"),  # orange
    LabelSpec("claim", "#56b4e9", "2", "c"),  # sky blue
    LabelSpec("location", "#009e73", "3", "l"),  # bluish green
    LabelSpec("statistic", "#cc79a7", "4", "t"),  # reddish purple
)

#: Colours for labels added later: dark enough to stay apart from the four defaults' pale
#: tints (Paul Tol's muted scheme, also colour-blind safe).
EXTRA_COLORS = ("#332288", "#882255", "#999933", "#777777")  # indigo, wine, olive, grey

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def validate_color(color: str) -> str:
    """Return ``color`` as lower-case ``#rrggbb`` or raise ``LabelError``."""
    if not isinstance(color, str) or not _COLOR.fullmatch(color):
        raise LabelError(f"a label colour is written #rrggbb, not {color!r}")
    return color.lower()


def validate_name(name: str, what: str = "a label's name") -> str:
    """``name`` if it is text that can be stored, else ``LabelError``.

    A command-line argument holding bytes that are not UTF-8 arrives as lone surrogates
    (``\udcff``), which SQLite cannot store.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise LabelError(f"{what} {shown!r} is not valid text (bytes that are not UTF-8)") from None
    return name


# Letters that look alike in a label legend, folded to one: Latin I, l, 1 and |; O and 0;
# Cyrillic and Greek look-alikes of Latin; Arabic yeh, Persian yeh and alef maksura (ي ی ى),
# kaf and keheh (ك ک), heh, heh goal and teh marbuta (ه ہ ة: written one for the other),
# alef with and without hamza or madda (ا أ إ آ), Persian and Arabic-Indic digits.
_CONFUSABLE = str.maketrans(
    {
        "i": "l",
        "1": "l",
        "|": "l",
        "ı": "l",
        "0": "o",
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "l",
        "ο": "o",
        "α": "a",
        "ی": "ي",
        "ى": "ي",
        "ک": "ك",
        "ہ": "ه",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ـ": None,  # tatweel only stretches a word
        **{chr(0x06F0 + d): chr(0x0660 + d) for d in range(10)},
    }
)


def skeleton(name: str) -> str:
    """What a name looks like: compatibility forms folded, case, invisible characters and
    marks (harakat) dropped, look-alike letters made one. Two names with one skeleton are
    confusable."""
    from .display import is_hidden

    folded = unicodedata.normalize("NFKD", name).casefold()
    seen = "".join(
        ch for ch in folded if not is_hidden(ch) and not unicodedata.category(ch).startswith("M")
    )
    return unicodedata.normalize("NFKC", seen).translate(_CONFUSABLE)


def name_problem(name: str, others: Iterable[str], what: str = "label") -> str | None:
    """Why ``name`` cannot be a new name beside ``others`` (names of the same kind), or
    ``None``: it holds invisible or bidi control characters, or it differs from another only
    by such characters, case, marks or letters that look alike."""
    from .display import for_terminal, is_hidden

    hidden = sorted({for_terminal(ch) for ch in name if is_hidden(ch)})
    if hidden:
        return (
            f"a {what}'s name cannot hold invisible or bidi control characters "
            f"({', '.join(hidden)}): it would look like another name"
        )
    mine = skeleton(name)
    for other in others:
        if other == name:
            return f"there is already a {what} called {for_terminal(name)!r}"
        if skeleton(other) == mine:
            return (
                f"{for_terminal(name)!r} looks like the {what} {for_terminal(other)!r} "
                "(letters that look alike); choose a name that reads differently"
            )
    return None
