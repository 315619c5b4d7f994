"""Inputs for the extractor tests and bench: a known Arabic article, and the same article as
a web page with boilerplate around it, a Word document (written with python-docx) and PDFs
(written by Qt's QPdfWriter in a subprocess, so the expected text is known exactly).

    python -m tests.extract_inputs pdf OUT.pdf FONT_FAMILY < article.txt
    python -m tests.extract_inputs scanned OUT.pdf
"""

from __future__ import annotations

import html
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

TITLE = "وزير المالية: الإيرادات غير النفطية ترتفع 25%"
ARTICLE = [
    "قال وزير المالية محمد الجدعان إن الإيرادات غير النفطية ارتفعت بنسبة 25% خلال العام "
    "الماضي، مشيرا إلى أن الاقتصاد السعودي يشهد نموا مستمرا في القطاعات الجديدة.",
    "وأضاف الوزير في مؤتمر صحفي عقد في الرياض يوم الأحد أن الحكومة ستواصل دعم المشاريع "
    "الصغيرة والمتوسطة (وفق رؤية 2030) لتحقيق التنمية المستدامة، وأن عدد المنشآت بلغ 1.2 "
    "مليون منشأة.",
    "ونقلت وكالة Reuters عن مصادر مطلعة أن الميزانية الجديدة تتضمن «إصلاحات هيكلية» تشمل "
    "قطاعات التعليم والصحة والنقل، فيما لا تزال أسعار النفط تؤثر في التوقعات.",
]
BOILERPLATE = {
    "nav": ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "اتصل بنا"],
    "related": ["أخبار ذات صلة", "ارتفاع أسعار الذهب في الأسواق العالمية", "افتتاح معرض الكتاب"],
    "comments": ["تعليقات القراء", "خبر رائع ونتمنى المزيد من التقدم", "شكرا للصحيفة"],
    "footer": ["جميع الحقوق محفوظة لصحيفة الوطن 2024", "سياسة الخصوصية"],
}


def article_text() -> str:
    return "\n".join([TITLE, *ARTICLE])


def boilerplate_words() -> list[str]:
    return [w for lines in BOILERPLATE.values() for line in lines for w in line.split()]


def html_page(
    encoding: str = "utf-8", declare: bool = True, title: str = TITLE, article: list[str] = ARTICLE
) -> bytes:
    """A news page as a browser saves it: navigation, the article, related links, comments."""
    e = html.escape
    nav = "".join(f'<li><a href="/s{i}">{e(x)}</a></li>' for i, x in enumerate(BOILERPLATE["nav"]))
    related = BOILERPLATE["related"]
    links = "".join(f'<li><a href="/r{i}">{e(x)}</a></li>' for i, x in enumerate(related[1:]))
    comments = "".join(f'<div class="comment"><p>{e(x)}</p></div>' for x in BOILERPLATE["comments"])
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in article)
    footer = BOILERPLATE["footer"]
    charset = f'<meta charset="{encoding}">' if declare else ""
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{charset}
<title>{e(title)} | صحيفة الوطن</title>
<meta name="author" content="سارة العتيبي">
<meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
<link rel="canonical" href="https://example.sa/news/2024/03/05/economy">
<script>var ads = "إعلان";</script><style>body {{ font-family: serif; }}</style>
</head><body>
<header><nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>{e(title)}</h1>
<div class="byline">سارة العتيبي</div>
{paragraphs}
</article>
<aside class="related"><h3>{e(related[0])}</h3><ul>{links}</ul></aside>
<section id="comments">{comments}</section>
</main>
<footer><p>{e(footer[0])}</p><a href="/privacy">{e(footer[1])}</a></footer>
</body></html>"""
    return page.encode(encoding)


FOOTNOTE = "المصدر: بيان وزارة المالية"
COMMENT = "تحقق من الرقم قبل النشر"
TABLE = [["القطاع", "النمو"], ["التعليم", "12%"], ["الصحة", "8%"]]


def write_docx(path: Path, title: str = TITLE, article: list[str] = ARTICLE) -> Path:
    """The article as a Word document: right-to-left paragraphs and runs, a table, a comment
    and a footnote (python-docx cannot write footnotes: that part is added to the package)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "سارة العتيبي"

    def rtl(paragraph):
        bidi = OxmlElement("w:bidi")
        paragraph._p.get_or_add_pPr().append(bidi)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in paragraph.runs:
            run.font.rtl = True
        return paragraph

    rtl(document.add_heading(title, level=1))
    first = rtl(document.add_paragraph(article[0]))
    document.add_comment(first.runs[0], text=COMMENT, author="محرر")
    table = document.add_table(rows=0, cols=2)
    for row in TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            rtl(cell.paragraphs[0]).add_run(value).font.rtl = True
    second = rtl(document.add_paragraph(article[1] if len(article) > 1 else ""))
    ref = second.add_run()._r
    ref.append(_footnote_reference(qn))
    for paragraph in article[2:]:
        rtl(document.add_paragraph(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_add_footnotes_part(buffer.getvalue()))
    return path


def docx_expected(title: str = TITLE, article: list[str] = ARTICLE) -> str:
    rows = ["\t".join(r) for r in TABLE]
    return "\n".join([title, article[0], *rows, *article[1:]]).rstrip("\n")


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnote_reference(qn):
    from docx.oxml.parser import OxmlElement

    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), "1")
    return reference


def _add_footnotes_part(data: bytes) -> bytes:
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for item in old.infolist():
            content = old.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            new.writestr(item, content)
        new.writestr("word/footnotes.xml", footnotes.encode("utf-8"))
    return out.getvalue()


def write_pdf(path: Path, font: str, text: str | None = None) -> Path:
    """The article drawn by Qt's QPdfWriter in ``font`` (run in a subprocess: no QApplication
    in the caller's process)."""
    return _run_writer("pdf", path, font, text if text is not None else article_text())


def write_pdfs(folder: Path, font: str, texts: list[str]) -> list[Path]:
    """One PDF per text (0000.pdf, 0001.pdf...) in ``folder``, all from one subprocess."""
    import json

    _run_writer("pdfs", folder, font, json.dumps(texts, ensure_ascii=False))
    return [folder / f"{n:04d}.pdf" for n in range(len(texts))]


def write_scanned_pdf(path: Path) -> Path:
    """A PDF holding only a picture of text, as a scanner makes: no text layer."""
    return _run_writer("scanned", path, "", "")


def _run_writer(kind: str, path: Path, font: str, text: str) -> Path:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "tests.extract_inputs", kind, str(path), font],
        input=text.encode("utf-8"),
        check=True,
        env=env,
        cwd=root,
        timeout=120,
    )
    return path


def _main(argv: list[str]) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QPageSize,
        QPainter,
        QPdfWriter,
    )

    kind, out, family = argv[0], argv[1], argv[2] if len(argv) > 2 else ""
    app = QGuiApplication([])  # noqa: F841 - fonts need it
    if kind == "pdfs":
        import json

        texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        for n, text in enumerate(texts):
            _draw(str(Path(out) / f"{n:04d}.pdf"), family, text)
        return
    if kind == "pdf":
        _draw(out, family, sys.stdin.buffer.read().decode("utf-8"))
        return
    writer = QPdfWriter(out)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.setTitle(TITLE)
    if kind == "scanned":
        image = QImage(1000, 300, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont("Noto Naskh Arabic", 40))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, ARTICLE[0][:30])
        painter.end()
        painter = QPainter(writer)
        painter.drawImage(QRectF(0, 0, 1000, 300), image)
        painter.end()


def _draw(out: str, family: str, text: str) -> None:
    """``text`` laid out right to left by QTextDocument, over as many A4 pages as it needs."""
    from PySide6.QtCore import QSizeF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument, QTextOption

    writer = QPdfWriter(out)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.setTitle(text.split("\n", 1)[0])
    document = QTextDocument()
    font = QFont(family)
    font.setPointSize(12)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)


if __name__ == "__main__":
    _main(sys.argv[1:])
