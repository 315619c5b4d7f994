"""The project file: one SQLite database, owned by one ``Project`` object.

No SQL appears outside this module (and ``schema``). Every user action is one short
``BEGIN IMMEDIATE … COMMIT`` transaction committed before the method returns: there is no
save step. The journal is WAL with ``synchronous=FULL``, so a committed tag survives a
crash of the app and a power loss, at about 0.2 ms per action.

A project open for writing holds an advisory lock (``flock``) on its file, because
SQLite's own locking lets a second process write between our transactions.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import functools
import getpass
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import schema
from .errors import (
    ProjectError,
    ProjectLockedError,
    ProjectNotWritableError,
    ReadOnlyProjectError,
    SpanError,
)
from .labels import DEFAULT_LABELS, EXTRA_COLORS, validate_color
from .model import STATUSES, Document, DocumentInfo, Label, SearchHit, Span
from .text import is_grapheme_boundary, search_fold, search_pattern

Progress = Callable[[int, int], None]

_SPAN_COLUMNS = (
    "s.id, s.document_id, s.start, s.end, s.label_id, l.name, s.annotator, s.created_at, s.note"
)


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, to the millisecond."""
    return (
        _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def _default_annotator() -> str | None:
    try:
        return os.environ.get("ANNOTATOR_USER") or getpass.getuser()
    except Exception:  # no user name on this platform: spans simply carry none
        return None


def _describe(e: sqlite3.Error) -> str:
    text = str(e)
    if "full" in text:
        return "the disk is full"
    if "readonly" in text or "read-only" in text:
        return "the project file has become read-only"
    if "locked" in text or "busy" in text:
        return "the project file is busy in another process"
    if "malformed" in text or "not a database" in text:
        return "the project file is damaged"
    if "I/O" in text or "disk" in text:
        return f"a disk error ({text})"
    return text


class _FileLock:
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


class Project:
    """An open project file.

    Open one with ``Project.open(path)``, ``Project.create(path)`` or
    ``Project.open_or_create(path)``; close it with ``close()`` or a ``with`` block.
    Methods are safe to call from more than one thread (calls are serialised).
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: _FileLock | None, readonly: bool
    ):
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._file_lock = lock
        self._mutex = threading.RLock()
        self._texts: dict[int, str] = {}
        self.annotator = _default_annotator()
        self._identity = _identity(path) if not readonly else None
        if self._identity:
            _OPEN_HERE.add(self._identity)

    @functools.cached_property
    def _db(self):
        """sqlite-utils over our connection, for bulk inserts and introspection.

        Imported on first use: it costs ~55 ms of start-up the app does not need.
        """
        from sqlite_utils import Database

        return Database(self._conn, execute_plugins=False)

    # --- opening and closing ----------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, labels=DEFAULT_LABELS) -> Project:
        """Create a new project file at ``path``; it must not exist yet."""
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: already exists; open it instead of creating it")
        if not path.parent.is_dir():
            raise ProjectError(f"{path}: the folder {path.parent} does not exist")
        try:
            # O_EXCL: if another process creates the same file at the same moment, one of us
            # is refused, and we never delete a file we did not make.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise ProjectError(f"{path}: already exists; open it instead of creating it") from None
        except OSError as e:
            raise ProjectError(f"{path}: cannot create the project file ({e.strerror})") from None
        lock = _FileLock(path)
        conn = None
        try:
            if not lock.acquire():
                raise ProjectLockedError(f"{path}: another process is creating this project")
            conn = _connect(path, "rw")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            schema.create(conn, created_at=utc_now())
            for position, label in enumerate(labels):
                conn.execute(
                    "INSERT INTO labels (name, color, key, letter, position) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (label.name, label.color, label.key, label.letter, position),
                )
            conn.execute("COMMIT")
        except BaseException as e:
            if conn is not None:
                conn.close()
            lock.release()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(e, sqlite3.Error):
                raise ProjectError(
                    f"{path}: cannot create the project file ({_describe(e)})"
                ) from None
            raise
        return cls(path, conn, lock, readonly=False)

    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> Project:
        """Open an existing project; never creates one.

        Raises ``ProjectError`` with a message naming the file when it is missing, not a
        project, damaged, from a newer version, or (for writing) read-only or open in
        another process. A refused file is left byte for byte as it was.
        """
        path = Path(path)
        if not readonly and _identity(path) in _OPEN_HERE:
            # Checked before touching the file: opening and closing another descriptor of
            # it would drop the POSIX locks our own SQLite connection holds on it.
            raise ProjectLockedError(f"{path}: the project is already open in this window")
        header = schema.read_header(path)  # raises ProjectError for non-projects
        lock = None
        if not readonly:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise ProjectNotWritableError(
                    f"{path}: the file (or its folder) is read-only: it can be read, not changed"
                )
            lock = _FileLock(path)
            if not lock.acquire():
                raise ProjectLockedError(
                    f"{path}: the project is open in another annotator window or process: "
                    "it can be read (read-only) meanwhile, and changed once it is closed there"
                )
        conn = None
        upgrade = header.user_version < schema.VERSION
        try:
            conn = _connect(path, _readonly_mode(path) if readonly else "rw")
            schema.verify(conn, path)
            if upgrade and readonly:
                raise ProjectError(
                    f"{path}: written by an older version (schema {header.user_version}); "
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
        if not readonly:
            try:
                if upgrade:
                    project._migrate(header.user_version)
                project._stamp_identity()
            except BaseException:
                project.close()
                raise
        return project

    @classmethod
    def open_or_create(cls, path: str | os.PathLike) -> Project:
        """Open ``path`` if it exists, else create it."""
        return cls.open(path) if Path(path).exists() else cls.create(path)

    def close(self) -> None:
        """Close the file (checkpointing the WAL) and release the lock."""
        with self._mutex:
            if self._conn is None:
                return
            if not self.readonly:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            if self._file_lock:
                self._file_lock.release()
            _OPEN_HERE.discard(self._identity)

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _stamp_identity(self) -> None:
        """Files created before identities get one on their first open for writing."""
        with self._read() as conn:
            if schema.has_identity(conn):
                return
        with self._write() as conn:
            schema.stamp_identity(conn)

    def _migrate(self, from_version: int) -> None:
        backup = self.path.with_name(f"{self.path.name}.schema{from_version}.bak")
        n = 1
        while backup.exists():  # an earlier attempt failed: keep its backup too
            n += 1
            backup = self.path.with_name(f"{self.path.name}.schema{from_version}.{n}.bak")
        self.backup(backup)
        # Rebuilding a table (SQLite's documented procedure) needs foreign keys off, and the
        # pragma only takes effect outside a transaction.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._write() as conn:
                schema.migrate(conn, from_version)
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    # --- transactions -----------------------------------------------------------------------

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
                raise ProjectError(f"{self.path}: cannot save: {_describe(e)}") from None
            try:
                schema.mark_write(conn)  # lets a -wal file be matched to this project
                yield conn
                conn.execute("COMMIT")
            except sqlite3.IntegrityError:
                _rollback(conn)
                raise
            except sqlite3.Error as e:
                _rollback(conn)
                raise ProjectError(f"{self.path}: not saved: {_describe(e)}") from None
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
                raise ProjectError(f"{self.path}: cannot read: {_describe(e)}") from None

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectError(f"{self.path}: the project is closed")
        return self._conn

    # --- labels -----------------------------------------------------------------------------

    def labels(self) -> list[Label]:
        """The label set, in display order."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, name, color, key, letter, position FROM labels ORDER BY position, id"
            ).fetchall()
        return [Label(*row) for row in rows]

    def label(self, label_id: int) -> Label:
        for label in self.labels():
            if label.id == label_id:
                return label
        raise SpanError(f"no label with id {label_id}")

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
                raise SpanError(f"the label is used by {used} spans; relabel or delete them first")
            conn.execute("DELETE FROM labels WHERE id = ?", (label_id,))

    def _check_label(self, label_id, name, color, key, letter):
        name = (name or "").strip()
        if not name:
            raise SpanError("a label needs a name")
        color = validate_color(color)
        # Keys are compared without case (the app's shortcuts are), and are letters or digits:
        # punctuation keys such as ] and [ belong to the app's own commands.
        key = (key or None) and key.lower()
        letter = (letter or None) and letter.lower()
        for value, what in ((key, "key"), (letter, "letter")):
            if value is not None and (len(value) != 1 or not value.isalnum()):
                raise SpanError(f"a label's {what} is one letter or digit, not {value!r}")
        if key is not None and letter is not None and key == letter:
            raise SpanError("a label's key and letter must differ")
        for other in self.labels():
            if other.id == label_id:
                continue
            if other.name == name:
                raise SpanError(f"there is already a label called {name!r}")
            taken = {other.key, other.letter} - {None}
            for value in (key, letter):
                if value is not None and value in taken:
                    raise SpanError(f"the key {value!r} already tags {other.name!r}")
        return name, color, key, letter

    # --- documents --------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        """Every document, in import order, with its span count."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT d.id, d.name, d.status, coalesce(c.n, 0), d.length FROM documents d "
                "LEFT JOIN (SELECT document_id, count(*) AS n FROM spans GROUP BY document_id) c "
                "ON c.document_id = d.id ORDER BY d.id"
            ).fetchall()
        return [DocumentInfo(*row) for row in rows]

    def document_info(self, document_id: int) -> DocumentInfo:
        """One row of the document list, read alone (cheap after each edit)."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT d.id, d.name, d.status, "
                "(SELECT count(*) FROM spans WHERE document_id = d.id), d.length "
                "FROM documents d WHERE d.id = ?",
                (document_id,),
            ).fetchone()
        if row is None:
            raise SpanError(f"no document with id {document_id}")
        return DocumentInfo(*row)

    def document_status(self, document_id: int) -> str:
        """A document's status alone, without reading its text."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT status FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
        if row is None:
            raise SpanError(f"no document with id {document_id}")
        return row[0]

    def document_count(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document(self, document_id: int) -> Document:
        """One document with its canonical text."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT id, name, text, status, encoding, sha256, meta FROM documents WHERE id = ?",
                (document_id,),
            ).fetchone()
        if row is None:
            raise SpanError(f"no document with id {document_id}")
        self._texts[row[0]] = row[2]
        return Document(*row[:6], meta=json.loads(row[6]))

    def document_id_by_sha256(self, sha256: str) -> int | None:
        with self._read() as conn:
            row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def _text(self, document_id: int) -> str:
        # Texts never change once stored, so a small cache is always right.
        text = self._texts.get(document_id)
        if text is None:
            with self._read() as conn:
                row = conn.execute(
                    "SELECT text FROM documents WHERE id = ?", (document_id,)
                ).fetchone()
            if row is None:
                raise SpanError(f"no document with id {document_id}")
            if len(self._texts) > 16:
                self._texts.clear()
            text = self._texts[document_id] = row[0]
        return text

    def set_status(self, document_id: int, status: str) -> str:
        """Set a document's status (new, in_progress, done); returns the old status."""
        if status not in STATUSES:
            raise SpanError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        with self._write() as conn:
            row = conn.execute(
                "SELECT status FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            if row is None:
                raise SpanError(f"no document with id {document_id}")
            conn.execute(
                "UPDATE documents SET status = ?, updated_at = ? WHERE id = ?",
                (status, utc_now(), document_id),
            )
        return row[0]

    def add_documents(
        self,
        records: Iterable[dict],
        progress: Progress | None = None,
        total: int = 0,
        create_labels: bool = False,
    ) -> list[tuple[int | None, dict]]:
        """Store documents in one transaction; returns (new id or None if a duplicate, record).

        Each record has ``name``, ``text`` (canonical), ``sha256``; optionally ``encoding``,
        ``status``, ``meta``, ``id`` (kept when free) and ``spans`` (dicts with ``start``,
        ``end``, ``label`` and optional ``annotator``, ``created_at``, ``note``), which must
        already be valid. With ``create_labels``, labels the spans name that the project lacks
        are added in the same transaction. Used by the importers; see ``annotator.importer``.
        """
        out = []
        with self._write() as conn:
            labels = {label.name: label.id for label in self.labels()}
            if create_labels:
                records = list(records)
                self._add_missing_labels(conn, labels, records)
            now = utc_now()
            span_rows = []
            for n, rec in enumerate(records, 1):
                doc_id = self._insert_document(conn, rec, now)
                out.append((doc_id, rec))
                if doc_id is not None:
                    for s in rec.get("spans", ()):
                        span_rows.append(
                            {
                                "document_id": doc_id,
                                "start": s["start"],
                                "end": s["end"],
                                "label_id": labels[s["label"]],
                                "annotator": s.get("annotator"),
                                "note": s.get("note"),
                                "created_at": s.get("created_at") or now,
                            }
                        )
                    if len(span_rows) >= 5000:
                        self._db["spans"].insert_all(span_rows, ignore=True, batch_size=1000)
                        span_rows = []
                if progress:
                    progress(n, total)
            if span_rows:
                # sqlite-utils runs inside our transaction as a savepoint: still one commit.
                self._db["spans"].insert_all(span_rows, ignore=True, batch_size=1000)
        return out

    def _add_missing_labels(
        self, conn: sqlite3.Connection, labels: dict[str, int], records: list[dict]
    ) -> None:
        for rec in records:
            for span in rec.get("spans", ()):
                name = span["label"]
                if name not in labels:
                    position = len(labels)
                    cur = conn.execute(
                        "INSERT INTO labels (name, color, position) VALUES (?, ?, ?)",
                        (name, EXTRA_COLORS[position % len(EXTRA_COLORS)], position),
                    )
                    labels[name] = cur.lastrowid

    def _insert_document(self, conn: sqlite3.Connection, rec: dict, now: str) -> int | None:
        wanted = rec.get("id")
        if isinstance(wanted, int) and not isinstance(wanted, bool) and 0 < wanted < 2**63:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (wanted,)).fetchone():
                wanted = None
        else:
            wanted = None
        status = rec.get("status") if rec.get("status") in STATUSES else "new"
        meta = rec.get("meta")
        # A document already stored (same bytes or text) is skipped by the UNIQUE sha256.
        cur = conn.execute(
            "INSERT INTO documents (id, name, text, length, sha256, encoding, status, meta, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (sha256) DO NOTHING",
            (
                wanted,
                rec["name"],
                rec["text"],
                len(rec["text"]),
                rec["sha256"],
                rec.get("encoding"),
                status,
                json.dumps(meta, ensure_ascii=False) if meta else "{}",
                now,
                now,
            ),
        )
        return cur.lastrowid if cur.rowcount else None

    def delete_document(self, document_id: int) -> None:
        """Remove a document and its spans (and its entry in the search index)."""
        with self._write() as conn:
            if (
                _has_table(conn, "search_indexed")
                and conn.execute(
                    "SELECT 1 FROM search_indexed WHERE document_id = ?", (document_id,)
                ).fetchone()
            ):
                # A contentless index forgets a row only when given the same text again.
                text = conn.execute(
                    "SELECT text FROM documents WHERE id = ?", (document_id,)
                ).fetchone()[0]
                conn.execute(
                    "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', ?, ?)",
                    (document_id, search_fold(text)),
                )
                conn.execute("DELETE FROM search_indexed WHERE document_id = ?", (document_id,))
            conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        self._texts.pop(document_id, None)

    # --- search -----------------------------------------------------------------------------

    def search(
        self, query: str, limit: int = 200, progress: Progress | None = None
    ) -> list[SearchHit]:
        """Documents holding every word of ``query`` (3 letters or more each), best first.

        Harakat, tatweel, alef forms, ى/ي and ة/ه do not matter, and a word is found inside
        longer ones (كازاخستان in وكازاخستان). The index (SQLite FTS5, trigram) is built on
        the first search and brought up to date by later ones; ``progress(done, total)``
        reports that. A read-only project without an index is searched by a plain scan.
        """
        words = [w for w in search_fold(query).split() if len(w) >= 3]
        if not words:
            return []
        pattern = search_pattern(" ".join(words))
        if self.readonly:  # cannot build the index: use it only if it covers every document
            with self._read() as conn:
                indexed = (
                    _has_table(conn, "search_indexed")
                    and not conn.execute(
                        "SELECT 1 FROM documents WHERE id NOT IN "
                        "(SELECT document_id FROM search_indexed) LIMIT 1"
                    ).fetchone()
                )
        else:
            self._update_search_index(progress)
            indexed = True
        with self._read() as conn:
            if indexed:
                match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
                rows = conn.execute(
                    "SELECT d.id, d.name, d.text FROM search_index "
                    "JOIN documents d ON d.id = search_index.rowid "
                    "WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                ).fetchall()
            else:
                rows = conn.execute("SELECT id, name, text FROM documents ORDER BY id").fetchall()
        hits = []
        for doc_id, name, text in rows:
            found = list(pattern.finditer(text))
            if not found or (not indexed and not _has_every_word(text, words)):
                continue
            first = found[0]
            a, b = max(0, first.start() - 40), min(len(text), first.end() + 40)
            snippet = " ".join(text[a:b].split())
            hits.append(SearchHit(doc_id, name, len(found), first.start(), first.end(), snippet))
            if len(hits) >= limit:
                break
        return hits

    def _update_search_index(self, progress: Progress | None = None) -> None:
        with self._write() as conn:
            if not _has_table(conn, "search_indexed"):
                conn.execute(
                    "CREATE VIRTUAL TABLE search_index USING fts5("
                    "body, content='', tokenize='trigram')"
                )
                conn.execute("CREATE TABLE search_indexed (document_id INTEGER PRIMARY KEY)")
            missing = conn.execute(
                "SELECT id, text FROM documents WHERE id NOT IN "
                "(SELECT document_id FROM search_indexed) ORDER BY id"
            )
            total = 0
            for n, (doc_id, text) in enumerate(missing, 1):
                conn.execute(
                    "INSERT INTO search_index (rowid, body) VALUES (?, ?)",
                    (doc_id, search_fold(text)),
                )
                conn.execute("INSERT INTO search_indexed (document_id) VALUES (?)", (doc_id,))
                total = n
                if progress and n % 500 == 0:
                    progress(n, 0)
            if progress and total:
                progress(total, total)

    # --- spans ------------------------------------------------------------------------------

    def spans(self, document_id: int) -> list[Span]:
        """A document's spans in reading order (start, then longer first)."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l ON l.id = s.label_id "
                "WHERE s.document_id = ? ORDER BY s.start, s.end DESC, l.position",
                (document_id,),
            ).fetchall()
        return [Span(*row) for row in rows]

    def span(self, span_id: int) -> Span:
        with self._read() as conn:
            return self._span_in(conn, span_id)

    def validate_span(self, document_id: int, start: int, end: int) -> None:
        """Raise ``SpanError`` unless ``[start, end)`` is non-empty and on grapheme boundaries."""
        text = self._text(document_id)
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool):
                raise SpanError(f"span {name} must be a whole number, not {value!r}")
        if not 0 <= start < end <= len(text):
            raise SpanError(f"span {start}–{end} is outside the text (0–{len(text)}) or empty")
        for value in (start, end):
            if not is_grapheme_boundary(text, value):
                raise SpanError(
                    f"span {start}–{end} cuts a character in two at {value} "
                    "(a letter and its marks, or an emoji, belong together)"
                )

    def add_span(
        self,
        document_id: int,
        start: int,
        end: int,
        label_id: int,
        *,
        span_id: int | None = None,
        annotator: str | None = None,
        note: str | None = None,
        created_at: str | None = None,
    ) -> Span:
        """Tag ``[start, end)`` (code points) with a label; committed when this returns.

        Raises ``SpanError`` for an invalid range, a range that cuts a grapheme, an
        unknown label, or the same range already carrying the same label.
        """
        self.validate_span(document_id, start, end)
        annotator = annotator if annotator is not None else self.annotator
        created_at = created_at or utc_now()
        try:
            with self._write() as conn:
                label = conn.execute("SELECT name FROM labels WHERE id = ?", (label_id,)).fetchone()
                if label is None:
                    raise SpanError(f"no label with id {label_id}")
                cur = conn.execute(
                    "INSERT INTO spans (id, document_id, start, end, label_id, annotator, note, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (span_id, document_id, start, end, label_id, annotator, note, created_at),
                )
                conn.execute(
                    "UPDATE documents SET status = 'in_progress', updated_at = ? "
                    "WHERE id = ? AND status = 'new'",
                    (created_at, document_id),
                )
        except sqlite3.IntegrityError as e:
            if "spans.id" in str(e):  # restore_span of an id that is taken (never reused)
                raise SpanError(f"span {span_id} already exists") from None
            if "FOREIGN KEY" in str(e):
                raise SpanError(f"no document with id {document_id}") from None
            raise SpanError(f"{start}–{end} is already tagged {label[0]!r}") from None
        return Span(
            cur.lastrowid, document_id, start, end, label_id, label[0], annotator, created_at, note
        )

    def restore_span(self, span: Span) -> Span:
        """Put back a deleted span with its id and fields (undo of a delete)."""
        return self.add_span(
            span.document_id,
            span.start,
            span.end,
            span.label_id,
            span_id=span.id,
            annotator=span.annotator,
            note=span.note,
            created_at=span.created_at,
        )

    def delete_span(self, span_id: int, *, document_status: str | None = None) -> Span:
        """Remove a span; returns it as it was, so it can be restored.

        ``document_status`` also sets its document's status in the same transaction (the
        undo of a first tag puts a document back to "new").
        """
        if document_status is not None and document_status not in STATUSES:
            raise SpanError(f"unknown status {document_status!r}")
        with self._write() as conn:
            span = self._span_in(conn, span_id)
            conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
            if document_status is not None:
                conn.execute(
                    "UPDATE documents SET status = ?, updated_at = ? WHERE id = ?",
                    (document_status, utc_now(), span.document_id),
                )
        return span

    def relabel_span(self, span_id: int, label_id: int) -> Span:
        """Give a span another label; returns the span as it is now."""
        label = self.label(label_id)
        with self._write() as conn:
            span = self._span_in(conn, span_id)
            try:
                conn.execute("UPDATE spans SET label_id = ? WHERE id = ?", (label_id, span_id))
            except sqlite3.IntegrityError:
                raise SpanError(
                    f"{span.start}–{span.end} is already tagged {label.name!r}"
                ) from None
        return dataclasses.replace(span, label_id=label.id, label=label.name)

    def set_span_note(self, span_id: int, note: str | None) -> Span:
        """Attach a free-text note to a span (``None`` removes it)."""
        with self._write() as conn:
            span = self._span_in(conn, span_id)
            conn.execute("UPDATE spans SET note = ? WHERE id = ?", (note or None, span_id))
        return dataclasses.replace(span, note=note or None)

    def _span_in(self, conn: sqlite3.Connection, span_id: int) -> Span:
        """A span read on ``conn``; inside a write, the change that follows is atomic with it."""
        row = conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans s JOIN labels l ON l.id = s.label_id "
            "WHERE s.id = ?",
            (span_id,),
        ).fetchone()
        if row is None:
            raise SpanError(f"no span with id {span_id}")
        return Span(*row)

    # --- whole-project operations -----------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """A separate read-only connection for a long read, made on the thread that uses it.

        WAL lets it read a consistent snapshot while this project keeps writing.
        """
        self._require_open()
        mode = _readonly_mode(self.path) if self.readonly else "ro"
        return _connect(self.path, mode, check_same_thread=True)

    def snapshot(self) -> Iterator[tuple[int, tuple, list[tuple]]]:
        """Yield ``(document count, document row, its span rows)`` for every document, in id
        order, from one consistent snapshot on a connection of its own (for export).

        A document row is ``(id, name, text, status, encoding, sha256, meta_json)``; a span
        row is ``(start, end, label name, annotator, created_at, note)``, ordered by start,
        end and label. Memory stays at one document however large the project.
        """
        conn = self.reader()
        try:
            conn.execute("BEGIN")  # one snapshot for both cursors, while the app keeps writing
            total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            docs = conn.execute(
                "SELECT id, name, text, status, encoding, sha256, meta FROM documents ORDER BY id"
            )
            spans = conn.execute(
                "SELECT s.document_id, s.start, s.end, l.name, s.annotator, s.created_at, "
                "s.note FROM spans s JOIN labels l ON l.id = s.label_id "
                "ORDER BY s.document_id, s.start, s.end, l.name"
            )
            pending = spans.fetchone()
            for doc in docs:
                doc_spans = []
                while pending is not None and pending[0] < doc[0]:
                    pending = spans.fetchone()  # spans of a deleted document: none with FKs on
                while pending is not None and pending[0] == doc[0]:
                    doc_spans.append(pending[1:])
                    pending = spans.fetchone()
                yield total, doc, doc_spans
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            raise ProjectError(f"{self.path}: cannot read: {_describe(e)}") from None
        finally:
            conn.close()

    def stats(self) -> dict:
        """Counts: documents by status, spans by label, characters."""
        with self._read() as conn:
            by_status = dict(conn.execute("SELECT status, count(*) FROM documents GROUP BY status"))
            by_label = dict(
                conn.execute(
                    "SELECT l.name, count(s.id) FROM labels l "
                    "LEFT JOIN spans s ON s.label_id = l.id GROUP BY l.id ORDER BY l.position, l.id"
                )
            )
            docs, chars = conn.execute(
                "SELECT count(*), coalesce(sum(length), 0) FROM documents"
            ).fetchone()
        return {
            "documents": docs,
            "characters": chars,
            "spans": sum(by_label.values()),
            "documents_by_status": {s: by_status.get(s, 0) for s in STATUSES},
            "spans_by_label": by_label,
        }

    def check(self) -> list[str]:
        """Integrity and schema problems, as sentences; an empty list means all is well."""
        problems = []
        with self._read() as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [f"integrity: {r}" for r in rows[:20]]
            for row in conn.execute("PRAGMA foreign_key_check"):
                problems.append(
                    f"foreign key: row {row[1]} of {row[0]} points to a missing {row[2]}"
                )
            problems += schema.problems(self._db)
            for sid, doc, start, end, length in conn.execute(
                "SELECT s.id, s.document_id, s.start, s.end, d.length FROM spans s "
                "JOIN documents d ON d.id = s.document_id WHERE s.end > d.length OR s.start < 0 "
                "OR s.end <= s.start"
            ):
                problems.append(f"span {sid} of document {doc}: {start}–{end} outside 0–{length}")
            for doc_id, text in conn.execute("SELECT id, text FROM documents"):
                for sid, start, end in conn.execute(
                    "SELECT id, start, end FROM spans WHERE document_id = ?", (doc_id,)
                ):
                    if end <= len(text) and not (
                        is_grapheme_boundary(text, start) and is_grapheme_boundary(text, end)
                    ):
                        problems.append(f"span {sid} of document {doc_id} cuts a grapheme")
        return problems

    def backup(self, destination: str | os.PathLike) -> Path:
        """Copy the project with SQLite's backup API (WAL included), then verify the copy."""
        destination = Path(destination)
        if destination.exists():
            raise ProjectError(f"{destination}: already exists; choose another backup name")
        with self._read() as conn:
            try:
                target = sqlite3.connect(destination)
                try:
                    conn.backup(target)
                    # A copy gets its own identity, so that the original's -wal file is
                    # never taken for the copy's (say, a backup restored over a crash).
                    schema.new_identity(target)
                    target.commit()
                    result = target.execute("PRAGMA quick_check").fetchone()[0]
                finally:
                    target.close()
            except sqlite3.Error as e:
                with contextlib.suppress(OSError):
                    destination.unlink()
                raise ProjectError(f"{destination}: backup failed: {_describe(e)}") from None
        if result != "ok":
            raise ProjectError(f"{destination}: the backup does not verify ({result})")
        return destination


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
    )


def _has_every_word(text: str, words: list[str]) -> bool:
    folded = search_fold(text)
    return all(w in folded for w in words)


#: (device, inode) of the project files this process has open for writing.
_OPEN_HERE: set[tuple[int, int]] = set()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _readonly_mode(path: Path) -> str:
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


def _connect(path: Path, mode: str, check_same_thread: bool = False) -> sqlite3.Connection:
    """Connect by URI so that ``mode=rw`` never creates a file and ``mode=ro`` never writes."""
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=check_same_thread, timeout=5
    )
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a commit is on disk before the call returns, surviving power loss (~0.2 ms).
    conn.execute("PRAGMA synchronous = FULL")
    return conn
