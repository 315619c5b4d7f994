"""annotator: the headless core of the Arabic news annotator.

Open a project, import articles, add spans, export JSONL, all without Qt::

    from annotator import Project, import_paths, export
    with Project.open_or_create("news.annot") as project:
        import_paths(project, ["article.txt"])
        doc = project.documents()[0]
        label = project.label_by_name("speaker")
        project.add_span(doc.id, 0, 5, label.id)
        with open("out.jsonl", "wb") as f:
            export(project, f)
"""

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    AnnotatorError,
    ArticleError,
    DocumentError,
    FileError,
    FormatError,
    LabelError,
    ProjectError,
    ProjectLockedError,
    ProjectNotWritableError,
    ReadOnlyProjectError,
    SpanError,
    UntrustedProjectError,
)
from .model import Document, DocumentInfo, Label, Span  # noqa: E402

# The rest loads on first use (PEP 562), so that starting the desktop app does not pay for
# orjson, regex, the importers and their results before its window is up.
_LAZY = {
    "FORMATS": "formats",
    "export": "formats",
    "export_to_path": "formats",
    "iter_records": "formats",
    "import_paths": "importer",
    "ImportResult": "outcomes",
    "seed_articles": "paths",
    "Project": "store",
    "Utf16Map": "text",
    "snap_to_graphemes": "text",
    "snap_to_words": "text",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AnnotatorError",
    "ArticleError",
    "Document",
    "DocumentError",
    "DocumentInfo",
    "FORMATS",
    "FileError",
    "FormatError",
    "ImportResult",
    "Label",
    "LabelError",
    "Project",
    "ProjectError",
    "ProjectLockedError",
    "ProjectNotWritableError",
    "ReadOnlyProjectError",
    "Span",
    "SpanError",
    "UntrustedProjectError",
    "Utf16Map",
    "export",
    "export_to_path",
    "import_paths",
    "iter_records",
    "seed_articles",
    "snap_to_graphemes",
    "snap_to_words",
]
