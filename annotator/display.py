"""Names made safe to show. A name (of a document, label, file) comes from files someone
else may have made; shown raw it can reorder the text around it (bidi controls such as
U+202E: ``invoice`` + RLO + ``gpj.exe.txt`` reads "invoicetxt.exe.jpg"), hide characters
(zero-width ones), or drive a terminal (ESC sequences set its title, BEL rings, a newline
forges a row). ``for_terminal`` is the CLI's helper; the app's (``ui.plain.display_name``)
isolates names instead, with the same table of invisible characters.
"""

from __future__ import annotations

import unicodedata

#: Characters that change how text around them is ordered or that cannot be seen, with the
#: short names shown in their place.
INVISIBLE = {
    "\u061c": "ALM",
    "\u200b": "ZWSP",
    "\u200c": "ZWNJ",
    "\u200d": "ZWJ",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2060": "WJ",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\ufeff": "BOM",
    "\u00ad": "SHY",
}


def is_hidden(ch: str) -> bool:
    """A control, format or separator character other than a plain space."""
    return ch in INVISIBLE or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def for_terminal(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every control, bidi control and invisible character written as
    ``<RLO>`` or ``<U+001B>``: one line that cannot reorder, hide or command anything.

    ``keep_newlines`` keeps line breaks (for an article's text, printed as paragraphs).
    """
    if text.isprintable():  # no control, format or separator but the space: nothing to show
        return text
    out = []
    for ch in text:
        if keep_newlines and ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif is_hidden(ch):
            out.append(f"<{INVISIBLE.get(ch) or f'U+{ord(ch):04X}'}>")
        else:
            out.append(ch)
    return "".join(out)


def for_terminal_text(text: str) -> str:
    """An article's text for the terminal: printed as it is, joiners (ZWNJ, ZWJ) and marks
    included, since Arabic and Persian words need them, but no control character (ESC, BEL,
    carriage return, ...) reaches the terminal: each is written as ``<U+001B>``. Line breaks
    and tabs are kept."""
    out = []
    for ch in text:
        if ch in "\n\t" or unicodedata.category(ch) != "Cc":
            out.append(ch)
        else:
            out.append(f"<U+{ord(ch):04X}>")
    return "".join(out)


FSI, PDI = "\u2068", "\u2069"  # first strong isolate … pop directional isolate


def display_name(name: object) -> str:
    """A name (of a document, label, file, annotator) for the app: bidi controls, invisible
    and control characters shown as ``<RLO>``, ``<U+001B>``, the whole isolated (FSI … PDI)
    so that neither it nor the text around it is reordered by the other."""
    return FSI + for_terminal(str(name)) + PDI


LRI = "\u2066"  # left-to-right isolate


def display_path(path: object) -> str:
    """A file's path in a sentence of the app: like ``display_name``, but always laid out
    left to right (LRI … PDI), as a path is read: in an Arabic sentence a path isolated by its
    first strong letter would show its folders in reverse when the first is Arabic, and a
    path not isolated at all has its leading ``/`` carried to the far end."""
    return LRI + for_terminal(str(path)) + PDI


#: Bidi controls that open or close an embedding, override or isolate: text from a file
#: quoted in a sentence never carries one raw (it could reorder the sentence or close the
#: isolate the quote sits in).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def visible_name(name: object) -> str:
    """A name alone in a cell of its own (a list row, the legend): ``display_name`` without
    the isolate, which the cell already is (each cell is laid out as its own paragraph)."""
    return for_terminal(str(name))


def quoted_text(text: str) -> str:
    """Article text quoted inside a sentence: isolated (FSI … PDI), see ``visible_text``."""
    return FSI + visible_text(text) + PDI


def visible_text(text: str) -> str:
    """Article text as it is but for control characters and bidi controls, shown as
    ``<U+001B>``, ``<RLO>`` (joiners, marks and RLM/LRM are the text's own and stay)."""
    if text.isprintable():  # no control or format character: each list cell asks, per paint
        return text
    out = []
    for ch in text:
        if ch in BIDI_CONTROLS:
            out.append(f"<{INVISIBLE[ch]}>")
        elif unicodedata.category(ch) == "Cc" and ch not in "\n\t":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def safe_message(text: str) -> str:
    """A whole message (status bar, dialog) that may quote a file's path or name raw: control
    characters but line breaks, and embeddings and overrides, shown as ``<U+001B>``,
    ``<RLO>``. Isolates stay: ``display_name`` and ``quoted_text`` put them there."""
    out = []
    for ch in text:
        if ch in "\u202a\u202b\u202c\u202d\u202e":
            out.append(f"<{INVISIBLE[ch]}>")
        elif unicodedata.category(ch) == "Cc" and ch not in "\n\t":
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)
