"""The self-test's check of the non-plain formats: a saved web page, a Word document and a
PDF, written here from one known Arabic sentence (the PDF by Qt's QPdfWriter in the app's
Arabic font), imported through the core, and compared with the sentence word for word.

In the frozen build this proves that trafilatura, python-docx and pdfminer.six were bundled
with the data files they read at run time.
"""

from __future__ import annotations

import html
from pathlib import Path

#: No lam-alef in it: Noto Naskh draws that ligature with a glyph that has no Unicode mapping.
SENTENCE = (
    "قال المتحدث باسم وزارة الصحة إن 12 شخصا أصيبوا في حادث مروري بمدينة جدة "
    "(وفق بيان رسمي) صباح اليوم."
)
NAVIGATION = ["الرئيسية", "محليات", "رياضة", "اتصل بنا"]


def write_samples(folder: Path) -> list[Path]:
    """page.html, report.docx and agency.pdf in ``folder``, each holding ``SENTENCE``."""
    import docx

    page = folder / "self-test-page.html"
    links = "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(NAVIGATION))
    body = html.escape(SENTENCE)
    page.write_text(
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        "<title>خبر</title></head><body>"
        f"<nav><ul>{links}</ul></nav><article><h1>خبر</h1><p>{body}</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>",
        encoding="utf-8",
    )
    report = folder / "self-test-report.docx"
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    document.save(str(report))
    agency = folder / "self-test-agency.pdf"
    _write_pdf(agency, SENTENCE)
    return [page, report, agency]


def _write_pdf(path: Path, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument, QTextOption

    from .fonts import arabic_font_family

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setDefaultFont(QFont(arabic_font_family(), 12))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    painter = QPainter(writer)
    document.setTextWidth(writer.pageLayout().paintRectPixels(writer.resolution()).width())
    document.drawContents(painter)
    painter.end()


def check_formats(folder: Path) -> list[dict]:
    """Import the three samples into a new project in ``folder`` (never the analyst's);
    raise ``AssertionError`` unless each holds the sentence."""
    from annotator.importer import import_paths
    from annotator.store import Project

    files = write_samples(folder)
    path = folder / "self-test-formats.annot"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with Project.create(path) as project:
        result = import_paths(project, files)
        assert not result.skipped, f"not imported: {result.skipped}"
        return [
            _checked(project, doc_id, file)
            for doc_id, file in zip(result.added, files, strict=True)
        ]


def _checked(project, doc_id: int, path: Path) -> dict:
    doc = project.document(doc_id)
    expected = SENTENCE.split()
    if path.suffix == ".html":
        expected = ["خبر", *expected]  # the heading, then the paragraph
    assert doc.text.split() == expected, f"{path.name} read as {doc.text!r}"
    return {
        "file": path.name,
        "words": len(doc.text.split()),
        "extractor": f"{doc.meta['extractor']} {doc.meta['extractor_version']}",
    }
