"""Suggestions: Arabic-aware rules that propose spans for an analyst to accept or reject.

Qt-free and store-free: ``suggest(text)`` returns plain ``Suggestion`` data in code points.
The rules live in readable data files under ``annotator/suggest/rules/`` (one per rule set);
``load_rules(folder)`` reads another folder with the same files, for a team's own edits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from unicodedata import category

from ..errors import FormatError
from ..records import strict_json_file
from ..text.words import _is_word_char  # the app's own definition of a word character
from .location import Gazetteer
from .model import Suggestion
from .reporting import ReportingRules
from .statistic import StatisticRules
from .words import Words, fold

__all__ = ["RuleBook", "Suggestion", "load_rules", "suggest", "RULE_FILES"]

RULE_FILES = ("statistic.json", "reporting.json", "gazetteer.json", "places_extra.json")


@dataclass
class RuleBook:
    """Every rule set, compiled: call ``suggest`` rather than this directly."""

    statistic: StatisticRules
    reporting: ReportingRules
    gazetteer: Gazetteer
    source: str  # where the rule files were read from

    def rules(self) -> dict[str, str]:
        """Every rule id with what it does, for the app's counts and 'accept all of rule'."""
        out = {}
        for data in (self._data["statistic.json"], self._data["reporting.json"]):
            out.update({rid: spec["about"] for rid, spec in data["rules"].items()})
        out["location.gazetteer"] = f"a place name from the gazetteer ({len(self.gazetteer)} names)"
        out["location.project"] = "a place already tagged as a location in this project"
        return out


def _read(folder, name: str) -> dict:
    try:
        data = strict_json_file((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError, FormatError) as e:
        raise ValueError(f"rule file {name}: {e}") from None
    if not isinstance(data, dict):
        raise ValueError(f"rule file {name}: not a JSON object")
    return data


def load_rules(folder: str | Path | None = None) -> RuleBook:
    """Compile the rule files in ``folder`` (default: the ones shipped with the app).

    A bad file raises ``ValueError`` naming it.
    """
    where = Path(folder) if folder is not None else resources.files(__package__) / "rules"
    data = {name: _read(where, name) for name in RULE_FILES}
    extra = data["places_extra.json"]
    names = [p["name"] for p in data["gazetteer.json"]["places"]] + list(extra["places"])
    try:
        book = RuleBook(
            StatisticRules(data["statistic.json"]),
            ReportingRules(data["reporting.json"]),
            Gazetteer(names, "location.gazetteer", 0.8, exclude=extra.get("exclude", ())),
            str(where),
        )
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"rule files in {where}: missing or malformed entry {e}") from None
    book._data = data
    return book


@lru_cache(maxsize=1)
def default_rules() -> RuleBook:
    return load_rules()


def suggest(
    text: str,
    rules: RuleBook | None = None,
    known_locations: Iterable[str] = (),
) -> list[Suggestion]:
    """Suggestions for one document's text, ordered by position.

    ``known_locations``: names already tagged as locations in the project (and names the
    analyst added to its gazetteer); every occurrence of them is suggested too.
    """
    rules = rules or default_rules()
    words = Words.of(text)
    out = rules.statistic(words) + rules.reporting(words)
    places = rules.gazetteer(words)
    known = {fold(k).strip() for k in known_locations} - rules.gazetteer.names
    if known:
        project = Gazetteer(known, "location.project", 0.9)
        places = _merge_places(project(words), places)
    out += places
    # The rules' words end at punctuation and spaces; the app's words (snap_to_words) also
    # keep symbols such as emoji inside a word. A suggestion must be whole words there too.
    # (the same test as snap_to_words' widening, without its grapheme pass: 30× cheaper)
    n = len(text)
    out = [
        s
        for s in out
        if _is_word_char(text, s.start)  # no punctuation at either edge (snapping trims it)
        and _is_word_char(text, s.end - 1)
        and not (s.start and _is_word_char(text, s.start - 1))
        and category(text[s.start])[0] != "M"  # a mark at a start joins the character before
        and not (s.end < n and _is_word_char(text, s.end))
    ]
    out.sort(key=lambda s: (s.start, s.end, s.label))
    return out


def _merge_places(first: list[Suggestion], second: list[Suggestion]) -> list[Suggestion]:
    """Both lists, without a second suggestion overlapping one of the first.

    The first list's ranges are merged into disjoint sorted runs, so each of the second is
    checked against one run (bisect): a long article gives tens of thousands of each, and
    testing every pair took minutes on a pool thread holding the GIL.
    """
    runs: list[list[int]] = []
    for a, b in sorted((s.start, s.end) for s in first):
        if runs and a < runs[-1][1]:  # overlaps the run before: widen it
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    starts = [a for a, _ in runs]

    def overlaps(s: Suggestion) -> bool:
        i = bisect_left(starts, s.end) - 1  # the last run starting before s ends
        return i >= 0 and runs[i][1] > s.start

    return first + [s for s in second if not overlaps(s)]
