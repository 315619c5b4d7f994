"""Labels: the tag set of a project, in display order, with colours and keys."""

from __future__ import annotations

import sqlite3

from ..data_classes import data_class
from ..errors import LabelError, UntrustedProjectError
from ..labels import name_problem, validate_color
from ..model import Label
from .schema import COLOR, MAX_LABEL_NAME
from .transactions import Transactions


class Labels(Transactions):
    """The label methods of ``Project``."""

    def labels(self) -> list[Label]:
        """The label set, in display order."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, name, color, key, letter, position FROM labels ORDER BY position, id"
            ).fetchall()
        for row in rows:  # validated where they enter: a colour goes into style sheets
            if not isinstance(row[2], str) or not COLOR.fullmatch(row[2]):
                raise UntrustedProjectError(
                    f"{self.path}: label {row[0]} has the colour {str(row[2])[:40]!r}, "
                    "not #rrggbb; the file was changed outside annotator"
                )
            if not isinstance(row[1], str) or not 0 < len(row[1]) <= MAX_LABEL_NAME:
                raise UntrustedProjectError(
                    f"{self.path}: label {row[0]} has a name that is empty or too long; "
                    "the file was changed outside annotator"
                )
        return [Label(*row) for row in rows]

    def label(self, label_id: int) -> Label:
        for label in self.labels():
            if label.id == label_id:
                return label
        raise LabelError(f"no label with id {label_id}")

    def label_by_name(self, name: str) -> Label | None:
        return next((label for label in self.labels() if label.name == name), None)

    def add_label(
        self, name: str, color: str, key: str | None = None, letter: str | None = None
    ) -> Label:
        """Add a label at the end of the set."""
        name, color, key, letter = self._check_label(None, name, color, key, letter)
        with self._write() as conn:
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM labels"
            ).fetchone()[0]
            cur = conn.execute(
                "INSERT INTO labels (name, color, key, letter, position) VALUES (?, ?, ?, ?, ?)",
                (name, color, key, letter, position),
            )
            return Label(cur.lastrowid, name, color, key, letter, position)

    def update_label(self, label_id: int, **changes) -> Label:
        """Rename, recolour or re-key a label: ``name=``, ``color=``, ``key=``, ``letter=``."""
        old = self.label(label_id)
        unknown = set(changes) - {"name", "color", "key", "letter"}
        if unknown:
            raise TypeError(f"unknown label fields: {sorted(unknown)}")
        merged = {
            "name": old.name,
            "color": old.color,
            "key": old.key,
            "letter": old.letter,
            **changes,
        }
        name, color, key, letter = self._check_label(
            label_id, merged["name"], merged["color"], merged["key"], merged["letter"]
        )
        with self._write() as conn:
            conn.execute(
                "UPDATE labels SET name = ?, color = ?, key = ?, letter = ? WHERE id = ?",
                (name, color, key, letter, label_id),
            )
        return Label(label_id, name, color, key, letter, old.position)

    def delete_label(self, label_id: int) -> None:
        """Remove a label that no span uses."""
        with self._write() as conn:
            used = conn.execute(
                "SELECT count(*) FROM spans WHERE label_id = ?", (label_id,)
            ).fetchone()[0]
            if used:
                if used == 1:
                    raise LabelError("the label is used by 1 span; relabel or delete it first")
                raise LabelError(f"the label is used by {used} spans; relabel or delete them first")
            conn.execute("DELETE FROM labels WHERE id = ?", (label_id,))

    def label_usage(self, label_id: int) -> tuple[int, int]:
        """(spans, documents) that use a label."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT count(*), count(DISTINCT document_id) FROM spans WHERE label_id = ?",
                (label_id,),
            ).fetchone()
        return row[0], row[1]

    def remove_label(self, label_id: int) -> RemovedLabel:
        """Remove a label, its spans and what refers to them (relations), in one
        transaction; returns all of it, for ``restore_label`` (undo)."""
        with self._write() as conn:
            saved = _rows_from(conn, "labels", [label_id])
            if not saved[0][2]:
                raise LabelError(f"no label with id {label_id}")
            for table, _columns, rows in reversed(saved):
                key = [row[0] for row in rows]  # the id column comes first (SELECT id, *)
                conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(k,) for k in key])
        label = Label(*saved[0][2][0][1:7])
        spans = next((len(rows) for table, _, rows in saved if table == "spans"), 0)
        return RemovedLabel(label, tuple(saved), spans)

    def restore_label(self, removed: RemovedLabel) -> Label:
        """Put back a removed label with its id, its spans and relations (undo of a remove)."""
        try:
            with self._write() as conn:
                for table, columns, rows in removed.rows:
                    names = ", ".join(columns)
                    marks = ", ".join("?" * len(columns))
                    conn.executemany(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})", [r[1:] for r in rows]
                    )
        except sqlite3.IntegrityError:
            raise LabelError(
                f"the label {removed.label.name!r} cannot be put back: its name or key is "
                "taken by another label now"
            ) from None
        return removed.label

    def _check_label(self, label_id, name, color, key, letter):
        name = (name or "").strip()
        if not name:
            raise LabelError("a label needs a name")
        if len(name) > MAX_LABEL_NAME:
            raise LabelError(f"a label's name is at most {MAX_LABEL_NAME} characters")
        others = [label for label in self.labels() if label.id != label_id]
        renamed = label_id is None or name != self.label(label_id).name
        # A name is judged when it is given: a label of an older file keeps its own.
        problem = renamed and name_problem(name, [label.name for label in others])
        if problem:
            raise LabelError(problem)
        color = validate_color(color)
        # Keys are compared without case (the app's shortcuts are), and are letters or digits:
        # punctuation keys such as ] and [ belong to the app's own commands.
        key = (key or None) and key.lower()
        letter = (letter or None) and letter.lower()
        for value, what in ((key, "key"), (letter, "letter")):
            if value is not None and (len(value) != 1 or not value.isalnum()):
                raise LabelError(f"a label's {what} is one letter or digit, not {value!r}")
        if key is not None and letter is not None and key == letter:
            raise LabelError("a label's key and letter must differ")
        for other in others:
            if other.name == name:
                raise LabelError(f"there is already a label called {name!r}")
            taken = {other.key, other.letter} - {None}
            for value in (key, letter):
                if value is not None and value in taken:
                    raise LabelError(f"the key {value!r} already tags {other.name!r}")
        with self._read() as conn:
            for attribute, owner, used in conn.execute(
                "SELECT a.name, l.name, a.key FROM attributes a JOIN labels l ON l.id = a.label_id "
                "WHERE a.key IS NOT NULL"
            ):
                if used in (key, letter):
                    raise LabelError(f"the key {used!r} already sets {attribute!r} of {owner!r}")
        return name, color, key, letter


@data_class
class RemovedLabel:
    """What ``remove_label`` took out: ``rows`` as (table, columns, rows) in the order to
    put them back (the label, its spans, then what refers to the spans)."""

    label: Label
    rows: tuple[tuple[str, tuple[str, ...], list[tuple]], ...]
    span_count: int

    def __init__(
        self,
        label: Label,
        rows: tuple[tuple[str, tuple[str, ...], list[tuple]], ...],
        span_count: int,
    ) -> None:
        d = self.__dict__
        d["label"] = label
        d["rows"] = rows
        d["span_count"] = span_count


def _rows_from(
    conn: sqlite3.Connection, table: str, ids: list[int]
) -> list[tuple[str, tuple[str, ...], list[tuple]]]:
    """The rows of ``table`` with these ids, then, table by table, every row that refers to
    them through a foreign key (found in the schema, so tables added later come along)."""
    out = []
    wanted = [(table, "id", ids)]
    while wanted:
        name, column, values = wanted.pop(0)
        if not values:
            continue
        marks = ", ".join("?" * len(values))
        cur = conn.execute(
            f"SELECT rowid, * FROM {name} WHERE {column} IN ({marks})",
            values,  # table and column names come from the schema itself, never from input
        )
        columns = tuple(d[0] for d in cur.description[1:])
        rows = cur.fetchall()
        out.append((name, columns, rows))
        ids_here = [row[1 + columns.index("id")] for row in rows] if "id" in columns else []
        for other, other_column in _referrers(conn, name):
            wanted.append((other, other_column, ids_here))
    return out


def _referrers(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign key refers to ``table``."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    found = []
    for other in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({other})"):
            if fk[2] == table:
                found.append((other, fk[3]))
    return found
