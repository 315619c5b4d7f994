"""A document's status, kept apart from its text (schema 7).

SQLite writes a whole row again to change one of its columns: a status kept beside a 15 MB
text made the first tag of that article write 15 MB (about 300 ms), and so did marking it
done. The text's row is written once, at import; the status and the time of the document's
last change live in ``document_state``, a row of a few bytes per document.
"""

from __future__ import annotations

import sqlite3

#: A document's status in a query over ``documents d`` (no row of its own reads as new).
STATUS = "coalesce((SELECT st.status FROM document_state st WHERE st.document_id = d.id), 'new')"


def read_status(conn: sqlite3.Connection, document_id: int) -> str | None:
    """The status of a stored document; None if there is no such document."""
    row = conn.execute(
        f"SELECT {STATUS} FROM documents d INDEXED BY documents_summary WHERE d.id = ?",
        (document_id,),
    ).fetchone()
    return row[0] if row else None


def set_status(conn: sqlite3.Connection, document_id: int, status: str, now: str) -> None:
    conn.execute(
        "INSERT INTO document_state (document_id, status, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (document_id) DO UPDATE SET status = excluded.status, "
        "updated_at = excluded.updated_at",
        (document_id, status, now),
    )


def mark_started(conn: sqlite3.Connection, document_id: int, now: str) -> None:
    """A new document is in progress from its first span on; another status stays."""
    conn.execute(
        "INSERT INTO document_state (document_id, status, updated_at) "
        "VALUES (?, 'in_progress', ?) ON CONFLICT (document_id) DO UPDATE SET "
        "status = 'in_progress', updated_at = excluded.updated_at "
        "WHERE document_state.status = 'new'",
        (document_id, now),
    )


def touch(conn: sqlite3.Connection, document_id: int, now: str) -> None:
    """The document changed (its title): its status stays."""
    conn.execute(
        "INSERT INTO document_state (document_id, status, updated_at) VALUES (?, 'new', ?) "
        "ON CONFLICT (document_id) DO UPDATE SET updated_at = excluded.updated_at",
        (document_id, now),
    )
