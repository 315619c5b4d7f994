"""Reading a project file's header and its -wal and -journal files by hand, before SQLite
touches them.

SQLite replays a -wal or hot -journal file it finds beside a database, whoever wrote it;
these checks run first, so that a file that is not ours is refused while it is still byte
for byte as it was, and a side file that belongs to another database is set aside (moved
to a dated name, never deleted) instead of being mixed into the project.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
import time
from pathlib import Path

from ..data_classes import data_class
from ..errors import ProjectError
from .schema import APPLICATION_ID, VERSION


@data_class
class Header:
    page_size: int
    page_count: int
    user_version: int
    application_id: int
    #: Sentences for the user: stray files set aside before opening (see ``_quarantine``).
    notices: tuple[str, ...] = ()

    def __init__(
        self,
        page_size: int,
        page_count: int,
        user_version: int,
        application_id: int,
        notices: tuple[str, ...] = (),
    ) -> None:
        d = self.__dict__
        d["page_size"] = page_size
        d["page_count"] = page_count
        d["user_version"] = user_version
        d["application_id"] = application_id
        d["notices"] = notices


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


def _quarantine(shown: Path, side: Path, why: str) -> str:
    """Move ``side`` (a -wal or -journal SQLite would replay) to a dated name beside it.

    Nothing is deleted: the file keeps its bytes under a name SQLite never reads.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = side.with_name(f"{side.name}.foreign-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = side.with_name(f"{side.name}.foreign-{stamp}-{n}")
    try:
        os.rename(side, target)
    except OSError as e:
        raise ProjectError(
            f"{shown}: the file {side.name} beside it {why}, and it cannot be set aside "
            f"({e.strerror}); nothing was changed"
        ) from None
    return (
        f"{shown}: the file {side.name} beside it {why}; it was moved to {target.name} "
        "(nothing was deleted) and the project opened as it is"
    )


def _judge_journal(real: Path, head: bytes) -> str | None:
    """Why ``real``-journal must not be replayed onto the project, or None if it may be.

    SQLite rolls a hot journal into the database on the next open, silently, whoever left
    it. A project in WAL mode (header bytes 18-19 = 2, as every project this app writes)
    never has a rollback journal of its own, so any journal beside one is foreign.
    """
    journal = Path(f"{real}-journal")
    try:
        with open(journal, "rb") as f:
            first = f.read(28)
    except OSError:
        return None
    if not first or first[0] == 0:
        return None  # empty or zeroed: SQLite does not replay it
    if head[18] == 2:
        return "is a rollback journal, which a project (always in WAL mode) never writes"
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if len(first) < 28 or first[:8] != _JOURNAL_MAGIC or _u32(first, 24) != page_size:
        return "is a rollback journal of another database"
    return None


def read_header(path: Path) -> Header:
    """Read and judge the SQLite header without letting SQLite touch the file.

    Raises ``ProjectError`` naming ``path`` for a missing, empty, foreign, truncated or
    newer file, so that nothing is ever written to a file that is not ours. A -wal or
    -journal file that would be replayed onto the project but belongs to another database
    is moved aside (``Header.notices`` says where). Side files are looked for beside the
    real file (symbolic links resolved), where SQLite itself looks for them.
    """
    if not path.exists():
        raise ProjectError(f"{path}: no such project file")
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file")
    if not path.is_file():  # reading a named pipe would wait for a writer for ever
        raise ProjectError(f"{path}: is not a file (a pipe, socket or device), not a project file")
    real = Path(os.path.realpath(path))
    try:
        with open(real, "rb") as f:
            head = f.read(100)
        size = real.stat().st_size
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
    wal = _read_wal(real, page_size)
    if wal.page_one is not None and not wal.foreign:
        # After a crash the newest header (written by whichever version) may be only in the WAL.
        (user_version,) = struct.unpack(">I", wal.page_one[60:64])
        (application_id,) = struct.unpack(">I", wal.page_one[68:72])
    if application_id != APPLICATION_ID:
        raise ProjectError(
            f"{path}: an SQLite database of another application, not an annotator project"
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise ProjectError(f"{path}: the project file is damaged (bad page size)")
    notices = []
    journal_problem = _judge_journal(real, head)
    if journal_problem:
        notices.append(_quarantine(path, Path(f"{real}-journal"), journal_problem))
    if wal.foreign:
        why = f"belongs to another database ({wal.foreign} of its {wal.transactions} changes)"
        notices.append(_quarantine(path, Path(f"{real}-wal"), why))
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
    return Header(page_size, page_count, user_version, application_id, tuple(notices))


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _u32(data: bytes, at: int) -> int:
    return struct.unpack(">I", data[at : at + 4])[0]


_WAL_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}


def _wal_checksum(data: bytes, s0: int, s1: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@data_class(frozen=False)
class _Wal:
    transactions: int = 0  # committed transactions in the -wal file
    foreign: int = 0  # transactions shown to come from another database (0 if any is ours)
    page_one: bytes | None = None  # the first 100 bytes of the newest committed page 1

    def __init__(
        self,
        transactions: int = 0,
        foreign: int = 0,
        page_one: bytes | None = None,
    ) -> None:
        self.transactions = transactions
        self.foreign = foreign
        self.page_one = page_one


#: The identity row as SQLite stores it in project_info: the key, then the uuid text.
_IDENTITY = re.compile(rb"uuid([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")


def _read_wal(path: Path, db_page_size: int) -> _Wal:
    """Judge ``path``-wal by hand: its committed transactions, whose they are, the newest
    page 1.

    Read by hand because letting SQLite open the file would replay (and then remove) the
    WAL, changing a file we may be about to refuse. Frames count only while their salts
    and running checksums hold, as in SQLite's own recovery: those are the frames SQLite
    would replay. Every transaction this app writes carries the page holding the project's
    identity (``schema.mark_write``); another SQLite client writing to the project does
    not. So one transaction carrying our identity makes the whole WAL ours (its frames
    share one salt: one life of one -wal file); it is foreign only on evidence: another
    page size, another project's identity, or a page 1 of another application.
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
        if identity is None:  # a file without an identity cannot be matched: trust it
            return _committed_page_one(f, wal, page_size, salt1, salt2, s0, s1, order)
        ours = other = 0
        in_ours = in_other = False
        newest = None
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
                if _u32(newest, 68) != APPLICATION_ID:
                    in_other = True
            for found in _IDENTITY.findall(frame):
                if found.decode("ascii") == identity:
                    in_ours = True
                else:
                    in_other = True
            if commit:
                wal.transactions += 1
                ours += in_ours
                other += in_other and not in_ours
                wal.page_one = newest
                in_ours = in_other = False
        if page_size != db_page_size and wal.transactions:
            wal.foreign = wal.transactions
        elif not ours:
            wal.foreign = other
    return wal


def _committed_page_one(f, wal, page_size, salt1, salt2, s0, s1, order) -> _Wal:
    newest = None
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
        if commit:
            wal.transactions += 1
            wal.page_one = newest
    return wal
