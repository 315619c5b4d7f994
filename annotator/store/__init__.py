"""The project store: the only package that holds SQL (see ``project`` for the map).

``Project`` is its one public entry point.
"""

from .documents import Progress
from .project import Project
from .transactions import utc_now

__all__ = ["Progress", "Project", "utc_now"]
