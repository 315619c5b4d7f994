"""Relations and attributes on an open connection (inside the caller's read or write):
shared by the span, relation, attribute and document methods of ``Project``, and by the
importers' bulk insert (``ImportedLinks``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ..errors import LabelError, SpanError
from ..model import Attribute, Relation, RelationType

RELATION_COLUMNS = (
    "r.id, r.document_id, r.from_span_id, r.to_span_id, t.name, r.annotator, r.created_at, t.id"
)
#: ``RELATION_COLUMNS`` for an export, the annotator and time read as text (as spans').
EXPORT_RELATION_COLUMNS = RELATION_COLUMNS.replace(
    "r.annotator, r.created_at", "CAST(r.annotator AS TEXT), CAST(r.created_at AS TEXT)"
)


def relation_in(conn: sqlite3.Connection, relation_id: int) -> Relation:
    row = conn.execute(
        f"SELECT {RELATION_COLUMNS} FROM relations r JOIN relation_types t ON t.id = r.type_id "
        "WHERE r.id = ?",
        (relation_id,),
    ).fetchone()
    if row is None:
        raise SpanError(f"no relation with id {relation_id}")
    return Relation(*row)


def relations_of_span(conn: sqlite3.Connection, span_id: int) -> list[Relation]:
    rows = conn.execute(
        f"SELECT {RELATION_COLUMNS} FROM relations r JOIN relation_types t ON t.id = r.type_id "
        "WHERE r.from_span_id = ? OR r.to_span_id = ? ORDER BY r.id",
        (span_id, span_id),
    ).fetchall()
    return [Relation(*row) for row in rows]


def relation_types(conn: sqlite3.Connection) -> list[RelationType]:
    ends: dict[tuple[int, str], list[str]] = {}
    for type_id, side, name in conn.execute(
        "SELECT rl.type_id, rl.side, l.name FROM relation_type_labels rl "
        "JOIN labels l ON l.id = rl.label_id ORDER BY l.position, l.id"
    ):
        ends.setdefault((type_id, side), []).append(name)
    return [
        RelationType(
            type_id,
            name,
            color,
            tuple(ends.get((type_id, "from"), ())),
            tuple(ends.get((type_id, "to"), ())),
            position,
        )
        for type_id, name, color, position in conn.execute(
            "SELECT id, name, color, position FROM relation_types ORDER BY position, id"
        )
    ]


def set_type_labels(
    conn: sqlite3.Connection, type_id: int, from_labels: Iterable[str], to_labels: Iterable[str]
) -> None:
    labels = dict(conn.execute("SELECT name, id FROM labels"))
    conn.execute("DELETE FROM relation_type_labels WHERE type_id = ?", (type_id,))
    for side, names in (("from", from_labels), ("to", to_labels)):
        for name in dict.fromkeys(names):
            if name not in labels:
                raise LabelError(f"no label called {name!r}")
            conn.execute(
                "INSERT INTO relation_type_labels (type_id, side, label_id) VALUES (?, ?, ?)",
                (type_id, side, labels[name]),
            )


def check_type_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise SpanError("a relation type needs a name")
    return name


def attributes(conn: sqlite3.Connection) -> list[Attribute]:
    values: dict[int, list[str]] = {}
    for attribute_id, value in conn.execute(
        "SELECT attribute_id, value FROM attribute_values ORDER BY attribute_id, position, value"
    ):
        values.setdefault(attribute_id, []).append(value)
    return [
        Attribute(attribute_id, label, name, tuple(values.get(attribute_id, ())), key, label_id)
        for attribute_id, label, name, key, label_id in conn.execute(
            "SELECT a.id, l.name, a.name, a.key, l.id FROM attributes a "
            "JOIN labels l ON l.id = a.label_id ORDER BY l.position, l.id, a.position, a.id"
        )
    ]


def check_attribute_key(
    conn: sqlite3.Connection, key: str | None, label_id: int, attribute_id: int | None
) -> str | None:
    """An attribute's key: one letter or digit, no label's key or letter, and no other
    attribute's key on the same label (attributes of different labels may share one: the
    key acts on the current span, whose label says which attribute it means)."""
    key = (key or None) and key.lower()
    if key is None:
        return None
    if len(key) != 1 or not key.isalnum():
        raise SpanError(f"an attribute's key is one letter or digit, not {key!r}")
    taken = conn.execute(
        "SELECT name FROM labels WHERE key = ? OR letter = ?", (key, key)
    ).fetchone()
    if taken:
        raise SpanError(f"the key {key!r} already tags {taken[0]!r}")
    same = conn.execute(
        "SELECT name FROM attributes WHERE label_id = ? AND key = ? AND id IS NOT ?",
        (label_id, key, attribute_id),
    ).fetchone()
    if same:
        raise SpanError(f"the key {key!r} already sets {same[0]!r}")
    return key


def insert_span_extras(
    conn: sqlite3.Connection,
    span_id: int,
    label_id: int,
    uncertain: bool,
    attributes: dict[str, str] | None,
) -> None:
    """Store a new span's flag and attribute values (each declared for its label)."""
    if uncertain:
        conn.execute("UPDATE spans SET uncertain = 1 WHERE id = ?", (span_id,))
    if not attributes:
        return
    declared = dict(conn.execute("SELECT name, id FROM attributes WHERE label_id = ?", (label_id,)))
    for name, value in attributes.items():
        if name not in declared:
            raise SpanError(f"the span's label has no attribute {name!r}")
        try:
            conn.execute(
                "INSERT INTO span_attributes (span_id, attribute_id, value) VALUES (?, ?, ?)",
                (span_id, declared[name], value),
            )
        except sqlite3.IntegrityError:
            raise SpanError(f"{value!r} is not a value of {name!r}") from None


def insert_relations(conn: sqlite3.Connection, relations: Iterable[Relation]) -> None:
    """Put relations back as they were (ids, types by id), inside the caller's transaction."""
    for r in relations:
        conn.execute(
            "INSERT INTO relations (id, document_id, from_span_id, to_span_id, type_id, "
            "annotator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (r.id, r.document_id, r.from_span, r.to_span, r.type_id, r.annotator, r.created_at),
        )


class Merged:
    """Rows of a cursor ordered by document id, taken one document at a time."""

    def __init__(self, cursor: sqlite3.Cursor):
        self._cursor = cursor
        self._pending = cursor.fetchone()

    def take(self, document_id: int) -> list[tuple]:
        out = []
        while self._pending is not None and self._pending[0] < document_id:
            self._pending = self._cursor.fetchone()  # rows of a deleted document
        while self._pending is not None and self._pending[0] == document_id:
            out.append(self._pending[1:])
            self._pending = self._cursor.fetchone()
        return out


def span_row_dict(row: Sequence) -> dict:
    """An exported span (``Relations.export_snapshot``) from a row of ``SPAN_COLUMNS``: the
    ``Span`` that ``span_from_row`` would make, as a dict of the exported fields, without
    making it (an export turns a million rows into dicts, and the ``Span`` cost as much as
    the dict)."""
    attributes = row[10]
    return {
        "id": row[0],
        "start": row[2],
        "end": row[3],
        "label": row[5],
        "annotator": row[6],
        "created_at": row[7],
        "note": row[8],
        "uncertain": bool(row[9]),
        "attributes": json.loads(attributes) if attributes and attributes != "{}" else {},
    }


def relation_dict(relation: Relation) -> dict:
    return {
        "id": relation.id,
        "from": relation.from_span,
        "to": relation.to_span,
        "type": relation.type,
        "annotator": relation.annotator,
        "created_at": relation.created_at,
    }


class _Ids:
    """Ids for imported rows of an AUTOINCREMENT table, one record at a time: a record's own
    id when no row of the table ever had it and this import has not given it yet, else a new
    one (so an undo that names an old id never reaches an imported row)."""

    def __init__(self, conn: sqlite3.Connection, table: str):
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
        self._used = max(
            row[0] if row else 0,
            conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0],
        )
        self._given: set[int] = set()
        self._next = self._used + 1
        self._since: list[int] | None = None  # given since ``mark``
        self._marked_next = self._next

    def take(self, wanted: object) -> int:
        if (
            isinstance(wanted, int)
            and not isinstance(wanted, bool)
            and self._used < wanted < 2**62
            and wanted not in self._given
        ):
            given = wanted
        else:
            while self._next in self._given:
                self._next += 1
            given = self._next
        self._given.add(given)
        if self._since is not None:
            self._since.append(given)
        return given

    def mark(self) -> None:
        """Remember the ids given from now on, for ``undo`` (a file's savepoint)."""
        self._since, self._marked_next = [], self._next

    def undo(self) -> None:
        """Give back the ids given since ``mark``: their rows were rolled back."""
        self._given.difference_update(self._since or ())
        self._since, self._next = [], self._marked_next


class ImportedLinks:
    """The ids, attribute values and relations of imported spans, inside an import's
    transaction (``Project.add_documents``)."""

    def __init__(self, conn: sqlite3.Connection, create_types: bool):
        self._conn = conn
        self._span_ids = _Ids(conn, "spans")
        self._relation_ids = _Ids(conn, "relations")
        self._types = {t.name: t.id for t in relation_types(conn)}
        self._create_types = create_types
        self._declared: dict[tuple[int, str], tuple[int, set[str]]] = {}
        for a in attributes(conn):
            self._declared[(a.label_id, a.name)] = (a.id, set(a.values))
        self._attribute_rows: list[tuple] = []
        self._relation_rows: list[tuple] = []
        self._new_types: list[str] = []  # created since ``mark``

    def span_id(self, wanted: object) -> int:
        return self._span_ids.take(wanted)

    def mark(self) -> None:
        """Start a file of an import that may be taken back (``undo``)."""
        self.flush()
        self._span_ids.mark()
        self._relation_ids.mark()
        self._new_types = []

    def undo(self) -> None:
        """Forget what was gathered and given since ``mark`` (its rows were rolled back)."""
        self._attribute_rows, self._relation_rows = [], []
        self._span_ids.undo()
        self._relation_ids.undo()
        for name in self._new_types:
            self._types.pop(name, None)
        self._new_types = []

    def add_attributes(self, span_id: int, label_id: int, span: dict, where: str) -> None:
        for name, value in (span.get("attributes") or {}).items():
            declared = self._declared.get((label_id, name))
            if declared is None:
                raise SpanError(
                    f"{where}: a {span['label']} span has no attribute {name!r} in this project"
                )
            if value not in declared[1]:
                raise SpanError(
                    f"{where}: {value!r} is not a value of {name!r} "
                    f"(one of {', '.join(sorted(declared[1]))})"
                )
            self._attribute_rows.append((span_id, declared[0], value))

    def add_relations(self, doc_id: int, refs: dict, rec: dict, now: str) -> None:
        for r in rec.get("relations", ()):
            type_id = self._types.get(r["type"])
            if type_id is None:
                if not self._create_types:
                    raise SpanError(
                        f"{rec['name']}: unknown relation type {r['type']!r} "
                        "(use --create-labels to add it)"
                    )
                position = len(self._types)
                type_id = self._conn.execute(
                    "INSERT INTO relation_types (name, color, position) VALUES (?, '#777777', ?)",
                    (r["type"], position),
                ).lastrowid
                self._types[r["type"]] = type_id
                self._new_types.append(r["type"])
            self._relation_rows.append(
                (
                    self._relation_ids.take(r.get("id")),
                    doc_id,
                    refs[r["from"]],
                    refs[r["to"]],
                    type_id,
                    r.get("annotator"),
                    r.get("created_at") or now,
                )
            )

    def flush(self) -> None:
        """Write what was gathered (after the spans it names are in)."""
        if not self._attribute_rows and not self._relation_rows:
            return  # the usual case: called per file of an import
        self._conn.executemany(
            "INSERT INTO span_attributes (span_id, attribute_id, value) VALUES (?, ?, ?)",
            self._attribute_rows,
        )
        try:
            self._conn.executemany(
                "INSERT INTO relations (id, document_id, from_span_id, to_span_id, type_id, "
                "annotator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                self._relation_rows,
            )
        except sqlite3.IntegrityError:
            raise SpanError("an imported record links the same two spans twice") from None
        self._attribute_rows, self._relation_rows = [], []
