"""The project file's schema, its version, and the checks run before a file is trusted."""

from __future__ import annotations

import sqlite3
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from .errors import ProjectError

#: "ArAn" – marks an SQLite file as an annotator project (PRAGMA application_id).
APPLICATION_ID = 0x4172416E
#: PRAGMA user_version of files this version writes; older files are migrated forward.
VERSION = 2

# AUTOINCREMENT: a deleted span's id is never given to another span, so an undo command that
# names a span by id can never reach someone else's span (schema 2).
_SPANS = """
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
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
    meta TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
{spans}CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    head_span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    tail_span_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    annotator TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX relations_by_document ON relations (document_id);
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
        "status",
        "meta",
        "created_at",
        "updated_at",
    },
    "spans": {
        "id",
        "document_id",
        "start",
        "end",
        "label_id",
        "annotator",
        "note",
        "meta",
        "created_at",
    },
    "relations": {
        "id",
        "document_id",
        "head_span_id",
        "tail_span_id",
        "label",
        "annotator",
        "created_at",
    },
}

#: Steps that move a file from version N to N + 1, run in one transaction.
MIGRATIONS: dict[int, str] = {
    # 1 -> 2: spans ids AUTOINCREMENT (SQLite's table rebuild; runs with foreign keys off).
    1: _SPANS.format(name="spans_v2").replace(
        "CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);", ""
    )
    + """
INSERT INTO spans_v2 (id, document_id, start, end, label_id, annotator, note, meta, created_at)
    SELECT id, document_id, start, end, label_id, annotator, note, meta, created_at FROM spans;
DROP TABLE spans;
ALTER TABLE spans_v2 RENAME TO spans;
CREATE UNIQUE INDEX spans_by_document ON spans (document_id, start, end, label_id);
""",
}


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def create(conn: sqlite3.Connection, created_at: str) -> None:
    """Create the tables in an open transaction and stamp the file as ours."""
    for statement in _TABLES.replace("{spans}", _SPANS.format(name="spans")).split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT INTO project_info (key, value) VALUES ('created_at', ?), ('created_by', ?)",
        (created_at, f"annotator schema {VERSION}"),
    )
    stamp_identity(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {VERSION}")


def stamp_identity(conn: sqlite3.Connection) -> None:
    """Give the file a random identity (once), so a -wal file can be matched to it.

    ``mark_write`` changes the row beside it in every transaction, so every transaction in
    the -wal file carries a copy of the page that holds the identity.
    """
    conn.execute(
        "INSERT OR IGNORE INTO project_info (key, value) VALUES ('uuid', ?), ('writes', '0')",
        (str(uuid.uuid4()),),
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
    conn.execute("UPDATE project_info SET value = ? WHERE key = 'uuid'", (str(uuid.uuid4()),))


def mark_write(conn: sqlite3.Connection) -> None:
    """Touch the identity page in the current transaction (see ``stamp_identity``)."""
    conn.execute("UPDATE project_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'writes'")


def _file_identity(path: Path) -> str | None:
    """The identity stored in the main file itself, ignoring any -wal (``immutable=1``)."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM project_info WHERE key = 'uuid'").fetchone()
    except sqlite3.Error:  # no such table (yet), or damaged: other checks will say so
        return None
    finally:
        conn.close()
    return row[0] if row else None


def _check_wal_belongs(path: Path, wal: _Wal) -> None:
    """Refuse a -wal file whose committed transactions were not written to this file.

    SQLite matches a -wal file to its database by name only: one copied or left beside
    another project would be replayed onto it, mixing pages of two databases. Every
    transaction we write carries the page holding the project's identity (``mark_write``).
    """
    if wal.transactions and wal.foreign:
        raise ProjectError(
            f"{path}: the file {path.name}-wal beside it belongs to another database "
            f"({wal.foreign} of its {wal.transactions} changes were not made to this "
            "project); move it away, then open the project again. Nothing was changed."
        )


def read_header(path: Path) -> Header:
    """Read and judge the SQLite header without letting SQLite touch the file.

    Raises ``ProjectError`` naming ``path`` for a missing, empty, foreign, truncated or
    newer file, so that nothing is ever written to a file that is not ours.
    """
    if not path.exists():
        raise ProjectError(f"{path}: no such project file")
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file")
    try:
        with open(path, "rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError as e:
        raise ProjectError(f"{path}: cannot read the file ({e.strerror})") from None
    if not head:
        raise ProjectError(f"{path}: the file is empty; it is not an annotator project")
    if not head.startswith(b"SQLite format 3\x00") or len(head) < 100:
        raise ProjectError(f"{path}: not an annotator project (not an SQLite database)")
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    (version_valid_for,) = struct.unpack(">I", head[92:96])
    wal = _read_wal(path)
    wal_head = wal.page_one
    if wal_head is not None:
        # After a crash the newest header (written by whichever version) may be only in the WAL.
        (user_version,) = struct.unpack(">I", wal_head[60:64])
        (application_id,) = struct.unpack(">I", wal_head[68:72])
    if not (application_id == APPLICATION_ID and user_version > VERSION):
        # (A newer version's -wal file is refused below for its version: we cannot judge it.)
        _check_wal_belongs(path, wal)
    if application_id != APPLICATION_ID:
        raise ProjectError(
            f"{path}: an SQLite database of another application, not an annotator project"
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectError(f"{path}: the project file is damaged (bad page size)")
    if size % page_size or (version_valid_for == change_counter and size < page_size * page_count):
        raise ProjectError(
            f"{path}: the project file is truncated or damaged "
            f"({size} bytes, expected {page_size * page_count})"
        )
    if user_version > VERSION:
        raise ProjectError(
            f"{path}: written by a newer version of annotator (schema {user_version}; this "
            f"version reads up to {VERSION}); update annotator to open it"
        )
    return Header(page_size, page_count, user_version, application_id)


_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}


def _wal_checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@dataclass
class _Wal:
    transactions: int = 0  # committed transactions in the -wal file
    foreign: int = 0  # of those, how many lack this file's identity page
    page_one: bytes | None = None  # the first 100 bytes of the newest committed page 1


def _read_wal(path: Path) -> _Wal:
    """Judge ``path``-wal by hand: its committed transactions and the newest page 1.

    Read by hand because letting SQLite open the file would replay (and then remove) the
    WAL, changing a file we may be about to refuse. Frames count only while their salts
    and running checksums hold, as in SQLite's own recovery.
    """
    wal = _Wal()
    try:
        f = open(f"{path}-wal", "rb")
    except OSError:
        return wal
    with f:
        header = f.read(32)
        if len(header) < 32:
            return wal
        magic, _, page_size, _, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
        order = _WAL_MAGIC.get(magic)
        if order is None or page_size < 512 or page_size & (page_size - 1):
            return wal
        s0, s1 = _wal_checksum(header[:24], 0, 0, order)
        if (s0, s1) != (c0, c1):
            return wal
        identity = _file_identity(path)
        needle = identity.encode("ascii") if identity else None
        newest = None
        ours = needle is None  # a file without an identity cannot be matched: trust it
        while True:
            frame = f.read(24 + page_size)
            if len(frame) < 24 + page_size:
                break
            page, commit, f_salt1, f_salt2, f_c0, f_c1 = struct.unpack(">6I", frame[:24])
            if (f_salt1, f_salt2) != (salt1, salt2):
                break
            s0, s1 = _wal_checksum(frame[:8], s0, s1, order)
            s0, s1 = _wal_checksum(frame[24:], s0, s1, order)
            if (s0, s1) != (f_c0, f_c1):
                break
            if page == 1:
                newest = frame[24:124]
            if needle is not None and needle in frame:
                ours = True
            if commit:
                wal.transactions += 1
                wal.foreign += not ours
                wal.page_one = newest
                ours = needle is None
    return wal


def verify(conn: sqlite3.Connection, path: Path) -> None:
    """Check that the tables we need are there (raises ``ProjectError``)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = set(EXPECTED_COLUMNS) - tables
    if missing:
        raise ProjectError(
            f"{path}: the project file is damaged (missing tables: {', '.join(sorted(missing))})"
        )


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the migration steps from ``from_version`` to ``VERSION`` (inside a transaction)."""
    for version in range(from_version, VERSION):
        if version not in MIGRATIONS:
            raise ProjectError(
                f"schema version {version} is not one this version of annotator can upgrade"
            )
        # Not executescript: it would commit the transaction half-way.
        for statement in MIGRATIONS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise ProjectError(f"the upgrade would break {len(broken)} references; nothing was changed")
    conn.execute(f"PRAGMA user_version = {VERSION}")


def problems(db) -> list[str]:
    """Schema problems of an open ``sqlite_utils.Database``, as sentences."""
    found = []
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        found.append(f"application_id is {app_id:#x}, expected {APPLICATION_ID:#x}")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != VERSION:
        found.append(f"schema version is {version}, expected {VERSION}")
    names = set(db.table_names())
    for table, columns in EXPECTED_COLUMNS.items():
        if table not in names:
            found.append(f"table {table} is missing")
            continue
        have = {c.name for c in db[table].columns}
        if columns - have:
            found.append(f"table {table} lacks columns {', '.join(sorted(columns - have))}")
    return found
