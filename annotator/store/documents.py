"""Documents: the articles of a project, their status, and bulk insert for the importers."""

from __future__ import annotations

import codecs
import contextlib
import json
import sqlite3
from collections.abc import Callable, Generator, Iterable, Iterator

from ..errors import DocumentError, ProjectError
from ..model import STATUSES, Document, DocumentInfo
from . import document_state, search
from .importing import DocumentImport
from .transactions import Transactions, utc_now

Progress = Callable[[int, int], None]
#: Bytes of a text ``read_text`` reads at once (about a millisecond, decoding included).
_TEXT_PIECE = 1 << 18


def _as_text(value: object) -> str:
    """A document's text as stored; a crafted or damaged file's other value (a BLOB, a
    number) shown as text rather than failing the app (its offsets are bounded by length)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def stored_meta(raw: object) -> dict | None:
    """A document's details (meta) as stored, or None when they are not a JSON object (no
    version writes that: a crafted or damaged file)."""
    try:
        meta = json.loads(raw) if isinstance(raw, str) else None
    except (ValueError, RecursionError):
        return None
    return meta if isinstance(meta, dict) else None


class Documents(Transactions):
    """The document methods of ``Project``."""

    #: Texts by document id: texts never change once stored, so a small cache is always right.
    _texts: dict[int, str]

    def documents(self) -> list[DocumentInfo]:
        """Every document, in import order, with its span count."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT d.id, d.name, {document_state.STATUS}, coalesce(c.n, 0), d.length "
                "FROM documents d INDEXED BY documents_summary "
                "LEFT JOIN (SELECT document_id, count(*) AS n FROM spans GROUP BY document_id) c "
                "ON c.document_id = d.id ORDER BY d.id"
            ).fetchall()
            # Titles read each text's opening (and meta): once per listing, never per edit.
            titles = dict(conn.execute(f"SELECT d.id, {_TITLE} FROM documents d"))
        return [DocumentInfo(*row, title=_title(titles.get(row[0]), row[1])) for row in rows]

    def document_title(self, document_id: int) -> str:
        """The title the document list shows (``meta.title``, else the first line)."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT d.name, {_TITLE} FROM documents d WHERE d.id = ?", (document_id,)
            ).fetchone()
        if row is None:
            raise DocumentError(f"no document with id {document_id}")
        return _title(row[1], row[0])

    def document_info(self, document_id: int) -> DocumentInfo:
        """One row of the document list, read alone (cheap after each edit); its ``title``
        is empty (``document_title`` reads it)."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT d.id, d.name, {document_state.STATUS}, "
                "(SELECT count(*) FROM spans WHERE document_id = d.id), d.length "
                "FROM documents d INDEXED BY documents_summary WHERE d.id = ?",
                (document_id,),
            ).fetchone()
        if row is None:
            raise DocumentError(f"no document with id {document_id}")
        return DocumentInfo(*row)  # no title: reading it would read the text (see documents)

    def rename_document(self, document_id: int, title: str | None) -> str | None:
        """Give a document the title the list shows (``meta.title``); ``None`` or blank goes
        back to its first line. Returns the title it had (``None``: its first line)."""
        title = " ".join((title or "").split())[:TITLE_LENGTH] or None
        with self._write() as conn:
            row = conn.execute("SELECT meta FROM documents WHERE id = ?", (document_id,)).fetchone()
            if row is None:
                raise DocumentError(f"no document with id {document_id}")
            try:
                meta = json.loads(row[0])
            except ValueError:
                meta = None
            if not isinstance(meta, dict):
                raise DocumentError(f"document {document_id}: its details (meta) are damaged")
            old = meta.get("title") if isinstance(meta.get("title"), str) else None
            if title is None:
                meta.pop("title", None)
            else:
                meta["title"] = title
            conn.execute(
                "UPDATE documents SET meta = ? WHERE id = ?",
                (json.dumps(meta, ensure_ascii=False), document_id),
            )
            document_state.touch(conn, document_id, utc_now())
        return old

    def document_status(self, document_id: int) -> str:
        """A document's status alone, without reading its text."""
        with self._read() as conn:
            status = document_state.read_status(conn, document_id)
        if status is None:
            raise DocumentError(f"no document with id {document_id}")
        return status

    def document_count(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document(self, document_id: int) -> Document:
        """One document with its canonical text."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT d.id, d.name, d.text, {document_state.STATUS}, d.encoding, d.sha256, "
                "d.meta FROM documents d WHERE d.id = ?",
                (document_id,),
            ).fetchone()
        if row is None:
            raise DocumentError(f"no document with id {document_id}")
        text = self._texts[row[0]] = _as_text(row[2])
        return Document(row[0], row[1], text, *row[3:6], meta=stored_meta(row[6]) or {})

    def document_id_by_sha256(self, sha256: str) -> int | None:
        with self._read() as conn:
            row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def _text(self, document_id: int) -> str:
        text = self._texts.get(document_id)
        if text is None:
            with self._read() as conn:
                row = conn.execute(
                    "SELECT text FROM documents WHERE id = ?", (document_id,)
                ).fetchone()
            if row is None:
                raise DocumentError(f"no document with id {document_id}")
            if len(self._texts) > 16:
                self._texts.clear()
            text = self._texts[document_id] = _as_text(row[0])
        return text

    def read_text(self, document_id: int) -> str:
        """A document's text, read a piece at a time (``reading_text``) so that another
        thread can use the project in between (a 15 MB text read whole keeps it 60 ms and
        more)."""
        steps = self.reading_text(document_id)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def reading_text(self, document_id: int) -> Generator[None, None, str]:
        """``read_text`` a piece at a time: yields between pieces (a millisecond or so each)
        and returns the text. For the window's thread, which reads a 15 MB article while it
        goes on handling events, as it does with every other step of preparing it."""
        text = self._texts.get(document_id)
        if text is not None:
            return text
        decoder = codecs.getincrementaldecoder("utf-8")()
        pieces: list[str] = []
        blob = None
        try:
            while True:
                with self._read() as conn:
                    if blob is None:
                        blob = conn.blobopen("documents", "text", document_id, readonly=True)
                    data = blob.read(_TEXT_PIECE)
                    if not data:
                        blob.close()
                        blob = None
                        break
                pieces.append(decoder.decode(data))
                yield
        except (sqlite3.Error, ProjectError):
            # No such document, or its row was rewritten meanwhile (a blob handle expires
            # then): read it whole, which says which.
            self._close_blob(blob)
            return self._text(document_id)
        except GeneratorExit:  # the caller stopped reading (the article was left)
            self._close_blob(blob)
            raise
        pieces.append(decoder.decode(b"", final=True))
        yield  # joining 15 MB takes 15-30 ms: a step of its own
        text = "".join(pieces)
        del pieces
        # Kept as ``_text`` keeps it: a first tag checks its offsets without reading it again.
        if len(self._texts) > 16:
            self._texts.clear()
        self._texts[document_id] = text
        return text

    def _close_blob(self, blob) -> None:
        if blob is not None:
            with contextlib.suppress(sqlite3.Error, ProjectError), self._read():
                blob.close()

    def set_status(self, document_id: int, status: str) -> str:
        """Set a document's status (new, in_progress, done); returns the old status."""
        if status not in STATUSES:
            raise DocumentError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        with self._write() as conn:
            old = document_state.read_status(conn, document_id)
            if old is None:
                raise DocumentError(f"no document with id {document_id}")
            document_state.set_status(conn, document_id, status, utc_now())
        return old

    def add_documents(
        self,
        records: Iterable[dict],
        progress: Progress | None = None,
        total: int = 0,
        create_labels: bool = False,
    ) -> list[tuple[int | None, dict]]:
        """Store documents in one transaction; returns (new id or None if a duplicate, record).

        Each record has ``name``, ``text`` (canonical), ``sha256``; optionally ``encoding``,
        ``status``, ``meta``, ``id`` (kept when free), ``spans`` (dicts with ``start``,
        ``end``, ``label`` and optional ``id``, ``annotator``, ``created_at``, ``note``,
        ``uncertain``, ``attributes``) and ``relations`` (dicts with ``from`` and ``to``
        naming span ``id``s of the record, ``type``, optional ``id``, ``annotator``,
        ``created_at``), which must already be valid. Span and relation ids are kept when no
        span or relation ever had them. With ``create_labels``, labels the spans name that the
        project lacks (and relation types) are added in the same transaction. Used by the
        importers; see ``annotator.importer``.
        """
        out = []
        with self.importing(create_labels) as store:
            if create_labels:
                records = list(records)
                for rec in records:
                    for span in rec.get("spans", ()):
                        if span["label"] not in store.labels:
                            store.add_label(span["label"])
            for n, rec in enumerate(records, 1):
                out.append((store.add(rec), rec))
                if progress:
                    progress(n, total)
        return out

    @contextlib.contextmanager
    def importing(self, create_labels: bool = False) -> Iterator[DocumentImport]:
        """One write transaction storing checked records one at a time (``DocumentImport``:
        ``add``, ``add_label``, a ``savepoint`` per file); all of it is rolled back if the
        block raises. With ``create_labels`` relation types are created as records name them."""
        with self._mutex:
            conn = self._require_open()
            # A bigger page cache for the import's one transaction: the sha256 index takes
            # each document at a random place, and with SQLite's 2 MB default its pages
            # went to the WAL and back on nearly every insert (a third of the time of
            # 200,000 records). Bounded, whatever the input; the default comes back after.
            cache = conn.execute("PRAGMA cache_size").fetchone()[0]
            conn.execute(f"PRAGMA cache_size = {_IMPORT_CACHE}")
            try:
                with self._write() as conn:
                    store = DocumentImport(conn, create_labels)
                    yield store
                    store.flush()
            finally:
                conn.execute(f"PRAGMA cache_size = {int(cache)}")

    def delete_document(self, document_id: int) -> None:
        """Remove a document and its spans (and its entry in the search index)."""
        with self._write() as conn:
            search.forget_document(conn, document_id)
            conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._texts.pop(document_id, None)


#: Page cache of an import's transaction (KiB, as SQLite counts a negative cache_size).
_IMPORT_CACHE = -32 * 1024

#: The longest title shown (characters); a first line is cut there.
TITLE_LENGTH = 120
#: A document's title as stored (meta.title, when the meta is valid JSON) or its opening.
_TITLE = (
    "coalesce(CASE WHEN json_valid(d.meta) THEN nullif(trim(json_extract(d.meta, '$.title')), '')"
    f" END, substr(d.text, 1, {TITLE_LENGTH * 2}))"
)


def _title(raw: object, name: str) -> str:
    """The first line that has text, cut to length; the file name when there is none."""
    line = next((line for line in str(raw or "").split("\n") if line.strip()), "")
    title = " ".join(line.split())
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1] + "…"
    return title or name
