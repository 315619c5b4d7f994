"""Suggestions: proposed spans kept apart from spans (rules, imported predictions).

A suggestion is pending, rejected (remembered: the same range and label is not suggested
again), or accepted (``span_id`` names the span it became, with its origin in the span's
``meta``). Nothing here is exported: exports read spans only.

A claim suggestion found with its speaker names it (``link_id``). Accepting one end of such a
pair when the other end is already a span (accepted, or tagged by hand with exactly its range
and label) also links them, ``said`` from the claim to the speaker, in the same transaction:
undoing the accept deletes the span, and its link with it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from itertools import groupby
from operator import itemgetter

from ..errors import DocumentError, LabelError, ProjectError, SpanError
from ..model import Relation, Span, StoredSuggestion
from ..text import is_grapheme_boundary
from . import document_state
from .schema import MAX_LABEL_NAME
from .spans import span_in

from . import links  # isort: skip (after spans, which links reads)
from .transactions import Transactions, constraint, describe, utc_now

_COLUMNS = (
    "g.id, g.document_id, g.start, g.end, g.label, g.source, g.score, g.rejected, g.link_id, "
    "g.span_id"
)
# Rows a hostile file could hold that no version writes: left out rather than shown.
_SOUND = (
    "typeof(g.start) = 'integer' AND typeof(g.end) = 'integer' AND g.end <= :length "
    f"AND typeof(g.label) = 'text' AND length(g.label) <= {MAX_LABEL_NAME} "
    "AND typeof(g.source) = 'text'"
)
#: The relation an accepted claim/speaker pair gets, and its direction (claim -> speaker).
LINK_TYPE, LINK_FROM, LINK_TO = "said", "claim", "speaker"


class Suggestions(Transactions):
    """The suggestion methods of ``Project``."""

    _text: Callable[[int], str]  # a document's text, from ``Documents``
    _reader: Callable[[], sqlite3.Connection]  # a connection of its own, from ``Maintenance``
    annotator: str | None

    def add_suggestions(self, document_id: int, suggestions: Iterable, source: str = "") -> int:
        """Store suggestions (objects with ``start end label rule score link``) for a document;
        returns how many were new. Ones already there (pending, accepted or rejected) are
        kept as they are; ranges that do not fit the text or cut a character are left out.
        ``source`` overrides each one's ``rule`` (imported predictions).
        """
        return self.add_suggestions_of(
            [(document_id, self._text(document_id), suggestions)], source
        )

    def add_suggestions_of(
        self, documents: Iterable[tuple[int, str, Iterable]], source: str = ""
    ) -> int:
        """``add_suggestions`` for many documents, ``(id, its text, suggestions)`` each, in one
        transaction (the rules over a whole project store a hundred documents at a time)."""
        now = utc_now()
        prepared = [
            (document_id, *_rows(document_id, text, suggestions, source, now))
            for document_id, text, suggestions in documents
        ]
        added = 0
        with self._write() as conn:
            for document_id, rows, pairs in prepared:
                before = conn.total_changes
                conn.executemany(
                    "INSERT INTO suggestions (document_id, start, end, label, source, score, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (document_id, start, end, label) DO NOTHING",
                    rows,
                )
                added += conn.total_changes - before
                for (start, end), (s2, e2) in pairs:  # a claim's speaker, by its range
                    conn.execute(
                        "UPDATE suggestions SET link_id = (SELECT id FROM suggestions WHERE "
                        "document_id = ? AND start = ? AND end = ? AND label = ?) "
                        "WHERE document_id = ? AND start = ? AND end = ? AND label = ? "
                        "AND link_id IS NULL",
                        (document_id, s2, e2, LINK_TO, document_id, start, end, LINK_FROM),
                    )
        return added

    def suggestions(
        self,
        document_id: int,
        pending_only: bool = True,
        *,
        own_connection: bool = False,
        between: Callable[[], None] | None = None,
    ) -> list[StoredSuggestion]:
        """A document's suggestions in text order; by default only those still to triage.

        ``own_connection``: read on a connection of its own (a pool thread reading tens of
        thousands: the window's edits do not wait for it), calling ``between()`` after each
        few thousand (it may raise to stop the read).
        """
        if not own_connection:
            with self._read() as conn:
                rows = _suggestion_rows(conn, document_id, pending_only).fetchall()
                return [_row(r) for r in rows]
        conn = self._reader()
        found: list[StoredSuggestion] = []
        try:
            cursor = _suggestion_rows(conn, document_id, pending_only)
            while batch := cursor.fetchmany(5000):
                found += [_row(r) for r in batch]
                if between is not None:
                    between()
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path}: cannot read: {describe(e)}") from None
        finally:
            conn.close()
        return found

    def suggestion(self, suggestion_id: int) -> StoredSuggestion:
        with self._read() as conn:
            return _get(conn, suggestion_id)

    def suggestion_count(self) -> int:
        """Suggestions still to triage in the whole project."""
        with self._read() as conn:
            return conn.execute(
                "SELECT count(*) FROM suggestions WHERE rejected = 0 AND span_id IS NULL"
            ).fetchone()[0]

    def reject_suggestion(self, suggestion_id: int, rejected: bool = True) -> StoredSuggestion:
        """Reject a suggestion (or take the rejection back: the undo)."""
        with self._write() as conn:
            _get(conn, suggestion_id)
            conn.execute(
                "UPDATE suggestions SET rejected = ? WHERE id = ?", (int(rejected), suggestion_id)
            )
            return _get(conn, suggestion_id)

    def accept_suggestion(
        self,
        suggestion_id: int,
        label_id: int,
        *,
        span_id: int | None = None,
        relations: Iterable[Relation] | None = None,
    ) -> tuple[Span, list[Relation]]:
        """Make a suggestion a span (of ``label_id``: its own label or another) in one
        transaction; the span's ``meta`` records its origin. When it is one end of a claim
        and speaker pair whose other end is a span already, they are linked (``said``, claim
        -> speaker) in the same transaction. Returns the span and the relations made.

        A redo passes ``span_id`` and ``relations`` (what the undone accept made): the span
        and its links come back with their ids.
        """
        with self._read() as conn:
            s = _get(conn, suggestion_id)
        self.validate_span(s.document_id, s.start, s.end)
        now = utc_now()
        origin = {"suggestion": s.id, "source": s.source, "score": s.score, "label": s.label}
        try:
            with self._write() as conn:
                label = conn.execute("SELECT name FROM labels WHERE id = ?", (label_id,)).fetchone()
                if label is None:
                    raise LabelError(f"no label with id {label_id}")
                cur = conn.execute(
                    "INSERT INTO spans (id, document_id, start, end, label_id, annotator, meta, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        span_id,
                        s.document_id,
                        s.start,
                        s.end,
                        label_id,
                        self.annotator,
                        json.dumps({"origin": origin}, ensure_ascii=False),
                        now,
                    ),
                )
                span = span_in(conn, cur.lastrowid)
                conn.execute(
                    "UPDATE suggestions SET span_id = ?, rejected = 0 WHERE id = ?",
                    (span.id, s.id),
                )
                if relations is not None:
                    links.insert_relations(conn, relations)
                    made = links.relations_of_span(conn, span.id)
                else:
                    made = _link_pair(conn, s, span, self.annotator, now)
                document_state.mark_started(conn, s.document_id, now)
        except sqlite3.IntegrityError as e:
            if constraint(e) == sqlite3.SQLITE_CONSTRAINT_UNIQUE:
                raise SpanError(f"{s.start}–{s.end} is already tagged {label[0]!r}") from None
            if constraint(e) == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
                raise SpanError(f"span {span_id} already exists") from None
            raise
        return span, made

    def delete_span_rejecting_origin(self, span_id: int) -> tuple[Span, list[Relation], int | None]:
        """The analyst's Delete: a span and its relations go and, when the span was accepted
        from a suggestion, that suggestion is rejected in the same transaction, so it does
        not come back. Returns the span, its relations and the suggestion's id, for the
        undo (``restore_span``, then ``restore_origin``)."""
        with self._write() as conn:
            span = span_in(conn, span_id)
            relations = links.relations_of_span(conn, span_id)
            row = conn.execute(
                "SELECT id FROM suggestions WHERE span_id = ?", (span_id,)
            ).fetchone()
            if row is not None:
                conn.execute("UPDATE suggestions SET rejected = 1 WHERE id = ?", (row[0],))
            conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
        return span, relations, row[0] if row else None

    def restore_origin(self, suggestion_id: int, span_id: int) -> None:
        """Undo of ``delete_span_rejecting_origin``: the suggestion is the restored span's
        origin again, no longer rejected."""
        with self._write() as conn:
            conn.execute(
                "UPDATE suggestions SET span_id = ?, rejected = 0 WHERE id = ?",
                (span_id, suggestion_id),
            )

    def suggestion_origin(self, span_id: int) -> StoredSuggestion | None:
        """The suggestion a span was accepted from, if it was."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM suggestions g WHERE g.span_id = ?", (span_id,)
            ).fetchone()
        return _row(row) if row else None

    def tagged_texts(self, label: str) -> list[str]:
        """Every distinct text tagged ``label`` in the project ("label all occurrences").

        Read on a connection of its own (the app asks on a pool thread): it reads every
        such document's text, and the edits made meanwhile do not wait for it.
        """
        # Each document's text is read once and cut here: SQLite's substr() per span read
        # the whole row again and walked its UTF-8 from the start (6 s for the 2,000
        # locations of a 1 MiB article).
        conn = self._reader()
        found: set[str] = set()
        try:
            ranges = conn.execute(
                "SELECT s.document_id, s.start, s.end FROM spans s "
                "JOIN labels l ON l.id = s.label_id WHERE l.name = ? ORDER BY s.document_id",
                (label,),
            ).fetchall()
            for document_id, group in groupby(ranges, key=itemgetter(0)):
                row = conn.execute(
                    "SELECT text FROM documents WHERE id = ?", (document_id,)
                ).fetchone()
                text = row[0] if row else None
                if isinstance(text, str):
                    found.update(text[start:end] for _, start, end in group)
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path}: cannot read: {describe(e)}") from None
        finally:
            conn.close()
        return sorted(found)


def _suggestion_rows(
    conn: sqlite3.Connection, document_id: int, pending_only: bool
) -> sqlite3.Cursor:
    where = "AND g.rejected = 0 AND g.span_id IS NULL" if pending_only else ""
    # The length from the summary index, once: read from the row, it walks the text's
    # overflow pages (a long article), once per suggestion.
    length = conn.execute(
        "SELECT length FROM documents INDEXED BY documents_summary WHERE id = ?",
        (document_id,),
    ).fetchone()
    return conn.execute(
        f"SELECT {_COLUMNS} FROM suggestions g "
        f"WHERE g.document_id = :document AND {_SOUND} {where} "
        "ORDER BY g.start, g.end DESC, g.label",
        {"document": document_id, "length": length[0] if length else -1},
    )


def _rows(document_id: int, text: str, suggestions: Iterable, source: str, now: str):
    """The rows to insert for one document's suggestions, and its (claim, speaker) ranges;
    ranges that do not fit the text or cut a character are left out."""
    rows, pairs = [], []
    for s in suggestions:
        start, end, label = s.start, s.end, str(s.label)
        if not (
            isinstance(start, int)
            and isinstance(end, int)
            and 0 <= start < end <= len(text)
            and 0 < len(label) <= MAX_LABEL_NAME
        ):
            continue
        if not (is_grapheme_boundary(text, start) and is_grapheme_boundary(text, end)):
            continue
        score = s.score if isinstance(s.score, (int, float)) else None
        rows.append((document_id, start, end, label, source or s.rule, score, now))
        link = getattr(s, "link", None)
        if link and label == LINK_FROM:
            pairs.append(((start, end), tuple(link)))
    return rows, pairs


def _partner_spans(
    conn: sqlite3.Connection, partner: StoredSuggestion, label: str, document_id: int
) -> list[int]:
    """The spans standing for the other end of a pair: the span it was accepted as, else spans
    tagged by hand with exactly its range and ``label``; only in ``document_id`` (a file
    whose suggestions link across documents gets no link from them)."""
    if partner.document_id != document_id:
        return []
    if partner.span_id is not None:
        rows = conn.execute(
            "SELECT s.id FROM spans s JOIN labels l ON l.id = s.label_id "
            "WHERE s.id = ? AND l.name = ? AND s.document_id = ?",
            (partner.span_id, label, document_id),
        ).fetchall()
    elif partner.rejected:
        return []
    else:
        rows = conn.execute(
            "SELECT s.id FROM spans s JOIN labels l ON l.id = s.label_id "
            "WHERE s.document_id = ? AND s.start = ? AND s.end = ? AND l.name = ? ORDER BY s.id",
            (partner.document_id, partner.start, partner.end, label),
        ).fetchall()
    return [r[0] for r in rows]


def _link_pair(
    conn: sqlite3.Connection, s: StoredSuggestion, span: Span, annotator: str | None, now: str
) -> list[Relation]:
    """Link a just-accepted span to the other end of its claim/speaker pair (see the module
    docstring); nothing when it was accepted under a label the relation does not join."""
    rtype = next((t for t in links.relation_types(conn) if t.name == LINK_TYPE), None)
    if rtype is None or not rtype.joins(LINK_FROM, LINK_TO):
        return []  # the team renamed the type or made it join other labels
    pairs: list[tuple[int, int]] = []
    if span.label == LINK_FROM and s.label == LINK_FROM and s.link_id is not None:
        speaker = _get(conn, s.link_id)
        found = _partner_spans(conn, speaker, LINK_TO, s.document_id)
        pairs += [(span.id, to) for to in found[:1]]
    elif span.label == LINK_TO and s.label == LINK_TO:
        claims = conn.execute(
            f"SELECT {_COLUMNS} FROM suggestions g WHERE g.link_id = ? AND g.label = ?",
            (s.id, LINK_FROM),
        ).fetchall()
        for claim in map(_row, claims):
            found = _partner_spans(conn, claim, LINK_FROM, s.document_id)
            pairs += [(c, span.id) for c in found[:1]]
    made = []
    for a, b in pairs:
        cur = conn.execute(
            "INSERT OR IGNORE INTO relations (document_id, from_span_id, to_span_id, type_id, "
            "annotator, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (s.document_id, a, b, rtype.id, annotator, now),
        )
        if cur.rowcount:
            made.append(links.relation_in(conn, cur.lastrowid))
    return made


def _row(row) -> StoredSuggestion:
    return StoredSuggestion(*row[:7], bool(row[7]), row[8], row[9])


def _get(conn: sqlite3.Connection, suggestion_id: int) -> StoredSuggestion:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM suggestions g WHERE g.id = ?", (suggestion_id,)
    ).fetchone()
    if row is None:
        raise DocumentError(f"no suggestion with id {suggestion_id}")
    return _row(row)
