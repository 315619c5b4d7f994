"""What a rule proposes: plain data, code-point offsets, no Qt and no store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Suggestion:
    """A proposed span: ``[start, end)`` in code points of the document's text.

    ``rule`` names the rule that made it (``statistic.digits``, ``location.gazetteer`` …, or
    the source of imported predictions); ``score`` is in [0, 1]. A claim found with its
    speaker carries ``link``: the speaker suggestion's ``(start, end)``.
    """

    start: int
    end: int
    label: str
    rule: str
    score: float
    link: tuple[int, int] | None = None

    @property
    def key(self) -> tuple[int, int, str]:
        """What identifies a suggestion within its document (a rejected one stays rejected)."""
        return (self.start, self.end, self.label)
