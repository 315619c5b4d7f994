"""One line of the results table, the machine description, and the table as text."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import sqlite3
from dataclasses import asdict, dataclass, field


@dataclass
class Row:
    """A scenario's figure beside its baseline. ``ratio`` is ours ÷ baseline in time."""

    scenario: str
    data: str
    ours: str
    baseline: str
    ratio: float | None
    budget: str
    ok: bool | None  # None: not measured (n/a)
    details: dict = field(default_factory=dict)
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "n/a"}[self.ok]


def machine() -> dict:
    """CPU, cores, memory and the versions that matter for these figures."""
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in f if line.startswith("model name")),
                cpu,
            )
    except OSError:
        pass
    ram = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
            ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }


COLUMNS = ("scenario", "data", "ours", "baseline", "ratio", "budget", "result")


def cells(row: Row) -> list[str]:
    ratio = "" if row.ratio is None else f"{row.ratio:.2f}×"
    verdict = row.verdict + (f" ({row.note})" if row.note else "")
    return [row.scenario, row.data, row.ours, row.baseline, ratio, row.budget, verdict]


def text_table(rows: list[Row]) -> str:
    """The table for a terminal, columns padded."""
    grid = [list(COLUMNS)] + [cells(r) for r in rows]
    widths = [max(len(line[i]) for line in grid) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in grid
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    def esc(s: str) -> str:
        return s.replace("|", "\\|")

    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(esc(c) for c in cells(r)) + " |" for r in rows]
    return "\n".join(lines)
