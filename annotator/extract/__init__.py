"""Articles as analysts receive them: saved web pages, Word documents and PDFs.

Each extractor turns a file's bytes into an ``Extraction``: the canonical text the analyst
sees and tags, the article's metadata, what was left out, and warnings. The libraries are
imported only when a file of their kind is read (they cost the app's start-up otherwise).

- HTML (``.html``, ``.htm``, ``.xhtml``): trafilatura finds the article; ``whole_page`` keeps
  every visible line instead.
- Word (``.docx``): python-docx opens the package; paragraphs and tables in order.
- PDF (``.pdf``): pdfminer.six gives the glyphs and their positions; lines are rebuilt from
  them, reordered from visual to logical order and presentation forms turned into letters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ArticleError
from ..file_kinds import FORMATS, REFUSED  # noqa: F401 (re-exported)
from ..text import TextWarning, normalise_newlines, text_warnings

#: PDFs, Word files and saved pages carry images and styles: a larger limit than for text.
MAX_SOURCE_BYTES = 64 * 2**20
#: Longer extracted text is refused, as for text files (see ``annotator.importer``).
MAX_TEXT_CHARS = 16 * 2**20

#: Warning kinds an extraction adds (beside ``annotator.text``'s).
LEFT_OUT = "left_out"
UNMAPPED_GLYPHS = "unmapped_glyphs"
LAYOUT = "layout"


@dataclass
class LeftOut:
    """Something in the file that is not in the text: ``what`` kind of thing (a plural
    such as "footnotes"), and its ``text`` when it has any."""

    what: str
    text: str = ""


@dataclass
class Extraction:
    """What an extractor got from one file; ``text`` is canonical (``\\n`` line breaks)."""

    text: str
    source_format: str  # html, docx, pdf
    library: str
    library_version: str
    sha256: str  # of the file's bytes
    meta: dict[str, str] = field(default_factory=dict)  # title, date, author, url...
    left_out: list[LeftOut] = field(default_factory=list)
    warnings: list[TextWarning] = field(default_factory=list)
    encoding: str | None = None  # the web page's character set
    #: web pages: every visible line, for an analyst who wants the whole page instead
    whole_page_text: str | None = None

    def words(self) -> int:
        return len(self.text.split())

    def summary(self) -> str:
        """One line for a report: format, library, words kept, what was left out."""
        line = (
            f"{self.source_format.upper()} read with {self.library} {self.library_version}: "
            f"{word_count(self.words())} kept"
        )
        if self.left_out:
            line += "; left out: " + "; ".join(_counted(self.left_out))
        return line


def _counted(items: list[LeftOut]) -> list[str]:
    """'footnotes: 3 (41 words)', 'images: 2' and so on, in the order first met."""
    counts: dict[str, list[LeftOut]] = {}
    for item in items:
        counts.setdefault(item.what, []).append(item)
    out = []
    for what, group in counts.items():
        n = sum(len(i.text.split()) for i in group)
        out.append(f"{what}: {len(group)}" + (f" ({word_count(n)})" if n else ""))
    return out


def word_count(count: int) -> str:
    """'1 word', '2 words': a count of words for a report line."""
    return f"{count} word" if count == 1 else f"{count} words"


def library_version(distribution: str) -> str:
    # importlib.metadata (and the email package it loads) costs 20 ms: not at start-up.
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build without the metadata
        return "unknown"


def format_of(path: Path) -> str | None:
    """The extractor format for a file name, or None for text and record files."""
    return FORMATS.get(path.suffix.lower())


def read_source(path: Path) -> bytes:
    """A file's bytes, refusing ones too large for an article file."""
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise ArticleError(
                f"{path}: too large to import ({size / 2**20:.1f} MB; the limit for web pages, "
                f"Word and PDF files is {MAX_SOURCE_BYTES // 2**20} MB)"
            )
        return path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror})") from None


def extract_file(path: Path, *, whole_page: bool = False) -> Extraction:
    """Extract the article from one HTML, Word or PDF file (raises ``ArticleError``)."""
    path = Path(path)
    if path.suffix.lower() in REFUSED:
        raise ArticleError(f"{path}: {REFUSED[path.suffix.lower()]}")
    fmt = format_of(path)
    if fmt is None:
        raise ArticleError(f"{path}: not a web page, Word document or PDF")
    return extract_bytes(read_source(path), fmt, str(path), whole_page=whole_page)


def extract_bytes(data: bytes, fmt: str, name: str, *, whole_page: bool = False) -> Extraction:
    """Extract from bytes already read; ``name`` starts every error message."""
    if fmt == "html":
        from . import html

        got = html.extract(data, name, whole_page=whole_page)
    elif fmt == "docx":
        from . import docx

        got = docx.extract(data, name)
    elif fmt == "pdf":
        from . import pdf

        got = pdf.extract(data, name)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    got.text = normalise_newlines(got.text).strip("\n")
    if not got.text.strip():
        raise ArticleError(f"{name}: no article text found in it")
    if len(got.text) > MAX_TEXT_CHARS:
        raise ArticleError(f"{name}: too long for an article ({len(got.text):,} characters)")
    got.sha256 = hashlib.sha256(data).hexdigest()
    got.warnings = [*got.warnings, *text_warnings(got.text)]
    return got


def extracted_record(path: Path, name: str, *, whole_page: bool = False) -> dict:
    """A document record for the importer: text, the original bytes' sha256, and in ``meta``
    the article's title, date, author and URL with the source format and extracting library.

    Besides the stored keys it holds ``warnings``, a ``summary`` line for the report and the
    ``extraction`` itself (for a preview); see ``whole_page_record``.
    """
    got = extract_file(path, whole_page=whole_page)
    meta = dict(got.meta)
    meta.update(
        source_format=got.source_format,
        extractor=got.library,
        extractor_version=got.library_version,
        source_sha256=got.sha256,
    )
    if got.left_out:
        meta["left_out"] = "; ".join(_counted(got.left_out))
    record = {
        "name": name,
        "text": got.text,
        "sha256": got.sha256,
        "meta": meta,
        "warnings": got.warnings,
        "summary": got.summary(),
        "extraction": got,
    }
    if got.encoding:  # web pages only
        record["encoding"] = got.encoding
    return record


def whole_page_record(record: dict) -> dict:
    """A web page's record with the page's whole visible text instead of the article; any
    other record as it is. Nothing is read again."""
    got = record.get("extraction")
    if got is None or not got.whole_page_text:
        return record
    text = got.whole_page_text
    meta = {k: v for k, v in record["meta"].items() if k != "left_out"}
    summary = (
        f"{got.source_format.upper()} read with {got.library} {got.library_version}: "
        f"{word_count(len(text.split()))} kept (the whole page)"
    )
    return {**record, "text": text, "meta": meta, "summary": summary,
            "warnings": text_warnings(text)}  # fmt: skip


@dataclass
class Preview:
    """What importing one file would store (``article``), or why it cannot (``error``)."""

    path: Path
    name: str
    article: Extraction | None = None
    error: str | None = None
