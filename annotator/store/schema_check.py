"""Comparing an open project file with this version's schema (``schema``): the tables the app
needs, schema objects that are not ours (a trigger or view could run behind the app's back),
values no version writes, and everything ``annotator check`` reports.

Reads ``schema``'s names at call time (``schema.VERSION``), as the migration tests set them.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path

from ..errors import ProjectError
from . import schema


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """Check that the tables we need are there (raises ``ProjectError``)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    wanted = {t for t in schema.EXPECTED_COLUMNS if schema.ADDED_IN.get(t, 0) <= version}
    missing = wanted - tables
    if missing:
        raise ProjectError(
            f"{path}: the project file is damaged (missing tables: {', '.join(sorted(missing))})"
        )


#: The words (``_words``) of every trigger, view and virtual table this version creates:
#: what ``untrusted`` compares a file's with at every opening. Written out rather than read
#: back from the schema built in memory (``_expected_schema``: 8-10 M instructions, ~1 % of
#: the time to the first frame); a test checks it against that build.
RUNNABLE_SQL = {
    "search_index": "CREATE VIRTUAL TABLE search_index USING fts5(body, content='', "
    "tokenize='trigram')",
}


def untrusted(conn: sqlite3.Connection) -> list[str]:
    """Schema objects that could run code or change data behind the app's back, as phrases.

    This version writes no trigger and no view, so any is foreign (a trigger can delete
    every span during a search; ``trusted_schema=OFF`` stops the functions it would call,
    not the trigger). The search index must be this version's own virtual table.
    """
    expected = RUNNABLE_SQL
    found = []
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        if kind in ("trigger", "view") and expected.get(name) != _words(sql):
            found.append(f"{kind} {name}")
        elif kind == "table" and _CONFLICT_CLAUSE.search(_COMMENT.sub(" ", sql or "")):
            # ON CONFLICT REPLACE on a UNIQUE: a tag deletes the span it collides with.
            found.append(f"table {name} with a conflict clause")
        elif name == "search_index" and _words(sql) != expected["search_index"]:
            found.append("a search_index table that is not this version's")
    return found


#: A conflict clause in a table's definition (this version writes none); comments first
#: become spaces, so ``ON/**/CONFLICT`` is found too.
_CONFLICT_CLAUSE = re.compile(r"\bON\s+CONFLICT\b", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?(\*/|$)|--[^\n]*", re.DOTALL)


def _words(sql: str | None) -> str:
    return " ".join((sql or "").replace("IF NOT EXISTS ", "").split())


@functools.cache
def _expected_schema() -> tuple[tuple[str, str, str | None], ...]:
    """(type, name, sql) of every schema object this version creates, FTS5's own shadow
    tables included: the tables created in memory and read back (without the file's
    identity, whose uuid import cost every start-up ~1 % of its time to the first frame)."""
    conn = sqlite3.connect(":memory:")
    try:
        schema.create_tables(conn)
        return tuple(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        conn.close()


def runnable_sql() -> dict[str, str]:
    """``RUNNABLE_SQL`` as the schema built in memory gives it (what the test compares)."""
    return {
        name: _words(sql)
        for kind, name, sql in _expected_schema()
        if kind in ("trigger", "view") or (sql or "").startswith("CREATE VIRTUAL TABLE")
    }


def value_problems(conn: sqlite3.Connection) -> list[str]:
    """Values no version of the app writes, which the app would show or use, as sentences:
    label and relation-type colours that are not ``#rrggbb``, names that are not text or
    past their bounds, keys that are not one character (labels', attributes'), attribute
    values that are not text, spans outside their text. Read at every opening: the small
    tables whole, the large ones through a bounded query."""
    found = []
    for label_id, name, color, key, letter in conn.execute(
        "SELECT id, name, color, key, letter FROM labels"
    ):
        if not isinstance(color, str) or not schema.COLOR.fullmatch(color):
            found.append(f"label {label_id} has the colour {str(color)[:40]!r}, not #rrggbb")
        if not isinstance(name, str) or not 0 < len(name) <= schema.MAX_LABEL_NAME:
            found.append(f"label {label_id} has a name that is empty or too long")
        for what, value in (("key", key), ("letter", letter)):
            if value is not None and (not isinstance(value, str) or len(value) != 1):
                found.append(f"label {label_id} has a {what} that is not one character")
    if conn.execute("PRAGMA user_version").fetchone()[0] >= schema.ADDED_IN["attributes"]:
        found += _type_and_attribute_problems(conn)  # (a file before schema 5 has none)
    for (doc_id,) in conn.execute(
        "SELECT id FROM documents WHERE typeof(name) != 'text' OR length(name) > ? LIMIT 5",
        (schema.MAX_DOCUMENT_NAME,),
    ):
        found.append(f"document {doc_id} has a name that is not text or is too long")
    for span_id, doc_id in conn.execute(
        # Document by document (CROSS JOIN: in this order), its length read once from the
        # documents_summary index rather than once a span from the row after its text: 15 %
        # fewer instructions over a million spans (callgrind).
        "SELECT s.id, s.document_id FROM documents d CROSS JOIN spans s ON s.document_id = d.id "
        "WHERE typeof(s.start) != 'integer' OR typeof(s.end) != 'integer' "
        "OR s.start < 0 OR s.end > d.length OR s.end <= s.start LIMIT 5"
    ):
        found.append(f"span {span_id} of document {doc_id} lies outside its text")
    return found


def _type_and_attribute_problems(conn: sqlite3.Connection) -> list[str]:
    """``value_problems`` of relation types and attributes (tables of a few rows)."""
    found = []
    for type_id, name, color in conn.execute("SELECT id, name, color FROM relation_types"):
        if not isinstance(name, str) or not name.strip():
            found.append(f"relation type {type_id} has a name that is not text or is empty")
        if not isinstance(color, str) or not schema.COLOR.fullmatch(color):
            found.append(f"relation type {type_id} has the colour {str(color)[:40]!r}, not #rrggbb")
    for attribute_id, name, key in conn.execute("SELECT id, name, key FROM attributes"):
        if not isinstance(name, str) or not name.strip():
            found.append(f"attribute {attribute_id} has a name that is not text or is empty")
        if key is not None and (not isinstance(key, str) or len(key) != 1):
            found.append(f"attribute {attribute_id} has a key that is not one character")
    for (attribute_id,) in conn.execute(
        "SELECT attribute_id FROM attribute_values WHERE typeof(value) != 'text' LIMIT 5"
    ):
        found.append(f"attribute {attribute_id} has a value that is not text")
    return found


def bytes_in_text_columns(conn: sqlite3.Connection) -> list[str]:
    """Columns this version writes only text (or NULL) into that hold bytes (a BLOB), as
    sentences (``annotator check``: it reads every row of every table)."""
    found = []
    for table, columns in _text_columns().items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column not in present:  # listed by ``problems`` (a table that lacks columns)
                continue
            (count,) = conn.execute(
                f"SELECT count(*) FROM {table} WHERE typeof({column}) = 'blob'"
            ).fetchone()
            if count:
                values = "1 value" if count == 1 else f"{count:,} values"
                found.append(f"{table}.{column} holds {values} stored as bytes, not text")
    return found


@functools.cache
def _text_columns() -> dict[str, tuple[str, ...]]:
    """Every table of this version's own (FTS5's not) and its TEXT columns, read from the
    schema built in memory."""
    conn = sqlite3.connect(":memory:")
    try:
        schema.create_tables(conn)
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' "
            "AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        ).fetchall()
        columns = {
            table: tuple(
                column
                for _cid, column, kind, *_ in conn.execute(f"PRAGMA table_info({table})")
                if kind.upper() == "TEXT"
            )
            for (table,) in tables
        }
        return {table: names for table, names in columns.items() if names}
    finally:
        conn.close()


def expected_objects() -> dict[str, str]:
    """Every schema object (name to type) a file made by this version holds, FTS5's own
    shadow tables included."""
    return {name: kind for kind, name, _sql in _expected_schema()}


def problems(conn: sqlite3.Connection) -> list[str]:
    """How the schema of an open file differs from this version's, as sentences."""
    found = []
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        found.append(f"application_id is {app_id:#x}, expected {schema.APPLICATION_ID:#x}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != schema.VERSION:
        found.append(f"schema version is {version}, expected {schema.VERSION}")
    found += [f"{what} is not part of the schema this version writes" for what in untrusted(conn)]
    found += value_problems(conn)
    have = dict(conn.execute("SELECT name, type FROM sqlite_master"))
    expected = expected_objects()
    search = {name for name in expected if name.startswith("search_index")}
    for name, kind in expected.items():
        if name in search and not search & set(have):
            continue  # a file from before the index was declared, opened read-only
        if have.get(name) != kind:
            found.append(f"{kind} {name} is missing")
    for name, kind in sorted(have.items()):
        if (
            name not in expected
            and not name.startswith("sqlite_")
            and kind
            not in (
                "trigger",
                "view",
            )
        ):
            found.append(f"{kind} {name} is not part of the schema of this version")
    for table, columns in schema.EXPECTED_COLUMNS.items():
        if have.get(table) != "table":
            continue
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if columns - present:
            found.append(f"table {table} lacks columns {', '.join(sorted(columns - present))}")
    return found
