"""The connection of an open project, and the one way to use it: a short transaction.

Every user action is one ``BEGIN IMMEDIATE … COMMIT`` committed before the method
returns: there is no save step. SQLite errors become ``ProjectError`` with a cause chosen
by SQLite's error code (``sqlite_errorcode``), never by the wording of the message.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..errors import ProjectError, ReadOnlyProjectError
from . import schema

# Primary result codes (the low byte of an extended code) and what they mean to a user.
_CAUSES = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the project file has become read-only",
    sqlite3.SQLITE_BUSY: "the project file is busy in another process",
    sqlite3.SQLITE_LOCKED: "the project file is busy in another process",
    sqlite3.SQLITE_CORRUPT: "the project file is damaged",
    sqlite3.SQLITE_NOTADB: "the project file is damaged",
}


def describe(e: sqlite3.Error) -> str:
    """What went wrong, in the user's words, judged by SQLite's error code."""
    code = getattr(e, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _CAUSES:
        return _CAUSES[primary]
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return f"a disk error ({e})"
    if code is None and isinstance(e, sqlite3.OperationalError) and str(e).startswith(_NOT_UTF8):
        # Python's sqlite3 itself, not SQLite (so no code): a text value whose bytes are not
        # UTF-8, which only a file changed outside annotator holds. Its message quoted SQL.
        return "a text in the file is not UTF-8; the file was changed outside annotator"
    return str(e)


_NOT_UTF8 = "Could not decode to UTF-8"


def constraint(e: sqlite3.Error) -> int | None:
    """The extended error code of a constraint violation (``SQLITE_CONSTRAINT_UNIQUE`` …)."""
    code = getattr(e, "sqlite_errorcode", None)
    return code if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_CONSTRAINT else None


#: Values bound in one ``IN (...)`` list, under SQLite's variable limit (999 in old builds).
IN_LIST = 500


def in_lists(values: list) -> Iterator[tuple[list, str]]:
    """``values`` in parts small enough to bind, each with its ``?, ?, …`` placeholders."""
    for at in range(0, len(values), IN_LIST):
        part = values[at : at + IN_LIST]
        yield part, ", ".join(["?"] * len(part))


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the millisecond."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Transactions:
    """Owns the connection; every subject module reads and writes through ``_read``/``_write``.

    Methods are safe to call from more than one thread (calls are serialised).
    """

    path: Path
    readonly: bool

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool):
        self.path = path
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = conn
        self._mutex = threading.RLock()

    @functools.cached_property
    def _db(self):
        """sqlite-utils over our connection, for bulk inserts and introspection.

        Imported on first use: it costs ~55 ms of start-up the app does not need.
        """
        from sqlite_utils import Database

        return Database(self._conn, execute_plugins=False)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action: ``BEGIN IMMEDIATE … COMMIT``, rolled back on any error."""
        if self.readonly:
            raise ReadOnlyProjectError(f"{self.path}: opened read-only; changes are not allowed")
        with self._mutex:
            conn = self._require_open()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as e:
                raise ProjectError(f"{self.path}: cannot save: {describe(e)}") from None
            try:
                schema.mark_write(conn)  # lets a -wal file be matched to this project
                yield conn
                conn.execute("COMMIT")
            except sqlite3.IntegrityError:
                _rollback(conn)
                raise
            except sqlite3.Error as e:
                _rollback(conn)
                raise ProjectError(f"{self.path}: not saved: {describe(e)}") from None
            except BaseException:
                _rollback(conn)
                raise

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._mutex:
            conn = self._require_open()
            try:
                yield conn
            except sqlite3.DatabaseError as e:
                raise ProjectError(f"{self.path}: cannot read: {describe(e)}") from None

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError(f"{self.path}: the project is closed")
        return self._conn


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
