"""Full-text search over the documents: an FTS5 trigram index, kept up to date lazily.

The index tables (``search_index``, ``search_indexed``) are declared in ``schema``; a file
opened for writing always has them. The index holds folded text (``text.search_fold``) and
is contentless, so it costs little room and stores no second copy of the articles.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..errors import ProjectError
from ..text import search_fold
from ..text.search import search_finder
from . import file, schema, schema_check
from .transactions import Transactions, in_lists

if TYPE_CHECKING:  # made by the first search (annotator.outcomes), not when a project opens
    from ..outcomes import SearchHit

Progress = Callable[[int, int], None]
T = TypeVar("T")


class Search(Transactions):
    """The search method of ``Project``."""

    def search(
        self, query: str, limit: int = 200, progress: Progress | None = None
    ) -> list[SearchHit]:
        """Documents holding every word of ``query`` (3 letters or more each), best first.

        Harakat, tatweel, alef forms, ى/ي and ة/ه do not matter, and a word is found inside
        longer ones (كازاخستان in وكازاخستان). The index (SQLite FTS5, trigram) is brought up
        to date by each search; ``progress(done, total)`` reports that. A read-only project
        whose index does not cover every document is searched by a plain scan.
        """
        words = [w for w in search_fold(query).split() if len(w) >= 3]
        if not words:
            return []
        if self.readonly:  # cannot update the index: use it only if it covers every document
            with self._read() as conn:
                indexed = schema.has_search_index(conn) and self._index_complete(conn)
        else:
            self._update_search_index(progress)
            indexed = True
        with self._read() as conn:
            if indexed:
                match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
                # The matcher is made while the other thread ranks (a new query's costs ms).
                rows, find = self._best(conn, match, limit, lambda: search_finder(" ".join(words)))
            else:
                rows = conn.execute("SELECT id, name, text FROM documents ORDER BY id").fetchall()
                find = search_finder(" ".join(words))
        from ..outcomes import SearchHit

        hits = []
        for doc_id, name, text in rows:
            found = find(text)  # (count, start, end) of the matches, or None
            if found is None or (not indexed and not _has_every_word(text, words)):
                continue
            count, start, end = found
            a, b = max(0, start - 40), min(len(text), end + 40)
            snippet = " ".join(text[a:b].split())
            hits.append(SearchHit(doc_id, name, count, start, end, snippet))
            if len(hits) >= limit:
                break
        return hits

    def _best(
        self, conn: sqlite3.Connection, match: str, limit: int, meanwhile: Callable[[], T]
    ) -> tuple[list[tuple], T]:
        """(id, name, text) of the ``limit`` best documents for ``match``, best first, and
        what ``meanwhile()`` returns (called while the other thread ranks).

        Ranking is bm25 over every matching row: a per-row lookup of the row's length and
        a pass over each phrase's matches for its IDF, done in C with the GIL released. On
        a large index two ranges of the rowids are ranked at once, the upper one on a
        second connection in a thread of its own; bm25's statistics are the whole index's
        whichever rows a statement ranks, so each range's scores are the one statement's,
        and the best ``limit`` of the two lists merged by (score, id) are its rows (the
        same ids and scores, in ~0.7x the time when two cores are free).
        """
        halves = _halves(conn)
        if halves is None:
            made = meanwhile()
            ranked = _ranked(conn, match, limit)
        else:
            # Imported here, not with the module: the window's first frame does not need them.
            import heapq
            import itertools
            from concurrent.futures import ThreadPoolExecutor

            low, mid, high = halves
            ours = _identity(conn)
            with ThreadPoolExecutor(1) as pool:
                apart = pool.submit(self._ranked_apart, ours, match, limit, mid + 1, high)
                made = meanwhile()
                lower = _ranked(conn, match, limit, low, mid)
                upper = apart.result()
            if upper is None:  # no second connection: the upper half here, after the lower
                upper = _ranked(conn, match, limit, mid + 1, high)
            ranked = list(itertools.islice(heapq.merge(lower, upper, key=_by_score), limit))
        if not ranked:
            return [], made
        # Only the texts shown are read (the ids in chunks under SQLite's variable limit).
        texts = {}
        ids = [doc_id for doc_id, _score in ranked]
        for chunk, marks in in_lists(ids):
            for row in conn.execute(
                f"SELECT id, name, text FROM documents WHERE id IN ({marks})", chunk
            ):
                texts[row[0]] = row
        return [texts[doc_id] for doc_id in ids if doc_id in texts], made

    def _ranked_apart(
        self, identity: list[tuple], match: str, limit: int, low: int, high: int
    ) -> list[tuple[int, float]] | None:
        """``_ranked`` on the search's own connection (in another thread); ``None`` when
        that connection could not be made or is not to the file the project reads."""
        conn = getattr(self, "_search_conn", None)
        if conn is None:
            try:
                real = Path(os.path.realpath(self.path))
                mode = file.readonly_mode(real) if self.readonly else "ro"
                conn = self._search_conn = file.connect(real, mode)
            except (sqlite3.Error, ProjectError):
                return None
        try:
            # The path could name another file by now: rank only in the project's own
            # file (same identity and count of writes), holding nothing that is not ours.
            if _identity(conn) == identity and not schema_check.untrusted(conn):
                return _ranked(conn, match, limit, low, high)
        except sqlite3.Error:
            pass
        self._close_search()
        return None

    def _close_search(self) -> None:
        """Close the search's second connection. It is kept from one search to the next
        (opening it cost ~1.6 ms of CPU a search, and its page cache stays warm), checked
        at each as when it was new; ``Project.close`` calls this."""
        conn, self._search_conn = getattr(self, "_search_conn", None), None
        if conn is not None:
            conn.close()

    def _index_complete(self, conn: sqlite3.Connection) -> bool:
        """Whether the index covers every document. Asked by every search, and answered
        from the last answer while nothing was written since: the count of rows this
        connection changed and SQLite's ``data_version`` (which moves when another
        connection commits) are as they were then."""
        state = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        if state == getattr(self, "_complete_at", None):
            return True
        if _some_unindexed(conn):
            return False
        self._complete_at = state
        return True

    def _update_search_index(self, progress: Progress | None = None) -> None:
        # Read first: a search of an indexed project writes nothing, so it neither waits
        # for nor holds the write lock (0.6 ms of CPU, not 18 ms: the documents were
        # scanned row by row, texts and all, inside a write transaction).
        with self._read() as conn:
            if self._index_complete(conn):
                return
        with self._write() as conn:
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


def forget_document(conn: sqlite3.Connection, document_id: int) -> None:
    """Remove a document from the index, inside the caller's transaction."""
    if not schema.has_search_index(conn):
        return
    if not conn.execute(
        "SELECT 1 FROM search_indexed WHERE document_id = ?", (document_id,)
    ).fetchone():
        return
    # A contentless index forgets a row only when given the same text again.
    text = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', ?, ?)",
        (document_id, search_fold(text)),
    )
    conn.execute("DELETE FROM search_indexed WHERE document_id = ?", (document_id,))


def _some_unindexed(conn: sqlite3.Connection) -> bool:
    """Whether a document is missing from the index. The index lists only documents that
    exist (``forget_document`` takes one out as it is deleted), so equal counts say none is
    missing without reading 30,000 rows: two counts over the smallest indexes."""
    documents, indexed = conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM search_indexed)"
    ).fetchone()
    if documents == indexed:
        return False
    return (
        conn.execute(
            "SELECT 1 FROM documents WHERE id NOT IN "
            "(SELECT document_id FROM search_indexed) LIMIT 1"
        ).fetchone()
        is not None
    )


def _has_every_word(text: str, words: list[str]) -> bool:
    folded = search_fold(text)
    return all(w in folded for w in words)


#: An index of fewer documents is ranked by one statement: its search takes milliseconds,
#: less than a second connection costs to open and check (~1.6 ms of CPU).
SPLIT_FROM = 4000
#: The share of the ids ranked by the calling thread, which also makes the query's pattern
#: meanwhile: both threads then finish together (callgrind, the bench's slowest queries:
#: 311/315 M and 258/258 M instructions to the merge). The texts are read after it.
LOWER_SHARE = 0.47


def _halves(conn: sqlite3.Connection) -> tuple[int, int, int] | None:
    """(lowest id, last id of the lower half, highest id) of the indexed documents, or
    ``None`` when one statement ranks them: a small index, or a machine with one core."""
    if (os.cpu_count() or 1) < 2:
        return None
    # Apart, not in one SELECT with count(*): each is one step down the b-tree, where
    # the three together read every row (4.8 ms for 30,000 documents).
    low, high = conn.execute(
        "SELECT (SELECT min(document_id) FROM search_indexed), "
        "(SELECT max(document_id) FROM search_indexed)"
    ).fetchone()
    if low is None or high - low + 1 < SPLIT_FROM:
        return None
    return low, low + int((high - low) * LOWER_SHARE), high


def _ranked(
    conn: sqlite3.Connection,
    match: str,
    limit: int,
    low: int | None = None,
    high: int | None = None,
) -> list[tuple[int, float]]:
    """(id, score) of the best ``limit`` matches with ids in [low, high], best first."""
    # bm25() by name, not ``rank``: FTS5 answers ORDER BY rank by sorting every match in a
    # statement of its own; SQLite keeps only the best ``limit`` of an ORDER BY with a
    # LIMIT (same order, a fifth fewer instructions for a word in most documents).
    if low is None:
        return conn.execute(
            "SELECT rowid AS id, bm25(search_index) AS score FROM search_index "
            "WHERE search_index MATCH ? ORDER BY score, id LIMIT ?",
            (match, limit),
        ).fetchall()
    return conn.execute(
        "SELECT rowid AS id, bm25(search_index) AS score FROM search_index "
        "WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? ORDER BY score, id LIMIT ?",
        (match, low, high, limit),
    ).fetchall()


def _by_score(row: tuple[int, float]) -> tuple[float, int]:
    return row[1], row[0]


def _identity(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT key, value FROM project_info WHERE key IN ('uuid', 'writes') ORDER BY key"
    ).fetchall()
