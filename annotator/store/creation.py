"""Creating a project file: built whole under a temporary name, then put in place at once.

A new project is written beside its final name under a hidden temporary one, with nothing
flushed to disk on the way (``synchronous=OFF``, the rollback journal in memory: a failed
statement still rolls back): the schema, the labels and whatever ``fill`` adds (the first
run's sample article). It is then switched to WAL mode, closed (its -wal goes back into
it), flushed once, and given its name by ``link``, which like ``O_EXCL`` never takes a name
another process has taken meanwhile; then the folder is flushed. A crash while it is made
leaves no half project where the app or a user would open one, at most the hidden
temporary file. (Built in place, with every step committed durably, the first run made 13
flushes before its window showed.)

The temporary file is locked from its first byte, and the lock (on the file, not its name)
is the project's from then on: no other process can open the new project for writing
between its appearing and this one opening it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import ProjectError, ProjectLockedError
from . import file, schema
from .transactions import describe, utc_now


def create(cls, path: Path, labels, fill: Callable | None):
    """``Project.create``: a new project at ``path`` (``cls`` is ``Project``)."""
    if path.exists():
        raise ProjectError(f"{path}: already exists; open it instead of creating it")
    if not path.parent.is_dir():
        raise ProjectError(f"{path}: the folder {path.parent} does not exist")
    temp = path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.creating")
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as e:
        raise ProjectError(f"{path}: cannot create the project file ({e.strerror})") from None
    lock = file.creation_lock(path, temp)
    conn = None
    try:
        if not lock.acquire():
            raise ProjectLockedError(f"{path}: another process is creating this project")
        conn = _draft(temp)
        conn.execute("BEGIN IMMEDIATE")
        schema.create(conn, created_at=utc_now())
        for position, label in enumerate(labels):
            conn.execute(
                "INSERT INTO labels (name, color, key, letter, position) VALUES (?, ?, ?, ?, ?)",
                (label.name, label.color, label.key, label.letter, position),
            )
        schema.seed_defaults(conn)
        conn.execute("COMMIT")
        if fill is not None:
            draft = cls(temp, conn, None, readonly=False)
            try:
                fill(draft)
            finally:
                draft._let_go()
        conn.execute("PRAGMA journal_mode=WAL")
        conn.close()  # the only connection: SQLite moves its -wal into the file, removes it
        conn = None
        os.fsync(fd)
        _put_in_place(temp, path)
        lock.path = path
        _flush_folder(path.parent)
    except BaseException as e:
        if conn is not None:
            conn.close()
        os.close(fd)
        lock.release()
        for leftover in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{leftover}")
        if isinstance(e, sqlite3.Error):
            raise ProjectError(f"{path}: cannot create the project file ({describe(e)})") from None
        if isinstance(e, OSError):
            raise ProjectError(f"{path}: cannot create the project file ({e.strerror})") from None
        raise
    os.close(fd)
    try:
        conn = file.connect(path, "rw")
    except sqlite3.Error as e:
        lock.release()
        raise ProjectError(f"{path}: cannot create the project file ({describe(e)})") from None
    return cls(path, conn, lock, readonly=False)


def _draft(temp: Path) -> sqlite3.Connection:
    """A connection that writes the new file without flushing anything to disk."""
    conn = sqlite3.connect(
        f"{temp.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=5
    )
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def _put_in_place(temp: Path, path: Path) -> None:
    """Give the finished file its name, never over a file someone else has made."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise ProjectError(f"{path}: already exists; open it instead of creating it") from None
    except OSError:  # no hard links here (FAT, some network folders): claim, then replace
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise ProjectError(f"{path}: already exists; open it instead of creating it") from None
        try:
            os.replace(temp, path)
        except OSError:
            os.unlink(path)  # our own empty claim: nothing else is there
            raise
        return
    os.unlink(temp)


def _flush_folder(folder: Path) -> None:
    """Flush the folder's entries, so the new name survives a power cut (POSIX)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows: a folder cannot be opened (its entries are flushed with it)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
