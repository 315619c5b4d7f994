"""Full-text search over the documents: an FTS5 trigram index, kept up to date lazily.

The index tables (``search_index``, ``search_indexed``) are declared in ``schema``; a file
opened for writing always has them. The index holds folded text (``text.search_fold``) and
is contentless, so it costs little room and stores no second copy of the articles.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..text import search_fold, search_pattern
from . import schema
from .transactions import Transactions

if TYPE_CHECKING:  # made by the first search (annotator.outcomes), not when a project opens
    from ..outcomes import SearchHit

Progress = Callable[[int, int], None]


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
        pattern = search_pattern(" ".join(words))
        if self.readonly:  # cannot update the index: use it only if it covers every document
            with self._read() as conn:
                indexed = schema.has_search_index(conn) and not _some_unindexed(conn)
        else:
            self._update_search_index(progress)
            indexed = True
        with self._read() as conn:
            if indexed:
                match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
                # bm25() by name in a subquery, not ``rank``: FTS5 answers ORDER BY rank by
                # sorting every match in a statement of its own; SQLite keeps only the best
                # ``limit`` of an ORDER BY with a LIMIT (same order, a fifth fewer
                # instructions for a word in most documents). Joined after the LIMIT, so
                # only the texts shown are read.
                rows = conn.execute(
                    "SELECT d.id, d.name, d.text FROM (SELECT rowid AS id, "
                    "bm25(search_index) AS score FROM search_index WHERE search_index MATCH ? "
                    "ORDER BY score, id LIMIT ?) AS best "
                    "JOIN documents d ON d.id = best.id ORDER BY best.score, best.id",
                    (match, limit),
                ).fetchall()
            else:
                rows = conn.execute("SELECT id, name, text FROM documents ORDER BY id").fetchall()
        from ..outcomes import SearchHit

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
        # Read first: a search of an indexed project writes nothing, so it neither waits
        # for nor holds the write lock (0.6 ms of CPU, not 18 ms: the documents were
        # scanned row by row, texts and all, inside a write transaction).
        with self._read() as conn:
            if not _some_unindexed(conn):
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
