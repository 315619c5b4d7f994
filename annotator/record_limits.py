"""What an import holds every document to, whatever file it came in: the offset unit, the
longest text, the hash that identifies a text, the words for a label the project lacks.

A module of its own so that importing text articles (the desktop app's first run imports
the sample article before its window shows) does not load the JSON records' checks
(``records``, ``strict_json``) and orjson, which a records file needs.
"""

from __future__ import annotations

import hashlib

OFFSET_UNIT = "codepoint"
#: A document's text in a record is refused past this many characters (as article files are).
MAX_TEXT_CHARS = 16 * 2**20


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unknown_label_problem(span_number: int, label: str) -> str:
    return f"span {span_number}: unknown label {label!r} (use --create-labels to add it)"
