"""``Project``: the one public entry point to a project file.

``Project`` opens, creates and closes the file; what it can do comes from one class per
subject, each in its own module and each reading and writing only through the
transactions of ``transactions.Transactions``:

========================  ==================================================
``labels.Labels``         the tag set
``documents.Documents``   articles, status, bulk insert for the importers
``spans.Spans``           tagged ranges
``search.Search``         the full-text index
``maintenance.Maintenance``  export snapshot, stats, check, backup
``relations.Relations``   links between spans, relation types, export snapshot
``attributes.Attributes`` label attributes, span attribute values, uncertain
``suggestions.Suggestions``  proposed spans (rules, predictions), never exported
========================  ==================================================

Mixins rather than Anki-style managers (``project.labels.add``) so that the public method
names the app, the CLI and the tests use (``project.labels()``, ``project.add_span``) stay
as they are. A new subject (relations, suggestions, layers) is a new module with a new
class added to the bases below.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from ..errors import (
    OlderProjectError,
    ProjectError,
    ProjectLockedError,
    ProjectNotWritableError,
    UntrustedProjectError,
)
from ..labels import DEFAULT_LABELS
from . import file, header, schema, schema_check
from .attributes import Attributes
from .documents import Documents
from .labels import Labels
from .layers import Layers
from .maintenance import Maintenance
from .relations import Relations
from .search import Search
from .spans import Spans
from .suggestions import Suggestions
from .transactions import Transactions


def _refuse_untrusted_file(real: Path, path: Path, lock: file.FileLock | None) -> bool:
    """Judge the main file alone (``immutable``: SQLite neither reads nor writes a side file).

    True when it was judged whole; False when SQLite could not read it this way (then the
    connection proper judges it, values included)."""
    try:
        conn = sqlite3.connect(f"{real.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False  # the connection proper will say what is wrong
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        _refuse_untrusted(conn, path)
        return True
    except sqlite3.Error:
        return False  # damaged or mid-crash: judged again once connected
    except BaseException:
        if lock:
            lock.release()
        raise
    finally:
        conn.close()


#: The shortest -wal that can hold a change: its 32-byte header, then one frame (a 24-byte
#: frame header and a page of at least 512 bytes). SQLite reads nothing from a shorter one.
_SHORTEST_WAL_WITH_A_FRAME = 32 + 24 + 512


def _stat(path: str | Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _size(path: str) -> int:
    found = _stat(path)
    return found.st_size if found else 0


def _as_judged(real: Path, judged: os.stat_result | None) -> bool:
    """Whether a connection that has read ``real`` reads what the immutable pre-check judged
    (``judged``: the main file's state before it, None if it could not judge): no -journal
    to roll back beside it then, the main file not written since (rolling a journal back
    writes it), and no -wal long enough to hold a page. Asked after the connection's first
    read, which rolls a hot journal back and reads the -wal; a side file that appears later
    is not read until the next opening."""
    now = _stat(real)
    if judged is None or now is None or _size(f"{real}-wal") >= _SHORTEST_WAL_WITH_A_FRAME:
        return False
    return (now.st_ino, now.st_size, now.st_mtime_ns) == (
        judged.st_ino,
        judged.st_size,
        judged.st_mtime_ns,
    )


def _refuse_untrusted(conn: sqlite3.Connection, path: Path, with_values: bool = True) -> None:
    objects = schema_check.untrusted(conn)
    if objects:
        raise UntrustedProjectError(
            f"{path}: the project file holds {', '.join(objects[:5])}, which this version of "
            "annotator never writes; it was not opened, so nothing in it ran "
            "(`annotator check` lists what differs)"
        )
    values = schema_check.value_problems(conn) if with_values else []
    if values:
        raise UntrustedProjectError(
            f"{path}: the project file holds values this version never writes "
            f"({'; '.join(values[:3])}); it was not opened (`annotator check` lists them)"
        )


def default_annotator() -> str | None:
    """Who spans are signed by when the app sets no name: ``ANNOTATOR_USER`` or the login."""
    if os.environ.get("ANNOTATOR_USER"):
        return os.environ["ANNOTATOR_USER"]
    import getpass  # only now: it loads termios (9 ms of start-up)

    try:
        return getpass.getuser()
    except Exception:  # no user name on this platform: spans simply carry none
        return None


class Project(
    Labels,
    Documents,
    Spans,
    Relations,
    Attributes,
    Layers,
    Suggestions,
    Search,
    Maintenance,
    Transactions,
):
    """An open project file.

    Open one with ``Project.open(path)``, ``Project.create(path)`` or
    ``Project.open_or_create(path)``; close it with ``close()`` or a ``with`` block.
    Methods are safe to call from more than one thread (calls are serialised).
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: file.FileLock | None, readonly: bool
    ):
        super().__init__(path, conn, readonly)
        #: The file itself, symbolic links resolved: where SQLite keeps its -wal and -journal.
        self._file = Path(os.path.realpath(path))
        #: Sentences for the user about the opening (stray files set aside), empty if none.
        self.notices: tuple[str, ...] = ()
        #: ``(older schema version, its backup)`` when this opening upgraded the file.
        self.upgraded_from: tuple[int, Path] | None = None
        self._file_lock = lock
        self._texts = {}
        self.annotator = default_annotator()
        self._identity = file.identity(path) if not readonly else None
        if self._identity:
            file.OPEN_HERE.add(self._identity)

    @classmethod
    def create(cls, path: str | os.PathLike, labels=DEFAULT_LABELS, fill=None) -> Project:
        """Create a new project file at ``path``; it must not exist yet.

        ``fill(project)``, if given, adds to the project before it appears at ``path`` (the
        first run's sample article): the file is made whole under a temporary name and
        then put in place at once (``creation``)."""
        from .creation import create

        return create(cls, Path(path), labels, fill)

    def _let_go(self) -> None:
        """Forget the connection without closing it (``creation`` closes it itself)."""
        file.OPEN_HERE.discard(self._identity)
        self._conn = None

    @classmethod
    def open(
        cls, path: str | os.PathLike, readonly: bool = False, *, inspect: bool = False
    ) -> Project:
        """Open an existing project; never creates one.

        Raises ``ProjectError`` with a message naming the file when it is missing, not a
        project, damaged, from a newer version, or (for writing) read-only or open in
        another process; ``UntrustedProjectError`` when it holds a trigger, a view or
        values this version never writes. A refused file is left byte for byte as it was.
        ``inspect`` (read-only only) opens such a file anyway, for ``check`` to list what
        is wrong: read-only and with ``trusted_schema=OFF``, nothing in it can run.
        """
        if inspect and not readonly:
            raise ValueError("inspect opens read-only")
        path = Path(path)
        if not readonly and file.identity(path) in file.OPEN_HERE:
            # Checked before touching the file: opening and closing another descriptor of
            # it would drop the POSIX locks our own SQLite connection holds on it.
            raise ProjectLockedError(f"{path}: the project is already open in this window")
        found = header.read_header(path)  # raises ProjectError for non-projects
        real = Path(os.path.realpath(path))
        lock = None
        if not readonly:
            if not os.access(real, os.W_OK) or not os.access(real.parent, os.W_OK):
                raise ProjectNotWritableError(
                    f"{path}: the file (or its folder) is read-only: it can be read, not changed"
                )
            lock = file.FileLock(real)
            if not lock.acquire():
                raise ProjectLockedError(
                    f"{path}: the project is open in another annotator window or process: "
                    "it can be read (read-only) meanwhile, and changed once it is closed there"
                )
        judged = None
        if not inspect:  # judged first on the main file alone: a refusal leaves no -wal/-shm
            before = _stat(real)
            if _refuse_untrusted_file(real, path, lock) and not _size(f"{real}-journal"):
                judged = before
        conn = None
        upgrade = found.user_version < schema.VERSION
        try:
            conn = file.connect(real, file.readonly_mode(real) if readonly else "rw")
            schema_check.verify(conn, path)
            if not inspect:
                # Judged again as SQLite reads it (a -wal, a hot -journal can change what it
                # reads); the values (a scan of every span: 0.2 s a million) only if changed.
                _refuse_untrusted(conn, path, with_values=not _as_judged(real, judged))
            if upgrade and readonly:
                raise OlderProjectError(
                    f"{path}: written by an older version (schema {found.user_version}); "
                    "open it for writing once to upgrade it"
                )
            if not readonly and not upgrade:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
        except BaseException as e:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            if lock:
                lock.release()
            if isinstance(e, sqlite3.DatabaseError):
                raise ProjectError(f"{path}: the project file is damaged ({e})") from None
            raise
        project = cls(path, conn, lock, readonly=readonly)
        project.notices = found.notices
        if not readonly:
            try:
                if upgrade:
                    project._migrate(found.user_version)
                project._complete_schema()
            except BaseException:
                project.close()
                raise
        return project

    @classmethod
    def open_or_create(cls, path: str | os.PathLike) -> Project:
        """Open ``path`` if it exists, else create it."""
        return cls.open(path) if Path(path).exists() else cls.create(path)

    def checkpoint(self) -> bool:
        """Copy what the WAL holds into the project file itself (SQLite's passive
        checkpoint: it never waits for readers and never loses a commit), so a copy of the
        file alone, made while it is open, holds every edit so far. False if it could not
        finish (a reader in the way, a read-only project); the WAL keeps everything then."""
        with self._mutex:
            if self._conn is None or self.readonly:
                return False
            try:
                busy, _, _ = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error:
                return False
            return not busy

    def close(self) -> None:
        """Close the file (checkpointing the WAL) and release the lock."""
        with self._mutex:
            if self._conn is None:
                return
            if not self.readonly:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._close_search()  # search's second connection (store/search.py)
            self._conn.close()
            self._conn = None
            if self._file_lock:
                self._file_lock.release()
            file.OPEN_HERE.discard(self._identity)

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _complete_schema(self) -> None:
        """Give files made before them an identity and the search index (first write open)."""
        with self._read() as conn:
            if schema.has_identity(conn) and schema.has_search_index(conn):
                return
        with self._write() as conn:
            schema.stamp_identity(conn)
            schema.ensure_search_index(conn)

    def _migrate(self, from_version: int) -> None:
        backup = self.path.with_name(f"{self.path.name}.schema{from_version}.bak")
        n = 1
        while backup.exists():  # an earlier attempt failed: keep its backup too
            n += 1
            backup = self.path.with_name(f"{self.path.name}.schema{from_version}.{n}.bak")
        self.backup(backup)
        self.upgraded_from = (from_version, backup)
        # Rebuilding a table (SQLite's documented procedure) needs foreign keys off, and the
        # pragma only takes effect outside a transaction.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._write() as conn:
                schema.migrate(conn, from_version)
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")
