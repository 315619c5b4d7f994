"""What an import holds every document to, whatever file it came in: the offset unit, the
longest text, the hash that identifies a text, the words for a label the project lacks.

A module of its own so that importing text articles (the desktop app's first run imports
the sample article before its window shows) does not load the JSON records' checks
(``records``, ``strict_json``) and orjson, which a records file needs.
"""

from __future__ import annotations

try:  # CPython's own SHA-256: the same digest as hashlib's, without loading OpenSSL
    from _sha256 import sha256  # (hashlib: ~10 M instructions on the first run's way to its window)
except ImportError:  # pragma: no cover - another Python, or a build without the module
    from hashlib import sha256

OFFSET_UNIT = "codepoint"
#: A document's text in a record is refused past this many characters (as article files are).
MAX_TEXT_CHARS = 16 * 2**20


def sha256_text(text: str) -> str:
    return sha256(text.encode("utf-8")).hexdigest()


def sha256_bytes(data: bytes) -> str:
    """The hex SHA-256 of ``data`` (what identifies an article file's bytes)."""
    return sha256(data).hexdigest()


def unknown_label_problem(span_number: int, label: str) -> str:
    return f"span {span_number}: unknown label {label!r} (use --create-labels to add it)"
