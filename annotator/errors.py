"""Typed errors: expected problems a user can fix, as opposed to bugs.

Every error the command line or the app shows to a user is an ``AnnotatorError``;
anything else escaping the core is a bug. Each kind of refusal has its own type, so a
caller can tell "that span is not valid" from "that label name is taken" without reading
the message:

- ``ProjectError`` (and its subclasses): the project file cannot be opened, created or
  written.
- ``FileError``: another file (an article, an export or backup target) cannot be read or
  written; ``ArticleError`` for an article that cannot be read or decoded.
- ``FormatError``: an import file is malformed.
- ``DocumentError``, ``LabelError``, ``SpanError``: an edit the project refuses.
"""

from __future__ import annotations


class AnnotatorError(Exception):
    """An expected problem with a message fit to show to the user."""


class ProjectError(AnnotatorError):
    """The project file cannot be opened, created or written."""


class ProjectLockedError(ProjectError):
    """Another process has the project open for writing."""


class ProjectNotWritableError(ProjectError):
    """The project file or its folder cannot be written; it can still be opened read-only."""


class ReadOnlyProjectError(ProjectError):
    """A write was attempted on a project opened read-only."""


class OlderProjectError(ProjectError):
    """A project written by an older version, opened read-only: it must be upgraded first
    (a write open does that, keeping a backup)."""


class UntrustedProjectError(ProjectError):
    """The file holds schema objects (a trigger, a view) or values this version never writes."""


class FileError(AnnotatorError):
    """A file other than the project (an article, an export or backup target) is refused."""


class ArticleError(FileError):
    """An article file cannot be read or decoded."""


class DocumentError(AnnotatorError):
    """No such document, or a document change the project refuses (an unknown status)."""


class LabelError(AnnotatorError):
    """A label is missing, or a label change is refused (name, colour, key taken or invalid)."""


class SpanError(AnnotatorError):
    """A span is not valid for its document (range, grapheme, duplicate, missing span)."""


class FormatError(AnnotatorError):
    """An import file is malformed; ``problems`` lists (line number, message) pairs."""

    def __init__(self, message: str, problems: list[tuple[int, str]] | None = None):
        self.problems = problems or []
        if self.problems:
            shown = "\n".join(f"  line {n}: {msg}" for n, msg in self.problems[:20])
            more = len(self.problems) - 20
            if more > 0:
                shown += f"\n  … and {more} more"
            message = f"{message}\n{shown}"
        super().__init__(message)
