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
    FormatError,
    ProjectError,
    ProjectLockedError,
    ProjectNotWritableError,
    ReadOnlyProjectError,
    SpanError,
)
from .formats import FORMATS, export, iter_records  # noqa: E402
from .importer import import_paths  # noqa: E402
from .model import Document, DocumentInfo, ImportResult, Label, Span  # noqa: E402
from .paths import seed_articles  # noqa: E402
from .store import Project  # noqa: E402
from .text import Utf16Map, snap_to_graphemes, snap_to_words  # noqa: E402

__all__ = [
    "AnnotatorError",
    "ArticleError",
    "Document",
    "DocumentInfo",
    "FORMATS",
    "FormatError",
    "ImportResult",
    "Label",
    "Project",
    "ProjectError",
    "ProjectLockedError",
    "ProjectNotWritableError",
    "ReadOnlyProjectError",
    "Span",
    "SpanError",
    "Utf16Map",
    "export",
    "import_paths",
    "iter_records",
    "seed_articles",
    "snap_to_graphemes",
    "snap_to_words",
]
