"""The project file on disk: its advisory lock, how it is connected to, and in which mode.

A project open for writing holds an advisory lock (``flock``) on its file, because
SQLite's own locking lets a second process write between our transactions.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import ProjectError


class FileLock:
    """An exclusive advisory lock on the project file, held while it is open for writing."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        try:
            import fcntl
        except ImportError:  # Windows: lock a side file with msvcrt instead
            return self._acquire_windows()
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _acquire_windows(self) -> bool:  # pragma: no cover - exercised on Windows only
        import msvcrt

        fd = os.open(str(self.path) + ".lock", os.O_RDWR | os.O_CREAT)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        # Closing the descriptor releases the flock. It must happen after SQLite has
        # closed its own descriptors: closing any descriptor of a file drops the POSIX
        # locks SQLite holds on it.
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def creation_lock(path: Path, temp: Path) -> FileLock:
    """The lock of a project being made as ``temp`` to become ``path``: on the file itself
    (``flock`` stays with it under its new name); on Windows, ``path``'s side file."""
    try:
        import fcntl  # noqa: F401
    except ImportError:  # pragma: no cover - Windows
        return FileLock(path)
    return FileLock(temp)


#: (device, inode) of the project files this process has open for writing.
OPEN_HERE: set[tuple[int, int]] = set()


def identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``: the same for every name and link of one file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def readonly_mode(path: Path) -> str:
    """The URI mode for reading ``path``: ``ro``, or ``ro`` and ``immutable`` in a folder
    nobody can write (a read-only filesystem, a CD), where SQLite cannot make the -shm
    file a WAL reader needs. Immutable is exact there: nobody can change the file.
    """
    no_wal_files = not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    if not os.access(path, os.W_OK) and no_wal_files:
        # Nobody can be writing a file we cannot write and that has no WAL files: read it as
        # it is, without leaving -wal/-shm files beside it.
        return "ro&immutable=1"
    if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
        return "ro"
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise ProjectError(
            f"{path}: changes from a session that did not close are still in {wal.name}, and "
            "this read-only folder does not let SQLite read them; copy the project (with "
            f"{wal.name}) to a folder you can write and open it there"
        )
    return "ro&immutable=1"


def connect(path: Path, mode: str, check_same_thread: bool = False) -> sqlite3.Connection:
    """Connect by URI so that ``mode=rw`` never creates a file and ``mode=ro`` never writes."""
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=check_same_thread, timeout=5
    )
    # A file from someone else must not run code: no SQL functions from triggers, views
    # or schema expressions (``schema.untrusted`` refuses triggers and views themselves).
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a commit is on disk before the call returns, surviving power loss (~0.2 ms).
    conn.execute("PRAGMA synchronous = FULL")
    return conn
