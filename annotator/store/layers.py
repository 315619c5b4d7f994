"""Layers: each annotator's spans kept apart in one project, merging, adjudication decisions.

A *layer* is every span (and relation) of one annotator. A merged project holds several; the
gold layer (``curation.GOLD``) is what adjudication decides. Spans are unique per document,
range, label *and annotator*, so two analysts who tagged the same words keep a span each.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from ..data_classes import data_class
from ..errors import DocumentError, LabelError
from ..model import Span
from . import document_state
from .spans import SPAN_COLUMNS, span_from_row  # noqa: F401 (see layer_spans)
from .transactions import Transactions, utc_now

if TYPE_CHECKING:  # curation (its dataclasses) loads when adjudicating, not to open a project
    from ..curation import SpanKey


@data_class
class Decision:
    """What an adjudicator decided for one disagreement, and the gold spans it made."""

    id: int
    document_id: int
    start: int
    end: int
    choice: str  # an annotator's name, "both" or "reject"
    versions: dict  # annotator -> [[start, end, label], ...] as they stood
    span_ids: tuple[int, ...]  # the gold spans the decision added
    decided_by: str | None
    decided_at: str

    def __init__(
        self,
        id: int,
        document_id: int,
        start: int,
        end: int,
        choice: str,
        versions: dict,
        span_ids: tuple[int, ...],
        decided_by: str | None,
        decided_at: str,
    ) -> None:
        d = self.__dict__
        d["id"] = id
        d["document_id"] = document_id
        d["start"] = start
        d["end"] = end
        d["choice"] = choice
        d["versions"] = versions
        d["span_ids"] = span_ids
        d["decided_by"] = decided_by
        d["decided_at"] = decided_at


@data_class(frozen=False)
class MergedDocument:
    document_id: int
    new_document: bool
    spans_added: int
    relations_added: int

    def __init__(
        self, document_id: int, new_document: bool, spans_added: int, relations_added: int
    ) -> None:
        self.document_id = document_id
        self.new_document = new_document
        self.spans_added = spans_added
        self.relations_added = relations_added


class Layers(Transactions):
    """The layer methods of ``Project``."""

    annotator: str | None

    def layers(self) -> dict[str, int]:
        """Annotator name (``""`` for spans that carry none) to span count, gold included."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT coalesce(annotator, ''), count(*) FROM spans GROUP BY 1 ORDER BY 1"
            ).fetchall()
        return dict(rows)

    def layer_spans(self, document_id: int) -> dict[str, list[Span]]:
        """A document's spans by annotator, each list in reading order."""
        out: dict[str, list[Span]] = {}
        with self._read() as conn:
            for row in conn.execute(
                f"SELECT {SPAN_COLUMNS} FROM spans s JOIN labels l ON l.id = s.label_id "
                "WHERE s.document_id = ? ORDER BY s.start, s.end DESC, l.position",
                (document_id,),
            ):
                span = span_from_row(row)
                out.setdefault(span.annotator or "", []).append(span)
        return out

    # --- merging -------------------------------------------------------------------------

    def merge_record(self, record: dict, default_annotator: str) -> MergedDocument:
        """``merge_records`` of one record."""
        return self.merge_records([record], default_annotator)[0]

    def merge_records(self, records: list[dict], default_annotator: str) -> list[MergedDocument]:
        """Add document records (native JSONL shape) as their annotators' layers.

        Each document is matched by the SHA-256 of its text, computed here (a record's own
        ``sha256`` is not trusted); spans without an annotator go to ``default_annotator``.
        A span or relation already in the project is not added again, so merging the same
        project twice changes nothing. One transaction for the whole batch.
        """
        with self._write() as conn:
            labels = dict(conn.execute("SELECT name, id FROM labels"))
            now = utc_now()
            return [
                self._merge_one(conn, record, labels, default_annotator, now) for record in records
            ]

    def _merge_one(self, conn, record: dict, labels: dict, default_annotator: str, now: str):
        text = record["text"]
        from ..record_limits import sha256_text  # not at import: it loads hashlib

        digest = sha256_text(text)
        row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (digest,)).fetchone()
        if row:
            doc_id, new = row[0], False
        else:
            meta = record.get("meta") or {}
            doc_id = conn.execute(
                "INSERT INTO documents (name, text, length, sha256, encoding, meta, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.get("name") or digest[:12],
                    text,
                    len(text),
                    digest,
                    record.get("encoding"),
                    json.dumps(meta, ensure_ascii=False),
                    now,
                ),
            ).lastrowid
            document_state.set_status(conn, doc_id, "in_progress", now)
            new = True
        added = 0
        ids: dict[object, int] = {}  # the record's span ids -> this project's
        for s in record.get("spans", ()):
            label_id = labels.get(s["label"])
            if label_id is None:
                raise LabelError(f"no label called {s['label']!r} (merge adds labels first)")
            who = s.get("annotator") or default_annotator
            cur = conn.execute(
                "INSERT OR IGNORE INTO spans (document_id, start, end, label_id, annotator, "
                "note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    s["start"],
                    s["end"],
                    label_id,
                    who,
                    s.get("note"),
                    s.get("created_at") or now,
                ),
            )
            if cur.rowcount:
                added += 1
                span_id = cur.lastrowid
                self._merge_span_details(conn, span_id, label_id, s)
            else:
                span_id = conn.execute(
                    "SELECT id FROM spans WHERE document_id = ? AND start = ? AND end = ? "
                    "AND label_id = ? AND ifnull(annotator, '') = ?",
                    (doc_id, s["start"], s["end"], label_id, who),
                ).fetchone()[0]
            if "id" in s:
                ids[s["id"]] = span_id
        relations = self._merge_relations(conn, doc_id, record, ids, default_annotator, now)
        return MergedDocument(doc_id, new, added, relations)

    def _merge_relations(self, conn, doc_id, record, ids, default_annotator, now) -> int:
        """Relations of a merged record, between the spans ``ids`` maps; a relation type the
        project lacks comes over (``merge.py`` adds the inputs' types first, colours kept)."""
        added = 0
        types = dict(conn.execute("SELECT name, id FROM relation_types"))
        for r in record.get("relations") or ():
            head, tail = ids.get(r.get("from")), ids.get(r.get("to"))
            if head is None or tail is None or head == tail:
                continue
            type_id = types.get(r.get("type"))
            if type_id is None:
                type_id = conn.execute(
                    "INSERT INTO relation_types (name, color, position) VALUES "
                    "(?, '#777777', (SELECT coalesce(max(position), -1) + 1 FROM relation_types))",
                    (r["type"],),
                ).lastrowid
                types[r["type"]] = type_id
            cur = conn.execute(
                "INSERT OR IGNORE INTO relations (document_id, from_span_id, to_span_id, type_id, "
                "annotator, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    head,
                    tail,
                    type_id,
                    r.get("annotator") or default_annotator,
                    r.get("created_at") or now,
                ),
            )
            added += cur.rowcount
        return added

    def _merge_span_details(self, conn, span_id: int, label_id: int, span: dict) -> None:
        """A merged span's uncertain flag and attribute values (values the label declares)."""
        if span.get("uncertain"):
            conn.execute("UPDATE spans SET uncertain = 1 WHERE id = ?", (span_id,))
        for name, value in (span.get("attributes") or {}).items():
            conn.execute(
                "INSERT OR IGNORE INTO span_attributes (span_id, attribute_id, value) "
                "SELECT ?, a.id, v.value FROM attributes a JOIN attribute_values v "
                "ON v.attribute_id = a.id WHERE a.label_id = ? AND a.name = ? AND v.value = ?",
                (span_id, label_id, name, value),
            )

    # --- adjudication --------------------------------------------------------------------

    def decisions(self, document_id: int) -> list[Decision]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, document_id, start, end, choice, versions, span_ids, decided_by, "
                "decided_at FROM decisions WHERE document_id = ? ORDER BY start, id",
                (document_id,),
            ).fetchall()
        return [_decision(row) for row in rows]

    def decide(
        self,
        document_id: int,
        start: int,
        end: int,
        choice: str,
        versions: dict[str, tuple[SpanKey, ...]],
        gold: tuple[SpanKey, ...],
    ) -> Decision:
        """Record a decision and put its spans in the gold layer, in one transaction.

        A gold span that is already there is kept, not duplicated.
        """
        from ..curation import GOLD

        for s, e, _ in gold:
            self.validate_span(document_id, s, e)
        now = utc_now()
        with self._write() as conn:
            if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone():
                raise DocumentError(f"no document with id {document_id}")
            labels = dict(conn.execute("SELECT name, id FROM labels"))
            added = []
            for s, e, label in gold:
                if label not in labels:
                    raise LabelError(f"no label called {label!r}")
                cur = conn.execute(
                    "INSERT OR IGNORE INTO spans (document_id, start, end, label_id, annotator, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (document_id, s, e, labels[label], GOLD, now),
                )
                if cur.rowcount:
                    added.append(cur.lastrowid)
            shown = {name: [list(k) for k in keys] for name, keys in versions.items()}
            cur = conn.execute(
                "INSERT INTO decisions (document_id, start, end, choice, versions, span_ids, "
                "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    start,
                    end,
                    choice,
                    json.dumps(shown, ensure_ascii=False),
                    json.dumps(added),
                    self.annotator,
                    now,
                ),
            )
            row = conn.execute(
                "SELECT id, document_id, start, end, choice, versions, span_ids, decided_by, "
                "decided_at FROM decisions WHERE id = ?",
                (cur.lastrowid,),
            ).fetchone()
        return _decision(row)

    def undo_decision(self, decision_id: int) -> Decision:
        """Take a decision back: its record and the gold spans it added go, together."""
        from ..curation import GOLD

        with self._write() as conn:
            row = conn.execute(
                "SELECT id, document_id, start, end, choice, versions, span_ids, decided_by, "
                "decided_at FROM decisions WHERE id = ?",
                (decision_id,),
            ).fetchone()
            if row is None:
                raise DocumentError(f"no decision with id {decision_id}")
            decision = _decision(row)
            conn.executemany(
                "DELETE FROM spans WHERE id = ? AND annotator = ?",
                [(i, GOLD) for i in decision.span_ids],
            )
            conn.execute("DELETE FROM decisions WHERE id = ?", (decision_id,))
        return decision


def _decision(row: tuple) -> Decision:
    return Decision(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        json.loads(row[5]),
        tuple(json.loads(row[6])),
        row[7],
        row[8],
    )


def exists(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'decisions'").fetchone())
