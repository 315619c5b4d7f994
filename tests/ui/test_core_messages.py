"""The core's messages an analyst meets in the app come out in Arabic in the Arabic interface.

Each message is made by the core itself (a real project file, a real refusal), so a change of
wording in the core fails here instead of silently falling back to English; every pattern of
``ui.core_messages`` is made at least once. The values in a message (offsets, names, paths) are
kept exactly."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator import formats
from annotator.errors import AnnotatorError
from annotator.importer import import_paths
from annotator.store import Project
from tests.ui.app_fixtures import OFFSCREEN_NOISE, find
from ui import core_messages

pytestmark = OFFSCREEN_NOISE

TEXT = "قال الرئيس إن الاتفاق تم."
HOLD = (
    "import sys\nfrom annotator.store import Project\n"
    "with Project.open(sys.argv[1]):\n    print('open', flush=True)\n    sys.stdin.read()\n"
)


def _refusal(action) -> str:
    with pytest.raises(AnnotatorError) as raised:
        action()
    return str(raised.value)


def _core_refusals(tmp_path) -> list[tuple[str, list[str]]]:
    """(the core's message, values the shown message must keep) for every known pattern."""
    path = tmp_path / "p.annot"
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = []
    with Project.create(path) as p:
        import_paths(p, [article])
        doc = p.documents()[0].id
        speaker, claim = p.label_by_name("speaker"), p.label_by_name("claim")
        location = p.label_by_name("location")
        a = p.add_span(doc, 4, 10, speaker.id)
        b = p.add_span(doc, 11, 25, claim.id)
        c = p.add_span(doc, 0, 3, location.id)
        out.append((_refusal(lambda: p.add_span(doc, 4, 10, speaker.id)), ["4", "10", "speaker"]))
        out.append((_refusal(lambda: p.add_span(doc, 3, 3, speaker.id)), ["3"]))
        out.append((_refusal(lambda: p.add_label("claim", "#123456")), ["claim"]))
        out.append((_refusal(lambda: p.add_label("quote", "#123456", key="1")), ["1", "speaker"]))
        out.append((_refusal(lambda: p.delete_label(speaker.id)), []))  # 1 span: singular
        p.add_span(doc, 0, 3, speaker.id)
        out.append((_refusal(lambda: p.delete_label(speaker.id)), ["2"]))
        p.add_relation(b, a, "said")
        out.append((_refusal(lambda: p.add_relation(b, a, "said")), ["said"]))
        out.append((_refusal(lambda: p.add_relation(c, a, "said")), ["said", "location"]))
        out.append((_refusal(lambda: p.add_relation(a, a, "said")), []))
        # What an export leaves out: each loss a warning the app shows (conll holds none).
        p.set_span_note(a.id, "نقلاً عن وكالة")
        p.set_span_uncertain(b.id, True)
        p.set_span_attribute(a.id, "source_type", "named")
        losses: list[str] = []
        formats.export_to_path(p, tmp_path / "out.conll", "conll", warnings=losses)
        assert len(losses) == 4, losses
        out += [(loss, ["conll"]) for loss in losses]
        missing = tmp_path / "missing" / "out.jsonl"
        folder_missing = _refusal(lambda: formats.export_to_path(p, missing, "native"))
        out.append((folder_missing, [str(missing), str(missing.parent)]))
    with Project.open(path, readonly=True) as p:
        out.append((_refusal(lambda: p.add_label("x", "#123456")), [str(path)]))
    with Project.open(path):  # a second writer is refused while this one holds it
        out.append((_refusal(lambda: Project.open(path)), [str(path)]))
    holder = subprocess.Popen(  # another process holds it open until its input closes
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline().strip() == b"open"
        out.append((_refusal(lambda: Project.open(path)), [str(path)]))
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    out.append((_refusal(lambda: Project.open(tmp_path / "missing.annot")), ["missing.annot"]))
    (tmp_path / "empty.annot").write_bytes(b"")
    out.append((_refusal(lambda: Project.open(tmp_path / "empty.annot")), ["empty.annot"]))
    (tmp_path / "text.annot").write_bytes(b"not a database at all" * 100)
    out.append((_refusal(lambda: Project.open(tmp_path / "text.annot")), ["text.annot"]))
    other = sqlite3.connect(tmp_path / "other.annot")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    out.append((_refusal(lambda: Project.open(tmp_path / "other.annot")), ["other.annot"]))
    (tmp_path / "folder.annot").mkdir()
    out.append((_refusal(lambda: Project.open(tmp_path / "folder.annot")), ["folder.annot"]))
    return out + _foreign_projects(tmp_path) + _bad_records(tmp_path) + _article_notes(tmp_path)


def _article_notes(tmp_path) -> list[tuple[str, list[str]]]:
    """What reading an article file says of it: a preview's warnings, a file it refuses."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    from annotator.extract import extract_file
    from annotator.reading import repaired_record
    from annotator.text import text_warnings
    from tests import extract_inputs as inputs
    from tests.reliability.test_import_files import TEXT as LONG

    shaped = arabic_reshaper.reshape(LONG)
    out = [(str(w), []) for w in text_warnings(shaped) + text_warnings(get_display(LONG))]
    out.append((str(repaired_record({"text": shaped})["warnings"][0]), ["NFKC"]))
    not_pdf = tmp_path / "not.pdf"
    not_pdf.write_bytes(b"hello")
    scanned = inputs.write_scanned_pdf(tmp_path / "scan.pdf")
    for path in (not_pdf, scanned):
        refused = _refusal(lambda path=path: extract_file(path))
        out.append((refused.removeprefix(f"{path}: "), ["PDF"]))  # as the app shows it
    assert len(out) == 5, out
    return out


def _foreign_projects(tmp_path) -> list[tuple[str, list[str]]]:
    """A colleague's file this version does not trust, or cannot read."""
    out = []
    for name, sql, values in (
        (
            "trigger.annot",
            "CREATE TRIGGER evil AFTER INSERT ON labels BEGIN SELECT 1; END",
            ["evil"],
        ),
        ("colour.annot", "UPDATE labels SET color = 'red'", ["'red'"]),
        ("newer.annot", "PRAGMA user_version = 99", ["99"]),
        ("tables.annot", "DROP TABLE relations", ["relations"]),
    ):
        path = tmp_path / name
        Project.create(path).close()
        conn = sqlite3.connect(path)
        conn.execute(sql)
        conn.commit()
        conn.close()
        out.append((_refusal(lambda path=path: Project.open(path)), [name, *values]))
    return out


def _bad_records(tmp_path) -> list[tuple[str, list[str]]]:
    """Each line of what an import says of a records file it refused (the app shows the
    skip's reason: a count, then one problem per line)."""
    bad = {
        "a.jsonl": [
            '{"text": "نص", "x": NaN}',
            '{"text": "نص", "id": ' + "9" * 30 + "}",
            '{"text": "نص", "id": 99999999999999999999}',
            '{"text": "نص", "x": 1e999}',
            '{"text": "نص", "x": ' + "[" * 70 + "]" * 70 + "}",
            "[1]",
            '{"title": "x"}',
            '{"text": " "}',
            '{"text": "نص", "spans": [{"start": "a", "end": 2, "label": "speaker"}]}',
            '{"text": "نص", "spans": [{"start": 0, "end": 2, "label": ""}]}',
            '{"text": "نص", "spans": [{"start": 0, "end": 9, "label": "speaker"}]}',
            '{"text": "نص", "relations": [{"from": 1, "to": 1, "type": "said"}]}',
            '{"text": "نص", "spans": [{"id": 1, "start": 0, "end": 2, "label": "speaker"}],'
            ' "relations": [{"from": 1, "to": 1, "type": "said"}]}',
            '{"text": "نص آخر", "id": 7}',
            '{"text": "نص ثالث", "id": 7}',
        ]
        + ['{"text": ""}'] * 10,
        "b.jsonl": ['{"text": "نص رابع"}', '{"text": "نص", "x": NaN}'],
        "c.json": ["not json"],
        "d.json": ['"a string"'],
        "e.jsonl": [""],
    }
    paths = []
    for name, lines in bad.items():
        paths.append(tmp_path / name)
        paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "f.jsonl").write_bytes(b'{"text": "\xff"}\n')
    paths.append(tmp_path / "f.jsonl")
    out = []
    with Project.create(tmp_path / "records.annot") as p:
        result = import_paths(p, paths, skip_bad=True)  # as the app imports
    for skip in result.skipped:
        for line in skip.reason.split("\n"):
            out.append((line.strip(), []))
    return out


def test_every_known_core_message_is_shown_in_arabic(qtbot, tmp_path, arabic):
    refusals = _core_refusals(tmp_path)
    for message, values in refusals:
        assert core_messages.is_known(message), message  # "line 3: span 2: …": each part
        shown = core_messages.core_message(message)
        assert shown != message, message
        words = shown
        for value in values:
            assert value in shown, (value, shown)
            words = words.replace(value, "")
        assert any("\u0600" <= ch <= "\u06ff" for ch in words), shown


def _locked_pdf(path):
    """A PDF whose standard security handler does not open with the empty password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<ab> <ab>] >>\n"
    path.write_bytes(bytes(out) + b"startxref\n%d\n%%%%EOF\n" % xref)
    return path


def test_what_an_import_says_of_hostile_files_is_arabic(qtbot, tmp_path, arabic):
    """The reasons an import gives for files it skipped or warns of, each part (a JSON
    parser's detail, what the system said) in Arabic."""
    from annotator.extract import extract_file

    files = {
        "locked.pdf": None,
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "binary.txt": b"\x00\x01PK\x03\x04" * 20,
        "bad.json": b'{"text": "\xd9\x86\xd8\xb5", }',
        "list.json": b"[1, 2,]",
        "latin.json": b'{"text": "\xff"}',
        "empty.html": b"<html><head><title>x</title></head><body>  </body></html>",
        "old.doc": b"\xd0\xcf\x11\xe0",
        "zip.docx": b"not a zip",
    }
    for name, data in files.items():
        if data is None:
            _locked_pdf(tmp_path / name)
        else:
            (tmp_path / name).write_bytes(data)
    with Project.create(tmp_path / "project.annot") as p:
        result = import_paths(p, [tmp_path / n for n in files], skip_bad=True)
    said = {Path(s.source).name: s.reason for s in result.skipped}
    menu = tmp_path / "menu.html"  # a preview's warning: the page holds no article
    menu.write_text("<html><body><footer>حقوق النشر محفوظة</footer></body></html>", "utf-8")
    said["menu.html"] = str(extract_file(menu).warnings[0])
    files["menu.html"] = menu
    assert set(said) == set(files), said
    assert said["locked.pdf"] == "the PDF is protected by a password"
    assert "Expecting" in said["bad.json"] and "Expecting" in said["list.json"], said
    assert "can't decode" in said["latin.json"], said
    assert said["menu.html"].startswith("no article found in the page"), said
    for name, reason in said.items():
        assert core_messages.is_known(reason), (name, reason)
        shown = core_messages.core_message(reason)
        assert not any(word in shown for word in ("Expecting", "codec", "page", "PDF is")), shown
        assert any("\u0600" <= ch <= "\u06ff" for ch in shown), shown


def test_a_reason_of_several_lines_is_translated_line_by_line(qtbot, tmp_path, arabic):
    """'1 bad record' and each problem under it, as the import report shows a skipped file
    (a value of one line's template never swallows the lines after it)."""
    bad = tmp_path / "hostile.jsonl"
    bad.write_text('{"text": "نص"}\n{"text": "نص", "x": NaN}\n', encoding="utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        (skip,) = import_paths(p, [bad], skip_bad=True).skipped
    assert core_messages.core_message(skip.reason) == (
        "سجل واحد معيب\n  السطر 2: NaN ليس عددًا يقبله JSON (رُفض، ولم يُحوَّل إلى null)"
    ), skip.reason


def test_an_unknown_message_is_shown_as_the_core_wrote_it(qtbot, arabic):
    assert core_messages.core_message("something new went wrong") == "something new went wrong"


def test_a_refused_edit_in_the_app_says_it_in_arabic(qtbot, open_window, arabic):
    window = open_window()
    start, end = find(window.view.text(), "توكاييف")
    label = window.session.labels()[0]
    window.session.project.add_span(window.document_id, start, end, label.id)
    shown = []
    window.session.edit_refused.connect(shown.append)
    project = window.session.project  # the same range again: the core refuses it
    window.session.apply(lambda: project.add_span(window.document_id, start, end, label.id))
    assert shown and shown[0].startswith(f"{start}–{end} موسوم من قبل"), shown


def test_what_an_export_leaves_out_is_said_in_arabic(qtbot, open_window, tmp_path, arabic):
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    project = window.session.project
    start, end = find(window.view.text(), "توكاييف")
    project.add_span(
        window.document_id, start, end, project.label_by_name("speaker").id, note="نقلاً عن"
    )
    with qtbot.waitSignal(window.files.export_finished, timeout=20000):
        window.files.export_to(str(tmp_path / "out.conll"), "conll")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    texts = [box.text() for box in boxes if box.isVisible()]
    for box in boxes:
        box.close()
    assert any("لا يتسع conll لملاحظات المقاطع" in text for text in texts), texts


def test_what_a_peer_file_of_the_wrong_shape_is_refused_for_is_arabic(qtbot, tmp_path, arabic):
    """Each refusal of tests/core/test_hostile_formats.py, as the import report shows it."""
    import json
    import zipfile

    from tests.core.test_hostile_formats import TEXT, _region

    tasks = [
        {"data": {"text": TEXT}, "annotations": 5},
        {"data": {"text": TEXT}, "annotations": [{"result": [_region("a", 0, 3, "speaker")]}]},
        {"data": {"text": TEXT}, "annotations": [{"result": [{"id": ["a"], "type": "labels"}]}]},
        {"data": {"text": TEXT}, "annotations": [{"result": [{"type": "labels", "value": 1}]}]},
        {
            "data": {"text": TEXT},
            "annotations": [{"result": [_region("a", 0, 3, ["x"]), _region("a", 4, 9, ["y"])]}],
        },
    ]
    paths = []
    for n, task in enumerate(tasks):
        paths.append(tmp_path / f"t{n}.json")
        paths[-1].write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    for n, ann in enumerate(["R1\t\n", "T1\tx 0 3\tقال\nA1\tfoo\n"]):
        paths.append(tmp_path / f"b{n}.zip")
        with zipfile.ZipFile(paths[-1], "w") as z:
            z.writestr("d.txt", TEXT)
            z.writestr("d.ann", ann)
    crlf = tmp_path / "crlf.jsonl"
    crlf.write_text(
        json.dumps({"text": "قال\r\nالوزير", "spans": [{"start": 3, "end": 4, "label": "x"}]})
        + "\n",
        encoding="utf-8",
    )
    reasons = []
    with Project.create(tmp_path / "p.annot") as p:
        for path in paths:
            fmt = {".json": "label-studio", ".zip": "brat"}.get(path.suffix)
            result = import_paths(p, [path], fmt=fmt, skip_bad=True, create_labels=True)
            reasons += [skip.reason for skip in result.skipped]
        reasons += [s.reason for s in import_paths(p, [crlf], skip_bad=True).skipped]
    assert len(reasons) == len(paths) + 1, reasons
    for reason in reasons:
        assert core_messages.is_known(reason), reason
        shown = core_messages.core_message(reason)
        assert shown != reason and "must" not in shown and "names no" not in shown, shown


def test_a_span_note_that_is_not_text_is_said_not_shown(qtbot, tmp_path, settings_files, arabic):
    """A crafted file's binary note took the window down when the span list drew it."""
    from tests.ui.app_fixtures import SEED
    from ui.main_window import MainWindow

    path = tmp_path / "blob.annot"
    with Project.create(path) as p:
        import_paths(p, [SEED])
        p.add_span(1, 0, 3, p.labels()[0].id)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE spans SET note = x'00ff'")
    conn.close()
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.open(path))
    window.show()
    qtbot.waitExposed(window)
    assert window.document_id is None  # not opened, not drawn
    message = window.statusBar().currentMessage()
    assert message == "تعذّر فتح المستند 1: للمقطع 1 ملاحظة ليست نصًّا", message
