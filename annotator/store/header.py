"""Reading a project file's header and its -wal file by hand, before SQLite touches them.

SQLite replays a -wal file it finds beside a database, whoever wrote it; these checks run
first, so that a file that is not ours (or a -wal that belongs to another database) is
refused while it is still byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ..errors import ProjectError
from .schema import APPLICATION_ID, VERSION


@dataclass(frozen=True)
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


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
