"""Reading import files into document records: text articles, folders, JSONL, JSON arrays.

Nothing here touches a project; ``annotator.importer`` plans an import from these records
and stores it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .errors import ArticleError
from .file_kinds import FORMATS, REFUSED
from .record_limits import sha256_bytes
from .text import REPAIRED, TextWarning, decode_article, repair_presentation_forms, text_warnings

#: File endings a folder import picks up; files named explicitly are read whatever their name.
TEXT_SUFFIXES = {".txt", ".text"}
RECORD_SUFFIXES = {".jsonl", ".json"}
#: Web pages, Word documents and PDFs, read by ``annotator.extract``.
EXTRACTED_SUFFIXES = set(FORMATS)

#: Larger article files are refused before they are read: no news article comes near it,
#: and reading one would hold several copies of it in memory (bytes, text, the view).
MAX_ARTICLE_BYTES = 16 * 2**20


_UTF8 = ("utf-8", "utf-8-sig")


def article_record(
    path: Path,
    encoding: str | None = None,
    name: str | None = None,
    repair_presentation: bool = False,
) -> dict:
    """Read one text article into a document record (raises ``ArticleError``).

    The record's ``warnings`` lists problems that do not stop the import; with
    ``repair_presentation`` Arabic presentation forms are turned back into letters.
    """
    name = name or path.name
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path}: too large for an article ({size / 2**20:.1f} MB; the limit is "
                f"{MAX_ARTICLE_BYTES // 2**20} MB): split it into articles first"
            )
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None
    decoded = decode_article(data, encoding, name=str(path))
    record = {
        "name": name,
        "text": decoded.text,
        "encoding": decoded.encoding,
        "sha256": sha256_bytes(data),
        # The file's own bytes, when they are the UTF-8 the text came from, tell by one
        # memchr that it holds no presentation form (the common case): no search of the text.
        "warnings": text_warnings(decoded.text, data if decoded.encoding in _UTF8 else None),
    }
    return repaired_record(record) if repair_presentation else record


def repaired_record(record: dict) -> dict:
    """``record`` with Arabic presentation forms turned back into letters (NFKC), and a
    ``repaired`` warning in front when that changed anything. The file is not read again."""
    text = repair_presentation_forms(record["text"])
    if text == record["text"]:
        return record
    note = TextWarning(REPAIRED, "presentation forms were turned back into letters (NFKC)")
    return {**record, "text": text, "warnings": [note, *text_warnings(text)]}


def shown_name(name: str) -> str:
    """A file name as a document's name: bytes that are not UTF-8 (which Linux allows in
    names, and Python keeps as lone surrogates) become U+FFFD, which can be stored."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def collect_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Expand folders (recursively, sorted, hidden files left out) into (file, name) pairs."""
    files = []
    wanted = tuple(TEXT_SUFFIXES | RECORD_SUFFIXES | EXTRACTED_SUFFIXES)
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                # "page_files" holds what a browser saved beside page.html: not articles.
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not d.endswith("_files")
                )
                relative = os.path.relpath(root, path)
                prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
                for n in sorted(names):
                    if not n.startswith(".") and n.lower().endswith(wanted):
                        files.append((Path(root, n), shown_name(prefix + n)))
        elif path.exists():
            files.append((path, shown_name(path.name)))
        else:
            raise ArticleError(f"{path}: no such file or folder")
    return files


# The records files' readers (and orjson) load with the first such file: a text article's
# import does not need them.
def _jsonl(path: Path, labels: set[str], create: bool) -> list[dict]:
    from .record_files import jsonl_records

    return jsonl_records(path, labels, create)


def _json_array(path: Path, labels: set[str], create: bool) -> list[dict]:
    from .record_files import json_array_records

    return json_array_records(path, labels, create)


def _extracted(path: Path, name: str) -> list[dict]:
    from . import extract  # the extractors' front loads with the first file it reads

    return [extract.extracted_record(path, name)]


#: How a file is read, by its ending: ``reader(path, name, labels, create_labels, encoding)``
#: returns its document records. Anything else is read as a text article. A new kind of file
#: (HTML, DOCX, PDF) adds its ending here, and to ``TEXT_SUFFIXES``/``RECORD_SUFFIXES`` if a
#: folder import should pick it up.
Reader = Callable[[Path, str, set[str], bool, "str | None"], list[dict]]
READERS: dict[str, Reader] = {
    ".jsonl": lambda path, name, labels, create, encoding: _jsonl(path, labels, create),
    ".json": lambda path, name, labels, create, encoding: _json_array(path, labels, create),
    **{
        suffix: lambda path, name, labels, create, encoding: _extracted(path, name)
        for suffix in EXTRACTED_SUFFIXES | set(REFUSED)  # .doc and such: refused
    },
}


def read_records(
    path: Path,
    name: str,
    labels: set[str],
    create_labels: bool,
    encoding: str | None,
    repair_presentation: bool = False,
) -> list[dict]:
    """Document records from one file, checked; raises an ``AnnotatorError`` if any is bad."""
    reader = READERS.get(path.suffix.lower())
    if reader is not None:
        return reader(path, name, labels, create_labels, encoding)
    return [article_record(path, encoding, name, repair_presentation)]
