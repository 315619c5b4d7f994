"""Python's cyclic garbage collector, set for an app that is started once and then waited on.

By its first frame the app holds some 70,000 objects the collector tracks: the modules, their
classes and functions, Qt's wrapped types and enums, the window's widgets and actions. They
live as long as the process, yet every full (oldest-generation) collection walks all of
them again: 30-37 ms in the middle of a key press, and each middle-generation one up to 5 ms.
So once, when the window has shown its first article and built its actions, ``settle``
collects whatever garbage start-up made and then freezes what is left (``gc.freeze``): the
collector no longer walks those objects; everything made later (documents opened, spans,
undo commands) is collected as before.

The price is bounded: a cycle among the objects frozen that is dropped later (say, the first
article's layout when another opens) stays in memory until the process ends; objects that are
not in a cycle are freed by their reference counts as ever (measured on the bench's corpus
project: after 13 document switches and opening another project, thawing and collecting found
no garbage among them). Once a process: a test run that builds many windows freezes only the
first's.
"""

from __future__ import annotations

import gc

_settled = False


def settle() -> None:
    """Collect, then move every object left out of the collector's reach (once a process)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
