"""Whole-project operations: the export snapshot, counts, the integrity check, backups."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import FileError, ProjectError
from ..model import STATUSES
from ..targets import check_target, place, temporary_beside
from ..text import is_grapheme_boundary
from . import document_state, schema, schema_check
from .documents import stored_meta
from .file import connect, readonly_mode
from .transactions import Transactions, describe


class Maintenance(Transactions):
    """The whole-project methods of ``Project``."""

    def _reader(self) -> sqlite3.Connection:
        """A separate read-only connection for a long read, made on the thread that uses it.

        WAL lets it read a consistent snapshot while this project keeps writing.
        """
        self._require_open()
        real = Path(os.path.realpath(self.path))
        mode = readonly_mode(real) if self.readonly else "ro"
        return connect(real, mode, check_same_thread=True)

    def snapshot(self) -> Iterator[tuple[int, tuple, list[tuple]]]:
        """Yield ``(document count, document row, its span rows)`` for every document, in id
        order, from one consistent snapshot on a connection of its own (for export).

        A document row is ``(id, name, text, status, encoding, sha256, meta_json)``; a span
        row is ``(start, end, label name, annotator, created_at, note)``, ordered by start,
        end and label. Memory stays at one document however large the project.
        """
        conn = self._reader()
        try:
            conn.execute("BEGIN")  # one snapshot for both cursors, while the app keeps writing
            total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            docs = conn.execute(
                f"SELECT d.id, d.name, d.text, {document_state.STATUS}, d.encoding, d.sha256, "
                "d.meta FROM documents d ORDER BY d.id"
            )
            spans = conn.execute(
                "SELECT s.document_id, s.start, s.end, l.name, s.annotator, s.created_at, "
                "s.note FROM spans s JOIN labels l ON l.id = s.label_id "
                "ORDER BY s.document_id, s.start, s.end, l.name"
            )
            pending = spans.fetchone()
            for doc in docs:
                doc_spans = []
                while pending is not None and pending[0] < doc[0]:
                    pending = spans.fetchone()  # spans of a deleted document: none with FKs on
                while pending is not None and pending[0] == doc[0]:
                    doc_spans.append(pending[1:])
                    pending = spans.fetchone()
                yield total, doc, doc_spans
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path}: cannot read: {describe(e)}") from None
        finally:
            conn.close()

    def stats(self) -> dict:
        """Counts: documents by status, spans by label, characters."""
        with self._read() as conn:
            by_status = dict(
                conn.execute(
                    f"SELECT {document_state.STATUS} AS status, count(*) FROM documents d "
                    "GROUP BY status"
                )
            )
            by_label = dict(
                conn.execute(
                    "SELECT l.name, count(s.id) FROM labels l "
                    "LEFT JOIN spans s ON s.label_id = l.id GROUP BY l.id ORDER BY l.position, l.id"
                )
            )
            docs, chars = conn.execute(
                "SELECT count(*), coalesce(sum(length), 0) FROM documents"
            ).fetchone()
            by_type = dict(
                conn.execute(
                    "SELECT t.name, count(r.id) FROM relation_types t "
                    "LEFT JOIN relations r ON r.type_id = t.id GROUP BY t.id "
                    "ORDER BY t.position, t.id"
                )
            )
            uncertain, noted = conn.execute(
                "SELECT coalesce(sum(uncertain), 0), count(note) FROM spans"
            ).fetchone()
        return {
            "documents": docs,
            "characters": chars,
            "spans": sum(by_label.values()),
            "documents_by_status": {s: by_status.get(s, 0) for s in STATUSES},
            "spans_by_label": by_label,
            "relations": sum(by_type.values()),
            "relations_by_type": by_type,
            "uncertain_spans": uncertain,
            "spans_with_notes": noted,
        }

    def check(self) -> list[str]:
        """Integrity and schema problems, as sentences; an empty list means all is well."""
        problems = []
        with self._read() as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [f"integrity: {r}" for r in rows[:20]]
            for row in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    f"foreign key: row {row[1]} of {row[0]} points to a missing {row[2]}"
                )
            problems += schema_check.problems(conn)
            problems += schema_check.bytes_in_text_columns(conn)
            for sid, doc, start, end, length in conn.execute(
                "SELECT s.id, s.document_id, s.start, s.end, d.length FROM spans s "
                "JOIN documents d ON d.id = s.document_id WHERE s.end > d.length OR s.start < 0 "
                "OR s.end <= s.start"
            ):
                problems.append(f"span {sid} of document {doc}: {start}–{end} outside 0–{length}")
            for rid, doc, a, b in conn.execute(
                "SELECT r.id, r.document_id, f.document_id, t.document_id FROM relations r "
                "JOIN spans f ON f.id = r.from_span_id JOIN spans t ON t.id = r.to_span_id "
                "WHERE f.document_id <> r.document_id OR t.document_id <> r.document_id"
            ):
                problems.append(
                    f"relation {rid} of document {doc} joins spans of documents {a} and {b}"
                )
            for doc_id, text, length, meta in conn.execute(
                "SELECT id, text, length, meta FROM documents"
            ):
                problems += _document_problems(doc_id, text, length, meta)
                if not isinstance(text, str):
                    continue
                for sid, start, end in conn.execute(
                    "SELECT id, start, end FROM spans WHERE document_id = ?", (doc_id,)
                ):
                    if end <= len(text) and not (
                        is_grapheme_boundary(text, start) and is_grapheme_boundary(text, end)
                    ):
                        problems.append(f"span {sid} of document {doc_id} cuts a grapheme")
        return problems

    def backup(self, destination: str | os.PathLike) -> Path:
        """Copy the project with SQLite's backup API (WAL included), then verify the copy.

        ``destination`` is a path, never an SQLite URI. The copy is written beside it under
        a temporary name, verified, then linked into place: it never replaces a file, and
        a killed backup leaves nothing under the destination's name.
        """
        destination = Path(destination)
        if destination.exists() or destination.is_symlink():
            raise FileError(f"{destination}: already exists; choose another backup name")
        check_target(destination, "a backup")
        with temporary_beside(destination) as (fd, tmp):
            os.close(fd)
            with self._read() as conn:
                try:
                    # A URI made from the path: '?' or 'file:' in a name stay part of the name.
                    target = sqlite3.connect(f"{tmp.absolute().as_uri()}?mode=rw", uri=True)
                    try:
                        conn.backup(target)
                        # A copy gets its own identity, so that the original's -wal file is
                        # never taken for the copy's (say, a backup restored over a crash).
                        schema.new_identity(target)
                        target.commit()
                        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                        result = target.execute("PRAGMA quick_check").fetchone()[0]
                    finally:
                        target.close()
                except sqlite3.Error as e:
                    raise FileError(f"{destination}: backup failed: {describe(e)}") from None
            if result != "ok":
                raise FileError(f"{destination}: the backup does not verify ({result})")
            try:
                place(tmp, destination, replace=False)
            except OSError as e:
                raise FileError(f"{destination}: backup failed ({e.strerror})") from None
        return destination


def _document_problems(doc_id: int, text: object, length: object, meta: object) -> list[str]:
    """What no version writes in a document's row (a crafted or damaged file: the app shows
    the article anyway, an export refuses it)."""
    found = []
    if not isinstance(text, str):
        found.append(f"document {doc_id}: its text is damaged (it is not text)")
    elif length != len(text):
        found.append(f"document {doc_id}: its length is {length}, its text {len(text)} characters")
    if stored_meta(meta) is None:
        found.append(f"document {doc_id}: its details (meta) are damaged")
    return found
