"""Spans: tagged ranges of a document's text (code points, end-exclusive)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence

from ..errors import DocumentError, LabelError, ProjectError, SpanError
from ..model import STATUSES, Relation, Span
from ..text import is_grapheme_boundary
from . import document_state
from .transactions import Transactions, constraint, utc_now

# The attribute values shown are those its label declares (values set under another label
# are kept, and come back with it).
SPAN_COLUMNS = (
    "s.id, s.document_id, s.start, s.end, s.label_id, l.name, s.annotator, s.created_at, "
    "s.note, s.uncertain, (SELECT json_group_object(a.name, sa.value) FROM span_attributes sa "
    "JOIN attributes a ON a.id = sa.attribute_id "
    "WHERE sa.span_id = s.id AND a.label_id = s.label_id)"
)
#: ``SPAN_COLUMNS`` for an export: the annotator, time and note read as text whatever a
#: crafted file stored (bytes that are not UTF-8 then fail the read, and the export says so,
#: where they reached the JSON writer and ended it in a TypeError). Free next to a check
#: of each span in Python.
EXPORT_SPAN_COLUMNS = SPAN_COLUMNS.replace(
    "s.annotator, s.created_at, s.note",
    "CAST(s.annotator AS TEXT), CAST(s.created_at AS TEXT), CAST(s.note AS TEXT)",
)


def span_from_row(row: Sequence) -> Span:
    """A ``Span`` from a row of ``SPAN_COLUMNS``; its annotator, time and note must be text
    (or absent): a crafted file's binary note took the window down when shown."""
    if row[6] is not None and type(row[6]) is not str:
        raise ProjectError(f"span {row[0]} has an annotator that is not text")
    if row[7] is not None and type(row[7]) is not str:
        raise ProjectError(f"span {row[0]} has a time that is not text")
    if row[8] is not None and type(row[8]) is not str:
        raise ProjectError(f"span {row[0]} has a note that is not text")
    attributes = row[10]
    return Span(
        *row[:9],
        uncertain=bool(row[9]),
        attributes=json.loads(attributes) if attributes and attributes != "{}" else {},
    )


class Spans(Transactions):
    """The span methods of ``Project``."""

    _text: Callable[[int], str]  # a document's text, from ``Documents``

    def spans(self, document_id: int) -> list[Span]:
        """A document's spans in reading order (start, then longer first)."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {SPAN_COLUMNS} FROM spans s JOIN labels l ON l.id = s.label_id "
                "WHERE s.document_id = ? ORDER BY s.start, s.end DESC, l.position",
                (document_id,),
            ).fetchall()
        return [span_from_row(row) for row in rows]

    def span(self, span_id: int) -> Span:
        with self._read() as conn:
            return span_in(conn, span_id)

    def validate_span(self, document_id: int, start: int, end: int) -> None:
        """Raise ``SpanError`` unless ``[start, end)`` is non-empty and on grapheme boundaries."""
        text = self._text(document_id)
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise SpanError(f"span {name} must be a whole number, not {value!r}")
        if not 0 <= start < end <= len(text):
            raise SpanError(f"span {start}–{end} is outside the text (0–{len(text)}) or empty")
        for value in (start, end):
            if not is_grapheme_boundary(text, value):
                raise SpanError(
                    f"span {start}–{end} cuts a character in two at {value} "
                    "(a letter and its marks, or an emoji, belong together)"
                )

    def add_span(
        self,
        document_id: int,
        start: int,
        end: int,
        label_id: int,
        *,
        span_id: int | None = None,
        annotator: str | None = None,
        note: str | None = None,
        created_at: str | None = None,
        uncertain: bool = False,
        attributes: dict[str, str] | None = None,
        relations: Iterable[Relation] = (),
    ) -> Span:
        """Tag ``[start, end)`` (code points) with a label; committed when this returns.

        ``uncertain``, ``attributes`` and ``relations`` (naming the new span's id) are
        stored in the same transaction: ``restore_span`` puts a span back with its links.

        Raises ``SpanError`` for an invalid range, a range that cuts a grapheme, or the
        same range already carrying the same label; ``LabelError`` for an unknown label,
        ``DocumentError`` for an unknown document.
        """
        self.validate_span(document_id, start, end)
        annotator = annotator if annotator is not None else self.annotator
        created_at = created_at or utc_now()
        try:
            with self._write() as conn:
                label = conn.execute("SELECT name FROM labels WHERE id = ?", (label_id,)).fetchone()
                if label is None:
                    raise LabelError(f"no label with id {label_id}")
                cur = conn.execute(
                    "INSERT INTO spans (id, document_id, start, end, label_id, annotator, note, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (span_id, document_id, start, end, label_id, annotator, note, created_at),
                )
                links.insert_span_extras(conn, cur.lastrowid, label_id, uncertain, attributes)
                links.insert_relations(conn, relations)
                document_state.mark_started(conn, document_id, created_at)
        except sqlite3.IntegrityError as e:
            code = constraint(e)
            if code == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:  # restore_span of a taken id
                raise SpanError(f"span {span_id} already exists") from None
            if code == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
                raise DocumentError(f"no document with id {document_id}") from None
            if code == sqlite3.SQLITE_CONSTRAINT_UNIQUE:
                raise SpanError(f"{start}–{end} is already tagged {label[0]!r}") from None
            raise
        return Span(
            cur.lastrowid,
            document_id,
            start,
            end,
            label_id,
            label[0],
            annotator,
            created_at,
            note,
            bool(uncertain),
            dict(attributes or {}),
        )

    def restore_span(self, span: Span, relations: Iterable[Relation] = ()) -> Span:
        """Put back a deleted span with its id, fields and relations (undo of a delete)."""
        return self.add_span(
            span.document_id,
            span.start,
            span.end,
            span.label_id,
            span_id=span.id,
            annotator=span.annotator,
            note=span.note,
            created_at=span.created_at,
            uncertain=span.uncertain,
            attributes=span.attributes,
            relations=relations,
        )

    def delete_span(self, span_id: int, *, document_status: str | None = None) -> Span:
        """Remove a span and its relations; returns the span as it was, so it can be restored.

        ``document_status`` also sets its document's status in the same transaction (the
        undo of a first tag puts a document back to "new").
        """
        return self.delete_span_and_relations(span_id, document_status=document_status)[0]

    def delete_span_and_relations(
        self, span_id: int, *, document_status: str | None = None
    ) -> tuple[Span, list[Relation]]:
        """``delete_span``, also returning the relations that went with the span (for undo:
        ``restore_span(span, relations)``)."""
        if document_status is not None and document_status not in STATUSES:
            raise DocumentError(f"unknown status {document_status!r}")
        with self._write() as conn:
            span = span_in(conn, span_id)
            relations = links.relations_of_span(conn, span_id)
            conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
            if document_status is not None:
                document_state.set_status(conn, span.document_id, document_status, utc_now())
        return span, relations

    def relabel_span(self, span_id: int, label_id: int) -> Span:
        """Give a span another label; returns the span as it is now."""
        with self._write() as conn:
            label = conn.execute("SELECT name FROM labels WHERE id = ?", (label_id,)).fetchone()
            if label is None:
                raise LabelError(f"no label with id {label_id}")
            span = span_in(conn, span_id)
            try:
                conn.execute("UPDATE spans SET label_id = ? WHERE id = ?", (label_id, span_id))
            except sqlite3.IntegrityError as e:
                if constraint(e) != sqlite3.SQLITE_CONSTRAINT_UNIQUE:
                    raise
                raise SpanError(f"{span.start}–{span.end} is already tagged {label[0]!r}") from None
            return span_in(conn, span_id)  # with the new label's attribute values

    def resize_span(self, span_id: int, start: int, end: int) -> Span:
        """Give a span another range (its id, label, annotator and note stay); returns it as
        it is now. ``SpanError`` for an invalid range or one already tagged with its label."""
        span = self.span(span_id)
        self.validate_span(span.document_id, start, end)
        try:
            with self._write() as conn:
                span = span_in(conn, span_id)
                conn.execute(
                    "UPDATE spans SET start = ?, end = ? WHERE id = ?", (start, end, span_id)
                )
        except sqlite3.IntegrityError as e:
            if constraint(e) != sqlite3.SQLITE_CONSTRAINT_UNIQUE:
                raise
            raise SpanError(f"{start}–{end} is already tagged {span.label!r}") from None
        return dataclasses.replace(span, start=start, end=end)

    def set_span_note(self, span_id: int, note: str | None) -> Span:
        """Attach a free-text note to a span (``None`` removes it)."""
        with self._write() as conn:
            span = span_in(conn, span_id)
            conn.execute("UPDATE spans SET note = ? WHERE id = ?", (note or None, span_id))
        return dataclasses.replace(span, note=note or None)


def span_in(conn: sqlite3.Connection, span_id: int) -> Span:
    """A span read on ``conn``; inside a write, the change that follows is atomic with it."""
    row = conn.execute(
        f"SELECT {SPAN_COLUMNS} FROM spans s JOIN labels l ON l.id = s.label_id WHERE s.id = ?",
        (span_id,),
    ).fetchone()
    if row is None:
        raise SpanError(f"no span with id {span_id}")
    return span_from_row(row)


from . import links  # noqa: E402 (links reads spans with span_in: imported after it)
