"""Relations: typed, directed links between two spans of one document, and their types.

The relation methods of ``Project``: every method is one transaction (``_write``) or one
read, like the span methods. Relation ids are never reused (AUTOINCREMENT), so an undo
command that names a relation by id can never reach another one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator

from ..errors import ProjectError, SpanError
from ..labels import validate_color
from ..model import ClaimRow, Relation, RelationType, Span
from . import document_state
from .links import (
    EXPORT_RELATION_COLUMNS,
    RELATION_COLUMNS,
    Merged,
    check_type_name,
    relation_dict,
    relation_in,
    relation_types,
    relations_of_span,
    set_type_labels,
    span_row_dict,
)
from .spans import EXPORT_SPAN_COLUMNS, span_in
from .transactions import Transactions, describe, utc_now


def _span_id(span: int | Span) -> int:
    span_id = span.id if isinstance(span, Span) else span
    if not isinstance(span_id, int) or isinstance(span_id, bool):
        raise SpanError(f"a span id is a whole number, not {span_id!r}")
    return span_id


class Relations(Transactions):
    """The relation methods of ``Project``."""

    _reader: Callable[[], sqlite3.Connection]  # a connection of its own, from ``Maintenance``

    # --- relation types -----------------------------------------------------------------

    def relation_types(self) -> list[RelationType]:
        """The relation types, in display order, with the labels each end may carry."""
        with self._read() as conn:
            return relation_types(conn)

    def relation_type(self, name: str) -> RelationType | None:
        return next((t for t in self.relation_types() if t.name == name), None)

    def add_relation_type(
        self,
        name: str,
        color: str,
        from_labels: Iterable[str] = (),
        to_labels: Iterable[str] = (),
    ) -> RelationType:
        """Add a relation type (``from_labels``/``to_labels`` empty: any label)."""
        name = check_type_name(name)
        color = validate_color(color)
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM relation_types WHERE name = ?", (name,)).fetchone():
                raise SpanError(f"there is already a relation type called {name!r}")
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM relation_types"
            ).fetchone()[0]
            cur = conn.execute(
                "INSERT INTO relation_types (name, color, position) VALUES (?, ?, ?)",
                (name, color, position),
            )
            set_type_labels(conn, cur.lastrowid, from_labels, to_labels)
            return next(t for t in relation_types(conn) if t.id == cur.lastrowid)

    def update_relation_type(self, type_id: int, **changes) -> RelationType:
        """Change ``name=``, ``color=``, ``from_labels=`` or ``to_labels=`` of a type."""
        unknown = set(changes) - {"name", "color", "from_labels", "to_labels"}
        if unknown:
            raise TypeError(f"unknown relation type fields: {sorted(unknown)}")
        with self._write() as conn:
            old = next((t for t in relation_types(conn) if t.id == type_id), None)
            if old is None:
                raise SpanError(f"no relation type with id {type_id}")
            name = check_type_name(changes.get("name", old.name))
            color = validate_color(changes.get("color", old.color))
            clash = conn.execute(
                "SELECT 1 FROM relation_types WHERE name = ? AND id <> ?", (name, type_id)
            ).fetchone()
            if clash:
                raise SpanError(f"there is already a relation type called {name!r}")
            conn.execute(
                "UPDATE relation_types SET name = ?, color = ? WHERE id = ?",
                (name, color, type_id),
            )
            set_type_labels(
                conn,
                type_id,
                changes.get("from_labels", old.from_labels),
                changes.get("to_labels", old.to_labels),
            )
            return next(t for t in relation_types(conn) if t.id == type_id)

    def delete_relation_type(self, type_id: int) -> None:
        """Remove a relation type no relation uses."""
        with self._write() as conn:
            used = conn.execute(
                "SELECT count(*) FROM relations WHERE type_id = ?", (type_id,)
            ).fetchone()[0]
            if used:
                if used == 1:
                    raise SpanError("the relation type is used by 1 relation; delete it first")
                raise SpanError(f"the relation type is used by {used} relations; delete them first")
            conn.execute("DELETE FROM relation_types WHERE id = ?", (type_id,))

    # --- relations ----------------------------------------------------------------------

    def relations(self, document_id: int) -> list[Relation]:
        """A document's relations, by the reading position of their ``from`` span."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {RELATION_COLUMNS} FROM relations r "
                "JOIN relation_types t ON t.id = r.type_id "
                "JOIN spans s ON s.id = r.from_span_id "
                "WHERE r.document_id = ? ORDER BY s.start, s.end DESC, r.id",
                (document_id,),
            ).fetchall()
        return [Relation(*row) for row in rows]

    def relation(self, relation_id: int) -> Relation:
        with self._read() as conn:
            return relation_in(conn, relation_id)

    def add_relation(
        self,
        from_span: int | Span,
        to_span: int | Span,
        type: str | RelationType = "said",  # noqa: A002 (the contract's name)
        *,
        relation_id: int | None = None,
        annotator: str | None = None,
        created_at: str | None = None,
    ) -> Relation:
        """Link two spans of one document (``from_span`` -> ``to_span``); committed on return.

        Raises ``SpanError`` for an unknown span or type, spans of two documents, a span
        linked to itself, labels the type does not join, or the same link twice.
        """
        a, b = _span_id(from_span), _span_id(to_span)
        type_name = type.name if isinstance(type, RelationType) else type
        annotator = annotator if annotator is not None else self.annotator
        created_at = created_at or utc_now()
        with self._write() as conn:
            rtype = next((t for t in relation_types(conn) if t.name == type_name), None)
            if rtype is None:
                raise SpanError(f"no relation type called {type_name!r}")
            first, second = span_in(conn, a), span_in(conn, b)
            if first.document_id != second.document_id:
                raise SpanError("a relation joins two spans of the same document")
            if a == b:
                raise SpanError("a span cannot be linked to itself")
            if not rtype.joins(first.label, second.label):
                raise SpanError(f"{rtype.name!r} does not link a {first.label} to a {second.label}")
            try:
                cur = conn.execute(
                    "INSERT INTO relations (id, document_id, from_span_id, to_span_id, type_id, "
                    "annotator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (relation_id, first.document_id, a, b, rtype.id, annotator, created_at),
                )
            except sqlite3.IntegrityError as e:
                if "relations.id" in str(e):
                    raise SpanError(f"relation {relation_id} already exists") from None
                raise SpanError(f"those spans are already linked as {rtype.name!r}") from None
        return Relation(
            cur.lastrowid, first.document_id, a, b, rtype.name, annotator, created_at, rtype.id
        )

    def restore_relation(self, relation: Relation) -> Relation:
        """Put back a deleted relation with its id and fields (undo of a delete)."""
        return self.add_relation(
            relation.from_span,
            relation.to_span,
            relation.type,
            relation_id=relation.id,
            annotator=relation.annotator,
            created_at=relation.created_at,
        )

    def delete_relation(self, relation_id: int) -> Relation:
        """Remove a relation; returns it as it was, so it can be restored."""
        with self._write() as conn:
            relation = relation_in(conn, relation_id)
            conn.execute("DELETE FROM relations WHERE id = ?", (relation_id,))
        return relation

    def export_snapshot(self) -> Iterator[tuple[int, tuple, list[dict], list[dict]]]:
        """Yield ``(document count, document row, spans, relations)`` per document, in id
        order, from one consistent snapshot on a connection of its own (for export).

        A document row is ``(id, name, text, status, encoding, sha256, meta_json)``; a span
        is a dict with ``id, start, end, label, annotator, created_at, note, uncertain,
        attributes`` (by start, end, label), a relation one with ``id, from, to, type,
        annotator, created_at`` (by id). Memory stays at one document.
        """
        conn = self._reader()
        try:
            conn.execute("BEGIN")  # one snapshot for every cursor, while the app keeps writing
            total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            docs = conn.execute(
                f"SELECT d.id, d.name, d.text, {document_state.STATUS}, CAST(d.encoding AS TEXT), "
                "CAST(d.sha256 AS TEXT), d.meta FROM documents d ORDER BY d.id"
            )
            spans = Merged(
                conn.execute(
                    f"SELECT s.document_id, {EXPORT_SPAN_COLUMNS} FROM spans s "
                    "JOIN labels l ON l.id = s.label_id "
                    "ORDER BY s.document_id, s.start, s.end, l.name"
                )
            )
            relations = Merged(
                conn.execute(
                    f"SELECT r.document_id, {EXPORT_RELATION_COLUMNS} FROM relations r "
                    "JOIN relation_types t ON t.id = r.type_id ORDER BY r.document_id, r.id"
                )
            )
            for doc in docs:
                doc_spans = [span_row_dict(row) for row in spans.take(doc[0])]
                doc_relations = [relation_dict(Relation(*row)) for row in relations.take(doc[0])]
                yield total, doc, doc_spans, doc_relations
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path}: cannot read: {describe(e)}") from None
        finally:
            conn.close()

    def claim_rows(self, document_id: int | None = None) -> list[ClaimRow]:
        """Every claim (of one document, or all) with the speakers ``said`` links it to, by
        document and position: the Claims panel's rows."""
        where, args = ("AND s.document_id = ?", (document_id,)) if document_id else ("", ())
        with self._read() as conn:
            speakers: dict[int, list[str]] = {}
            for claim_id, text in conn.execute(
                "SELECT r.from_span_id, substr(d.text, p.start + 1, p.end - p.start) "
                "FROM relations r JOIN relation_types t ON t.id = r.type_id "
                "JOIN spans p ON p.id = r.to_span_id JOIN documents d ON d.id = p.document_id "
                f"WHERE t.name = 'said' {where.replace('s.', 'r.')} ORDER BY p.start, p.id",
                args,
            ):
                speakers.setdefault(claim_id, []).append(text)
            rows = conn.execute(
                "SELECT s.id, s.document_id, d.name, s.start, s.end, "
                "substr(d.text, s.start + 1, s.end - s.start), "
                "(SELECT sa.value FROM span_attributes sa "
                "JOIN attributes a ON a.id = sa.attribute_id WHERE sa.span_id = s.id "
                "AND a.label_id = s.label_id AND a.name = 'quote_type'), s.uncertain "
                "FROM spans s JOIN labels l ON l.id = s.label_id "
                "JOIN documents d ON d.id = s.document_id "
                f"WHERE l.name = 'claim' {where} ORDER BY s.document_id, s.start, s.end DESC, s.id",
                args,
            ).fetchall()
        return [
            ClaimRow(*row[:6], tuple(speakers.get(row[0], ())), row[6], bool(row[7]))
            for row in rows
        ]

    def span_relations(self, span_id: int) -> list[Relation]:
        """The relations starting or ending at a span."""
        with self._read() as conn:
            return relations_of_span(conn, span_id)
