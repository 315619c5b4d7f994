"""The project file's schema: every table, index and trigger the app creates, its version,
its migrations and the file's identity; ``schema_check`` compares a file with it.

Nothing outside this module creates a schema object, so ``problems`` (``annotator check``)
sees all of them, the search index included. That is also why this module is over 400
lines: most of it is the SQL of every table, and splitting the tables across the subjects'
modules would hide one from the check the next time a subject is added.
"""

from __future__ import annotations

import os
import re
import sqlite3

from ..errors import ProjectError

COLOR = re.compile(r"#[0-9a-fA-F]{6}")

#: "ArAn" – marks an SQLite file as an annotator project (PRAGMA application_id).
APPLICATION_ID = 0x4172416E
#: PRAGMA user_version of files this version writes; older files are migrated forward.
VERSION = 7

# AUTOINCREMENT: a deleted span's id is never given to another span, so an undo command that
# names a span by id can never reach someone else's span (schema 2).
# Schema 2's spans table, as migration 1 -> 2 builds it.
_SPANS_V2 = """
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels(id),
    annotator TEXT,
    note TEXT,
    meta TEXT NOT NULL DEFAULT '{{}}',
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND end > start)
);
-- Serves "spans of a document" and forbids the same range carrying the same label twice.
CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);
"""

_SPANS = """
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label_id INTEGER NOT NULL REFERENCES labels(id),
    annotator TEXT,
    note TEXT,
    uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    meta TEXT NOT NULL DEFAULT '{{}}',
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND end > start)
);
-- Serves "spans of a document" and forbids the same range carrying the same label twice.
CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);
"""

# Schema 4: layers. The same range may carry the same label once per annotator (a merged
# project keeps each analyst's span), and adjudication decisions are recorded.
_LAYERS = """
DROP INDEX spans_by_document;
CREATE UNIQUE INDEX spans_by_document
    ON spans (document_id, start, end, label_id, ifnull(annotator, ''));
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    choice TEXT NOT NULL,
    versions TEXT NOT NULL,
    span_ids TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT NOT NULL
);
CREATE INDEX decisions_by_document ON decisions (document_id);
"""

_TABLES = """
CREATE TABLE project_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    key TEXT,
    letter TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
-- A document's length and name without reading its text. A column stored after a 15 MB
-- text is reached by walking the text's overflow pages (10-40 ms).
CREATE INDEX documents_summary ON documents (id, length, name);
{state}{spans}{relations}"""

# Schema 7: a document's status apart from its text. SQLite writes a whole row again to
# change a column: a status beside a 15 MB text made the first tag write 15 MB (300 ms).
_STATE = """
CREATE TABLE document_state (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
    updated_at TEXT NOT NULL
);
"""

# Schema 7's documents table, as migration 6 -> 7 builds it (one copy of every text).
_DOCUMENTS_V7 = """
CREATE TABLE documents_v7 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    encoding TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
INSERT INTO document_state (document_id, status, updated_at)
    SELECT id, status, updated_at FROM documents;
INSERT INTO documents_v7 (id, name, text, length, sha256, encoding, meta, created_at)
    SELECT id, name, text, length, sha256, encoding, meta, created_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v7 RENAME TO documents;
CREATE INDEX documents_summary ON documents (id, length, name);
"""

# The search index (``store.search``): FTS5 with trigrams over folded text, contentless (no
# second copy of the articles), and the list of documents it covers. Files made before the
# index was declared here get it on their next open for writing (``ensure_search_index``).
_SEARCH = """
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(body, content='', tokenize='trigram');
CREATE TABLE IF NOT EXISTS search_indexed (document_id INTEGER PRIMARY KEY);
"""

# Schema 4: typed relations between spans, and label attributes with closed value sets.
# AUTOINCREMENT for the same reason as spans: undo names a relation by its id.
_RELATIONS = """
CREATE TABLE relation_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
-- The labels each end of a type may carry (none listed for an end: any label).
CREATE TABLE relation_type_labels (
    type_id INTEGER NOT NULL REFERENCES relation_types(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('from', 'to')),
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    PRIMARY KEY (type_id, side, label_id)
);
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    from_span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    to_span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    type_id INTEGER NOT NULL REFERENCES relation_types(id),
    annotator TEXT,
    created_at TEXT NOT NULL,
    CHECK (from_span_id <> to_span_id)
);
CREATE TABLE attributes (
    id INTEGER PRIMARY KEY,
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (label_id, name)
);
CREATE TABLE attribute_values (
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (attribute_id, value)
);
-- A span's value must be one its attribute declares (the composite key).
CREATE TABLE span_attributes (
    span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (span_id, attribute_id),
    FOREIGN KEY (attribute_id, value)
        REFERENCES attribute_values (attribute_id, value) ON DELETE CASCADE
);
"""
_RELATION_INDEXES = """
CREATE UNIQUE INDEX relations_by_document
    ON relations (document_id, from_span_id, to_span_id, type_id);
CREATE INDEX relations_by_from ON relations (from_span_id);
CREATE INDEX relations_by_to ON relations (to_span_id);
"""

# Schema 6: suggestions (``store.suggestions``), proposed spans kept apart from spans and
# never exported. ``label`` is a name (an import may name a label the project lacks); the
# same range and label is one suggestion, so a rejected one stays rejected when the rules
# run again. ``span_id`` is the span accepting it made (its origin); undoing that span's
# creation deletes the span, which makes the suggestion pending again (ON DELETE SET NULL).
_SUGGESTIONS = """
CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    source TEXT NOT NULL,
    score REAL,
    rejected INTEGER NOT NULL DEFAULT 0 CHECK (rejected IN (0, 1)),
    link_id INTEGER REFERENCES suggestions(id) ON DELETE SET NULL,
    span_id INTEGER REFERENCES spans(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    CHECK (start >= 0 AND end > start)
);
CREATE UNIQUE INDEX suggestions_by_document ON suggestions (document_id, start, end, label);
CREATE INDEX suggestions_by_span ON suggestions (span_id);
CREATE INDEX suggestions_by_link ON suggestions (link_id);
"""

#: The default relation type and attributes (PARC 3.0 / PDTB attribution features), for new
#: projects and for files upgraded to schema 3. A key a label already uses is left unset.
DEFAULTS = """
INSERT OR IGNORE INTO relation_types (name, color, position) VALUES ('said', '#d55e00', 0);
INSERT OR IGNORE INTO relation_type_labels (type_id, side, label_id)
    SELECT t.id, 'from', l.id FROM relation_types t, labels l
    WHERE t.name = 'said' AND l.name = 'claim';
INSERT OR IGNORE INTO relation_type_labels (type_id, side, label_id)
    SELECT t.id, 'to', l.id FROM relation_types t, labels l
    WHERE t.name = 'said' AND l.name = 'speaker';
INSERT OR IGNORE INTO attributes (label_id, name, key, position)
    SELECT l.id, d.column2,
        CASE WHEN EXISTS (SELECT 1 FROM labels o WHERE d.column3 IN (o.key, o.letter))
        THEN NULL ELSE d.column3 END, 0
    FROM (VALUES ('claim', 'quote_type', 'q'), ('speaker', 'source_type', 'w')) d
    JOIN labels l ON l.name = d.column1;
INSERT OR IGNORE INTO attribute_values (attribute_id, value, position)
    SELECT a.id, v.column3, v.column4
    FROM (VALUES ('claim', 'quote_type', 'direct', 0), ('claim', 'quote_type', 'indirect', 1),
        ('claim', 'quote_type', 'mixed', 2), ('speaker', 'source_type', 'named', 0),
        ('speaker', 'source_type', 'official', 1), ('speaker', 'source_type', 'anonymous', 2),
        ('speaker', 'source_type', 'institution', 3)) v
    JOIN labels l ON l.name = v.column1
    JOIN attributes a ON a.label_id = l.id AND a.name = v.column2;
"""

EXPECTED_COLUMNS = {
    "project_info": {"key", "value"},
    "labels": {"id", "name", "color", "key", "letter", "position"},
    "documents": {
        "id",
        "name",
        "text",
        "length",
        "sha256",
        "encoding",
        "meta",
        "created_at",
    },
    "document_state": {"document_id", "status", "updated_at"},
    "spans": {
        "id",
        "document_id",
        "start",
        "end",
        "label_id",
        "annotator",
        "note",
        "uncertain",
        "meta",
        "created_at",
    },
    "decisions": {
        "id",
        "document_id",
        "start",
        "end",
        "choice",
        "versions",
        "span_ids",
        "decided_by",
        "decided_at",
    },
    "relations": {
        "id",
        "document_id",
        "from_span_id",
        "to_span_id",
        "type_id",
        "annotator",
        "created_at",
    },
    "relation_types": {"id", "name", "color", "position"},
    "relation_type_labels": {"type_id", "side", "label_id"},
    "attributes": {"id", "label_id", "name", "key", "position"},
    "attribute_values": {"attribute_id", "value", "position"},
    "span_attributes": {"span_id", "attribute_id", "value"},
    "suggestions": {
        "id",
        "document_id",
        "start",
        "end",
        "label",
        "source",
        "score",
        "rejected",
        "link_id",
        "span_id",
        "created_at",
    },
}

#: Tables a later version added: a file of an earlier version is upgraded, not called damaged.
ADDED_IN = {
    "decisions": 4,
    "relation_types": 5,
    "relation_type_labels": 5,
    "attributes": 5,
    "attribute_values": 5,
    "span_attributes": 5,
    "suggestions": 6,
    "document_state": 7,
}

#: Steps that move a file from version N to N + 1, run in one transaction.
MIGRATIONS: dict[int, str] = {
    # 1 -> 2: spans ids AUTOINCREMENT (SQLite's table rebuild; runs with foreign keys off).
    1: _SPANS_V2.format(name="spans_v2").replace(
        "CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);", ""
    )
    + """
INSERT INTO spans_v2 (id, document_id, start, end, label_id, annotator, note, meta, created_at)
    SELECT id, document_id, start, end, label_id, annotator, note, meta, created_at FROM spans;
DROP TABLE spans;
ALTER TABLE spans_v2 RENAME TO spans;
CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);
""",
    # 2 -> 3: the documents' status, length and name readable without their text.
    2: "CREATE INDEX IF NOT EXISTS documents_summary ON documents (id, status, length, name);",
    # 3 -> 4: layers (the unique index per annotator) and adjudication decisions.
    3: _LAYERS,
    # 4 -> 5: the uncertain flag; relation types, attributes; relations rebuilt with typed,
    # AUTOINCREMENT ids (schema 2's relations table was never written by the app).
    4: "ALTER TABLE spans ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0 "
    "CHECK (uncertain IN (0, 1));"
    + _RELATIONS.format(name="relations_v3")
    + DEFAULTS
    + """
INSERT OR IGNORE INTO relation_types (name, color, position)
    SELECT DISTINCT label, '#777777', 1 FROM relations;
INSERT INTO relations_v3 (id, document_id, from_span_id, to_span_id, type_id, annotator,
        created_at)
    SELECT r.id, r.document_id, r.head_span_id, r.tail_span_id, t.id, r.annotator, r.created_at
    FROM relations r JOIN relation_types t ON t.name = r.label
    WHERE r.head_span_id <> r.tail_span_id;
DROP TABLE relations;
ALTER TABLE relations_v3 RENAME TO relations;
"""
    + _RELATION_INDEXES,
    # 5 -> 6: suggestions, apart from spans.
    5: _SUGGESTIONS,
    # 6 -> 7: the status apart from the text (SQLite's table rebuild; foreign keys off).
    6: _STATE + _DOCUMENTS_V7,
}


def create(conn: sqlite3.Connection, created_at: str) -> None:
    """Create the tables in an open transaction and stamp the file as ours."""
    create_tables(conn)
    conn.execute(
        "INSERT INTO project_info (key, value) VALUES ('created_at', ?), ('created_by', ?)",
        (created_at, f"annotator schema {VERSION}"),
    )
    stamp_identity(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {VERSION}")


def create_tables(conn: sqlite3.Connection) -> None:
    """Every table, index and virtual table of this version, and nothing else: no identity
    (``schema_check`` builds this in memory for ``annotator check`` to compare a file with)."""
    tables = _TABLES.replace("{state}", _STATE).replace("{spans}", _SPANS.format(name="spans"))
    tables = tables.replace("{relations}", _RELATIONS.format(name="relations") + _RELATION_INDEXES)
    _run(conn, tables + _LAYERS + _SUGGESTIONS + _SEARCH)


def _run(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript: it would commit the caller's transaction half-way.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def has_search_index(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('search_index', 'search_indexed')"
        ).fetchone()[0]
        == 2
    )


def ensure_search_index(conn: sqlite3.Connection) -> None:
    """Create the search index of a file made before it was part of the schema."""
    _run(conn, _SEARCH)


def seed_defaults(conn: sqlite3.Connection) -> None:
    """The default relation type and attributes, once the labels are in (a new project)."""
    _run(conn, DEFAULTS)


def stamp_identity(conn: sqlite3.Connection) -> None:
    """Give the file a random identity (once), so a -wal file can be matched to it.

    ``mark_write`` changes the row beside it in every transaction, so every transaction in
    the -wal file carries a copy of the page that holds the identity.
    """
    if has_identity(conn):
        return
    conn.execute(
        "INSERT OR IGNORE INTO project_info (key, value) VALUES ('uuid', ?), ('writes', '0')",
        (_new_uuid(),),
    )


def has_identity(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT count(*) FROM project_info WHERE key IN ('uuid', 'writes')"
        ).fetchone()[0]
        == 2
    )


def new_identity(conn: sqlite3.Connection) -> None:
    """A copy (a backup) gets an identity of its own: the original's -wal never fits it."""
    if "project_info" not in {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }:
        return
    conn.execute("UPDATE project_info SET value = ? WHERE key = 'uuid'", (_new_uuid(),))


def mark_write(conn: sqlite3.Connection) -> None:
    """Touch the identity page in the current transaction (see ``stamp_identity``)."""
    conn.execute("UPDATE project_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'writes'")


#: Bounds on values read from a file: what this version ever writes, with room to spare.
MAX_LABEL_NAME = 200
MAX_DOCUMENT_NAME = 1000


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the migration steps from ``from_version`` to ``VERSION`` (inside a transaction)."""
    for version in range(from_version, VERSION):
        if version not in MIGRATIONS:
            raise ProjectError(
                f"schema version {version} is not one this version of annotator can upgrade"
            )
        _run(conn, MIGRATIONS[version])
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise ProjectError(f"the upgrade would break {len(broken)} references; nothing was changed")
    conn.execute(f"PRAGMA user_version = {VERSION}")


def _new_uuid() -> str:
    """A random UUID (version 4) in its usual text form, made as ``str(uuid.uuid4())`` makes
    it: 16 random bytes from the system, the version and variant bits set. The uuid module is
    not imported: on Linux it imports platform, which compiles a dozen regular expressions
    (~2 ms, on the first run's way to its window, which creates the default project)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
