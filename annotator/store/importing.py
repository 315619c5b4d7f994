"""Imported documents stored one at a time inside an import's transaction.

``DocumentImport`` is the one way documents enter a project in bulk: ``Project.add_documents``
hands it a list of records, and an import that stores each record as it reads it
(``annotator.importer.import_paths``) hands them over one by one, a savepoint per file so
that a bad file can be taken back alone. Records must already be checked
(``annotator.records``); SQL stays here.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Iterator

from ..labels import EXTRA_COLORS
from ..model import STATUSES
from . import document_state
from .links import ImportedLinks
from .transactions import constraint, in_lists, utc_now

#: Span rows gathered before they are written (a few MB at most).
_BATCH = 5000
#: Span rows per INSERT statement. One statement per row ran SQLite's per-statement work
#: (cursors on the table, its index and the parents of its foreign keys, the AUTOINCREMENT
#: counter read and written) for every span: 27 % of the instructions of storing them.
#: 100 rows are 900 parameters, under the 999 of the oldest SQLite builds.
_ROWS_PER_INSERT = 100
_SPAN_COLUMNS = 9


class DocumentImport:
    """Stores checked records inside the caller's write transaction (``Project.importing``).

    ``labels`` maps the project's label names to ids, the labels this import created
    included. Call ``flush`` before the transaction commits.
    """

    def __init__(self, conn: sqlite3.Connection, create_labels: bool):
        self._conn = conn
        self.labels: dict[str, int] = dict(conn.execute("SELECT name, id FROM labels"))
        self._links = ImportedLinks(conn, create_types=create_labels)
        self._now = utc_now()
        self._span_rows: list = []  # the values of the spans' rows, one after the other
        self._new_labels: list[str] | None = None  # created since the open savepoint

    def add_label(self, name: str) -> None:
        """Create a label a record names (with ``create_labels``), coloured as the next one."""
        position = len(self.labels)
        cur = self._conn.execute(
            "INSERT INTO labels (name, color, position) VALUES (?, ?, ?)",
            (name, EXTRA_COLORS[position % len(EXTRA_COLORS)], position),
        )
        self.labels[name] = cur.lastrowid
        if self._new_labels is not None:
            self._new_labels.append(name)

    def add(self, rec: dict) -> int | None:
        """Store one record: its new document id, or None when the project already holds
        that text (its spans are then not stored). Keys other than the stored ones (plan
        notes such as ``line`` or ``warnings``) are ignored."""
        doc_id = _insert_document(self._conn, rec, self._now)
        if doc_id is not None:
            self._add_spans(doc_id, rec)
        return doc_id

    def add_many(self, recs: list[dict]) -> list[int | None]:
        """``add`` of each record in turn (the same ids, the same records found already
        stored), with one ``executemany`` for their documents. Storing a burst of records
        together, not one between the reading of each, was 25-30 % of the CPU of an import
        of 200,000 records: SQLite's pages and code stay in the processor's caches."""
        ids = _planned_ids(self._conn, recs) if len(recs) >= _FEW else None
        if ids is None:  # a few records (a folder of articles), or an id SQLite would pick
            return [self.add(rec) for rec in recs]
        now = self._now
        self._conn.executemany(
            _INSERT_PLANNED,
            [
                _document_row(doc_id, rec, now)
                for doc_id, rec in zip(ids, recs, strict=True)
                if doc_id is not None
            ],
        )
        for doc_id, rec in zip(ids, recs, strict=True):
            if doc_id is not None:
                status = rec.get("status")
                if status != "new" and status in STATUSES:
                    document_state.set_status(self._conn, doc_id, status, now)
                self._add_spans(doc_id, rec)
        return ids

    def _add_spans(self, doc_id: int, rec: dict) -> None:
        links, labels, now, rows = self._links, self.labels, self._now, self._span_rows
        refs = {}
        for s in rec.get("spans", ()):
            span_id = links.span_id(s.get("id"))
            if "id" in s:
                refs[s["id"]] = span_id
            label_id = labels[s["label"]]
            rows += (
                span_id,
                doc_id,
                s["start"],
                s["end"],
                label_id,
                s.get("annotator"),
                s.get("note"),
                1 if s.get("uncertain") else 0,
                s.get("created_at") or now,
            )
            if s.get("attributes"):
                links.add_attributes(span_id, label_id, s, rec["name"])
        if rec.get("relations"):
            links.add_relations(doc_id, refs, rec, now)
        if len(rows) >= _BATCH * _SPAN_COLUMNS:
            self.flush()

    def flush(self) -> None:
        """Write the spans, attributes and relations gathered so far."""
        values, step = self._span_rows, _ROWS_PER_INSERT * _SPAN_COLUMNS
        for at in range(0, len(values), step):
            chunk = values[at : at + step]
            self._conn.execute(_insert_spans(len(chunk) // _SPAN_COLUMNS), chunk)
        self._span_rows = []
        self._links.flush()

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[_Savepoint]:
        """What is stored inside is kept when the block ends, unless ``discard()`` was
        called (or an exception leaves it: then the whole transaction is rolled back by
        its owner)."""
        self.flush()
        self._conn.execute("SAVEPOINT import_file")
        self._new_labels = []
        self._links.mark()
        point = _Savepoint(self)
        try:
            yield point
            if not point.discarded:
                self.flush()
        finally:
            self._new_labels = None
        self._conn.execute("RELEASE import_file")

    def _discard(self) -> None:
        self._span_rows = []
        self._links.undo()
        self._conn.execute("ROLLBACK TO import_file")
        for name in self._new_labels or ():
            self.labels.pop(name, None)
        self._new_labels = []


class _Savepoint:
    def __init__(self, owner: DocumentImport):
        self._owner = owner
        self.discarded = False

    def discard(self) -> None:
        """Take back everything stored since the savepoint (labels created included)."""
        self._owner._discard()
        self.discarded = True


# Plain SQL (sqlite-utils' insert_all built a dict and SQL per batch: 28% of an import with
# spans); a span already stored (same range and label) is skipped.
@functools.cache
def _insert_spans(rows: int) -> str:
    """INSERT of ``rows`` spans in one statement."""
    return (
        "INSERT OR IGNORE INTO spans (id, document_id, start, end, label_id, annotator, note, "
        "uncertain, created_at) VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * rows)
    )


_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, name, text, length, sha256, encoding, meta, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"
)
_PRIMARY_KEY = getattr(sqlite3, "SQLITE_CONSTRAINT_PRIMARYKEY", 1555)


def _wanted_id(rec: dict) -> int | None:
    wanted = rec.get("id")
    if isinstance(wanted, int) and not isinstance(wanted, bool) and 0 < wanted <= _MAX_ROWID:
        return wanted
    return None


def _document_row(doc_id: int | None, rec: dict, now: str) -> tuple:
    text = rec["text"]
    meta = _meta_json(rec.get("meta"))
    return (doc_id, rec["name"], text, len(text), rec["sha256"], rec.get("encoding"), meta, now)


def _insert_document(conn: sqlite3.Connection, rec: dict, now: str) -> int | None:
    wanted = _wanted_id(rec)
    status = rec.get("status") if rec.get("status") in STATUSES else "new"
    declared = rec.get("declared_sha256")
    if declared is not None:  # the hash of the bytes it was read from, says the record
        row = conn.execute("SELECT text FROM documents WHERE sha256 = ?", (declared,)).fetchone()
        if row is not None and row[0] == rec["text"]:
            return None  # that very document, imported from its file: a duplicate
    values = list(_document_row(wanted, rec, now))
    # A document already stored (same bytes or text) is skipped by the UNIQUE sha256; a
    # wanted id already taken is found by the insert itself (one statement per document).
    try:
        cur = conn.execute(_INSERT_DOCUMENT, values)
    except sqlite3.IntegrityError as e:
        if wanted is None or constraint(e) != _PRIMARY_KEY:
            raise
        values[0] = None
        cur = conn.execute(_INSERT_DOCUMENT, values)
    if not cur.rowcount:
        return None
    if status != "new":  # no row of its own reads as new: a plain import writes none
        document_state.set_status(conn, cur.lastrowid, status, now)
    return cur.lastrowid


#: Below this many records ``add_many`` stores them one by one: its look-ups cost three
#: statements.
_FEW = 8
_MAX_ROWID = 2**63 - 1
_INSERT_PLANNED = (
    "INSERT INTO documents (id, name, text, length, sha256, encoding, meta, created_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _planned_ids(conn: sqlite3.Connection, recs: list[dict]) -> list[int | None] | None:
    """The id each record would get from ``_insert_document`` called on each in turn (None:
    the project holds its text already), found with a few look-ups, not one insert each;
    None when one would get an id SQLite picks at random (past the largest rowid).

    One insert at a time keeps a free wanted id, else takes the largest id + 1; a text whose
    sha256 is stored (or was by an earlier record) is skipped, as is a record whose
    ``declared_sha256`` names a stored document of the same text."""
    shas = {rec["sha256"] for rec in recs}
    shas.update(d for rec in recs if (d := rec.get("declared_sha256")) is not None)
    stored: dict[str, str] = {}  # sha256 -> text, of documents already in the project
    for part, marks in in_lists(list(shas)):
        sql = f"SELECT sha256, text FROM documents WHERE sha256 IN ({marks})"
        stored.update(conn.execute(sql, part))
    largest = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
    wanted = [w for rec in recs if (w := _wanted_id(rec)) is not None and w <= largest]
    taken: set[int] = set()
    for part, marks in in_lists(wanted):
        sql = f"SELECT id FROM documents WHERE id IN ({marks})"
        taken.update(row[0] for row in conn.execute(sql, part))
    ids: list[int | None] = []
    for rec in recs:
        text, sha = rec["text"], rec["sha256"]
        declared = rec.get("declared_sha256")
        if (declared is not None and stored.get(declared) == text) or sha in stored:
            ids.append(None)
            continue
        doc_id = _wanted_id(rec)
        if doc_id is None or doc_id in taken:
            if largest >= _MAX_ROWID:
                return None
            doc_id = largest + 1
        taken.add(doc_id)
        largest = max(largest, doc_id)
        stored[sha] = text
        ids.append(doc_id)
    return ids


def _meta_json(meta: object) -> str:
    """A record's meta as stored: compact JSON by orjson (one per imported document); the
    json module for what orjson will not write."""
    if not meta:
        return "{}"
    import orjson  # here, not at start-up: the app opens a project without importing

    try:
        return orjson.dumps(meta).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError is one
        return json.dumps(meta, ensure_ascii=False)
