"""Attributes: properties a label declares for its spans (a closed set of values, a key),
and the flag every span has: ``uncertain``. The attribute methods of ``Project``."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence

from ..errors import LabelError, SpanError
from ..model import Attribute, Span
from .links import attributes, check_attribute_key
from .spans import span_in
from .transactions import Transactions


class Attributes(Transactions):
    """The attribute methods of ``Project``."""

    # --- attributes ---------------------------------------------------------------------

    def attributes(self) -> list[Attribute]:
        """Every label's attribute declarations, by label position then attribute position."""
        with self._read() as conn:
            return attributes(conn)

    def add_attribute(
        self, label: str, name: str, values: Sequence[str], key: str | None = None
    ) -> Attribute:
        """Declare an attribute of ``label`` with a closed set of ``values`` and a ``key``."""
        name = (name or "").strip()
        if not name:
            raise SpanError("an attribute needs a name")
        values = tuple(v.strip() for v in values)
        if not values or any(not v for v in values) or len(set(values)) != len(values):
            raise SpanError("an attribute needs distinct, non-empty values")
        with self._write() as conn:
            row = conn.execute("SELECT id FROM labels WHERE name = ?", (label,)).fetchone()
            if row is None:
                raise LabelError(f"no label called {label!r}")
            key = check_attribute_key(conn, key, row[0], None)
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM attributes WHERE label_id = ?",
                (row[0],),
            ).fetchone()[0]
            try:
                cur = conn.execute(
                    "INSERT INTO attributes (label_id, name, key, position) VALUES (?, ?, ?, ?)",
                    (row[0], name, key, position),
                )
            except sqlite3.IntegrityError:
                raise SpanError(f"{label!r} already has an attribute {name!r}") from None
            conn.executemany(
                "INSERT INTO attribute_values (attribute_id, value, position) VALUES (?, ?, ?)",
                [(cur.lastrowid, v, i) for i, v in enumerate(values)],
            )
        return Attribute(cur.lastrowid, label, name, values, key, row[0])

    def delete_attribute(self, attribute_id: int) -> None:
        """Remove an attribute declaration and every value spans have for it."""
        with self._write() as conn:
            conn.execute("DELETE FROM attributes WHERE id = ?", (attribute_id,))

    def set_span_attribute(self, span_id: int, name: str, value: str | None) -> Span:
        """Set (or with ``None`` clear) one attribute of a span; returns the span as it is now."""
        with self._write() as conn:
            span = span_in(conn, span_id)
            row = conn.execute(
                "SELECT a.id FROM attributes a JOIN spans s ON s.label_id = a.label_id "
                "WHERE s.id = ? AND a.name = ?",
                (span_id, name),
            ).fetchone()
            if row is None:
                raise SpanError(f"a {span.label} has no attribute {name!r}")
            if value is None:
                conn.execute(
                    "DELETE FROM span_attributes WHERE span_id = ? AND attribute_id = ?",
                    (span_id, row[0]),
                )
            else:
                try:
                    conn.execute(
                        "INSERT INTO span_attributes (span_id, attribute_id, value) "
                        "VALUES (?, ?, ?) ON CONFLICT (span_id, attribute_id) "
                        "DO UPDATE SET value = excluded.value",
                        (span_id, row[0], value),
                    )
                except sqlite3.IntegrityError:
                    raise SpanError(f"{value!r} is not a value of {name!r}") from None
            return span_in(conn, span_id)

    def set_span_uncertain(self, span_id: int, uncertain: bool) -> Span:
        """Flag a span as uncertain (or not); returns the span as it is now."""
        with self._write() as conn:
            span = span_in(conn, span_id)
            conn.execute(
                "UPDATE spans SET uncertain = ? WHERE id = ?", (1 if uncertain else 0, span_id)
            )
        return dataclasses.replace(span, uncertain=bool(uncertain))
