"""Saved web pages and Word documents become the article's text, with what was left out."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from annotator import Project
from annotator.errors import AnnotatorError, ArticleError
from annotator.extract import extract_file
from annotator.importer import import_paths
from annotator.model import SkipKind
from tests import extract_inputs as inputs
from tests.core.conftest import run_cli
from tests.extract_inputs import ARTICLE, BOILERPLATE, TITLE


def test_web_page_keeps_the_article_paragraphs_and_leaves_the_page_around_it(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    got = extract_file(page)
    assert got.text == inputs.article_text()  # one paragraph per line, in order
    lines = got.text.split("\n")
    for line in BOILERPLATE["nav"] + BOILERPLATE["comments"] + BOILERPLATE["related"]:
        assert line not in lines
    assert "إعلان" not in got.text  # the script's string
    left_out = [item.text for item in got.left_out]
    assert "خبر رائع ونتمنى المزيد من التقدم" in left_out  # a reader's comment, listed
    assert got.meta["title"] == TITLE
    assert got.meta["author"] == "سارة العتيبي"
    assert got.meta["date"] == "2024-03-05"
    assert got.meta["url"] == "https://example.sa/news/2024/03/05/economy"
    assert got.library == "trafilatura" and got.source_format == "html"
    assert got.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()


@pytest.mark.parametrize("declare", [True, False], ids=["declared", "detected"])
def test_web_page_saved_as_windows_1256_reads_right(tmp_path, declare):
    page = tmp_path / "page.htm"
    page.write_bytes(inputs.html_page("windows-1256", declare=declare))
    got = extract_file(page)
    assert got.text == inputs.article_text()
    assert got.encoding == "cp1256"


def test_whole_page_option_keeps_every_visible_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    got = extract_file(page, whole_page=True)
    lines = got.text.split("\n")
    for line in [*BOILERPLATE["nav"], *BOILERPLATE["comments"], *ARTICLE]:
        assert line in lines
    assert "إعلان" not in got.text and "font-family" not in got.text  # never shown
    assert lines.index(BOILERPLATE["nav"][0]) < lines.index(ARTICLE[0])


def test_word_document_keeps_paragraphs_and_table_rows_and_lists_notes_left_out(tmp_path):
    path = inputs.write_docx(tmp_path / "report.docx")
    got = extract_file(path)
    assert got.text == inputs.docx_expected()
    assert inputs.FOOTNOTE not in got.text and inputs.COMMENT not in got.text
    left = {(item.what, item.text) for item in got.left_out}
    assert ("footnotes", inputs.FOOTNOTE) in left
    assert ("comments", inputs.COMMENT) in left
    assert "footnotes: 1" in got.summary() and "comments: 1" in got.summary()
    assert got.meta["title"] == TITLE and got.meta["author"] == "سارة العتيبي"


def test_word_tracked_insertions_and_content_controls_are_read_in_order(tmp_path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:p {w}><w:r><w:t>قال </w:t></w:r><w:ins><w:r><w:t>الوزير</w:t></w:r></w:ins>"
            "<w:del><w:r><w:delText>المحذوف</w:delText></w:r></w:del>"
            "<w:r><w:t xml:space='preserve'> إن</w:t></w:r></w:p>"
        ),
    )
    document.element.body.insert(
        1,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>نص داخل عنصر تحكم</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    path = tmp_path / "tracked.docx"
    document.save(path)
    assert extract_file(path).text == "قال الوزير إن\nنص داخل عنصر تحكم"


def test_bad_and_hostile_word_files_are_refused_with_a_reason(tmp_path):
    not_zip = tmp_path / "fake.docx"
    not_zip.write_text("هذا ليس ملف وورد", encoding="utf-8")
    with pytest.raises(ArticleError, match="not a Word document"):
        extract_file(not_zip)
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (300 * 2**20))
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < 2**20
    with pytest.raises(ArticleError, match="unsafe"):
        extract_file(bomb)
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ArticleError, match="save it as .docx"):
        extract_file(old)


def test_a_page_with_no_text_is_refused(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text"):
        extract_file(page)


def test_whole_page_import_stores_the_page_without_reading_it_again(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    with Project.create(tmp_path / "p.annot") as project:
        result = import_paths(project, [page], whole_page=True)
        doc = project.document(result.added[0])
    assert BOILERPLATE["nav"][0] in doc.text.split("\n") and ARTICLE[0] in doc.text.split("\n")
    assert "left_out" not in doc.meta
    assert result.extracted[0][1].endswith("(the whole page)")


def test_import_stores_canonical_text_with_source_sha256_format_library_and_meta(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    report = inputs.write_docx(tmp_path / "report.docx")
    with Project.create(tmp_path / "p.annot") as project:
        result = import_paths(project, [page, report])
        assert len(result.added) == 2
        assert [name for name, _ in result.extracted] == ["page.html", "report.docx"]
        assert "left out" in result.extracted[1][1]
        html_doc, word_doc = (project.document(i) for i in result.added)
        assert html_doc.text == inputs.article_text()
        assert html_doc.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()
        assert html_doc.meta["source_format"] == "html"
        assert html_doc.meta["extractor"] == "trafilatura"
        assert html_doc.meta["extractor_version"]
        assert html_doc.meta["url"] == "https://example.sa/news/2024/03/05/economy"
        assert word_doc.meta["extractor"] == "python-docx"
        assert word_doc.text == inputs.docx_expected()
        # Offsets count code points of the stored text, as for plain files.
        start = word_doc.text.index("الجدعان")
        speaker = project.label_by_name("speaker").id
        project.add_span(word_doc.id, start, start + len("الجدعان"), speaker)
        assert project.spans(word_doc.id)[0].start == start
        # The same file again is a duplicate (same bytes), not a second document.
        again = import_paths(project, [page])
        assert again.added == [] and again.skipped[0].kind is SkipKind.ALREADY_IN_PROJECT


def test_folders_pick_up_pages_word_and_pdf_files_but_not_a_saved_page_s_assets(tmp_path):
    (tmp_path / "in" / "page_files").mkdir(parents=True)
    (tmp_path / "in" / "page.html").write_bytes(inputs.html_page())
    (tmp_path / "in" / "page_files" / "ad.html").write_text("<p>إعلان</p>", encoding="utf-8")
    inputs.write_docx(tmp_path / "in" / "report.docx")
    with Project.create(tmp_path / "p.annot") as project:
        result = import_paths(project, [tmp_path / "in"])
        names = sorted(d.name for d in project.documents())
    assert names == ["page.html", "report.docx"] and not result.skipped


def test_a_bad_file_among_good_ones_imports_nothing(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    with Project.create(tmp_path / "p.annot") as project:
        with pytest.raises(AnnotatorError, match="bad.docx"):
            import_paths(project, [page, bad])
        assert project.documents() == []


def test_cli_import_reports_what_each_file_kept_and_left_out(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page())
    report = inputs.write_docx(tmp_path / "report.docx")
    done = run_cli("import", str(tmp_path / "p.annot"), str(page), str(report))
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 0, stderr
    assert "page.html: HTML read with trafilatura" in stderr
    assert "report.docx: DOCX read with python-docx" in stderr
    assert "footnotes: 1" in stderr
    assert "imported 2 documents" in stderr
    out = run_cli("export", str(tmp_path / "p.annot"))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records[0]["text"] == inputs.article_text()
    assert records[0]["meta"]["source_format"] == "html"


def test_a_page_s_declared_character_set_wins_over_a_guess(tmp_path):
    # ISO-8859-6 and Windows-1256 share most Arabic letters but not ط ظ ع غ: a guess of
    # Windows-1256 would change them.
    article = ["نظم طلاب الجامعة عرضا غنائيا في الظهران بعد غياب طويل عن المسرح."]
    page = tmp_path / "page.html"
    page.write_bytes(inputs.html_page("iso-8859-6", title="عرض طلابي", article=article))
    got = extract_file(page)
    assert got.encoding == "iso8859-6"
    assert article[0] in got.text.split("\n")


def test_the_report_line_counts_one_word_in_the_singular():
    from annotator.extract import Extraction, LeftOut

    got = Extraction("خبر", "docx", "python-docx", "1.1", "0" * 64)
    got.left_out = [LeftOut("footnotes", "حاشية"), LeftOut("comments", "تعليق قصير")]
    assert got.summary() == (
        "DOCX read with python-docx 1.1: 1 word kept; "
        "left out: footnotes: 1 (1 word); comments: 1 (2 words)"
    )
    got.text = "خبر عاجل"
    assert got.summary().startswith("DOCX read with python-docx 1.1: 2 words kept;")
