"""Hostile article files and JSONL from others: each has a clear outcome, nothing is
half-imported, and errors name the file and the line.

tests/core/test_articles.py and test_jsonl_import.py cover the common cases (encodings, binary,
empty, whitespace, bad records of several kinds); here: what they leave out.
"""

from __future__ import annotations

import json
import subprocess
import sys

import arabic_reshaper
import pytest
from bidi.algorithm import get_display

from annotator import FormatError, Project, import_paths
from annotator.importer import MAX_ARTICLE_BYTES
from annotator.text import SUPPORTED_ENCODINGS
from tests.conftest import ROOT
from tests.core.conftest import fingerprint, run_cli

#: Logical-order Arabic without harakat (arabic_reshaper drops harakat when it shapes).
TEXT = (
    "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ ٣٫٥٪ هذا العام، وأضاف أن الاقتصاد "
    "لا يزال قويا رغم التحديات. وأكد الوزير أن الحكومة ستواصل الإصلاحات في المملكة."
)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.annot"
    Project.create(path).close()
    return path


def _documents(path) -> list[tuple[str, str]]:
    with Project.open(path, readonly=True) as p:
        return [(d.name, p.document(d.id).text) for d in p.documents()]


def _refused(project, *args, says: str) -> str:
    before = fingerprint(project)
    done = run_cli("import", project, *args)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert says in err and "nothing was imported" in err and "Traceback" not in err, err
    assert fingerprint(project) == before
    return err


# --- article files ---------------------------------------------------------------------------


def test_nul_bytes_inside_a_text_file_refuse_it(project, tmp_path):
    article = tmp_path / "nul.txt"
    article.write_bytes(TEXT.encode() + b"\x00\x00" + TEXT.encode())
    _refused(project, article, says="nul.txt: looks like a binary file")


@pytest.mark.parametrize("encoding", SUPPORTED_ENCODINGS)
def test_bytes_invalid_in_a_named_encoding_are_refused_naming_it(project, tmp_path, encoding):
    article = tmp_path / "junk.txt"
    article.write_bytes(bytes(range(256)) * 4 + b"\xc3")  # odd length: not UTF-16 either
    _refused(project, article, "--encoding", encoding, says="junk.txt")


def test_a_good_file_beside_a_bad_one_is_not_imported_alone(project, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    _refused(project, good, bad, says="bad.txt")
    assert _documents(project) == []


def _maxrss_run(*args) -> tuple[subprocess.CompletedProcess, int]:
    """Run the CLI in a child that reports its own peak memory (KiB) on stderr's last line.

    VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss across exec, so a child of a
    large pytest process would report the parent's size.
    """
    code = (
        "import re, sys\n"
        "from annotator.cli import main\n"
        "status = main(sys.argv[1:])\n"
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
        "print('MAXRSS', hwm, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], capture_output=True, cwd=ROOT, timeout=60
    )
    rss = int(done.stderr.decode().rsplit("MAXRSS", 1)[1])
    return done, rss


def test_a_50_mb_file_is_refused_at_once_without_reading_it(project, tmp_path):
    article = tmp_path / "huge.txt"
    line = (TEXT + "\n").encode()
    with open(article, "wb") as f:
        for _ in range(50 * 2**20 // len(line) + 1):
            f.write(line)
    assert article.stat().st_size > 50 * 2**20
    before = fingerprint(project)
    done, rss = _maxrss_run("import", project, article)
    err = done.stderr.decode()
    assert done.returncode == 1 and "huge.txt: too large" in err and "nothing was imported" in err
    # Refused from its size alone: memory stays near the interpreter's own (no timing here:
    # speed belongs to bench/, not to tests on a shared machine).
    assert rss < 150 * 1024, rss
    assert fingerprint(project) == before


def test_an_article_just_under_the_size_limit_imports_in_seconds(project, tmp_path):
    article = tmp_path / "long.txt"
    line = (TEXT + "\n").encode()
    article.write_bytes(line * ((MAX_ARTICLE_BYTES - 1024) // len(line)))
    done, rss = _maxrss_run("import", project, article)
    assert done.returncode == 0, done.stderr.decode()
    assert rss < 400 * 1024, rss
    [(name, text)] = _documents(project)
    assert text == article.read_text(encoding="utf-8")


def test_presentation_forms_warn_and_can_be_repaired(project, tmp_path):
    article = tmp_path / "shaped.txt"
    article.write_text(arabic_reshaper.reshape(TEXT), encoding="utf-8")
    done = run_cli("import", project, article)
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "warning: shaped.txt: the Arabic is stored as presentation forms" in err
    assert "--repair-presentation-forms" in err
    [(_, stored)] = _documents(project)
    assert stored == arabic_reshaper.reshape(TEXT)  # imported as it came, but not silently

    repaired_project = tmp_path / "repaired.annot"
    done = run_cli("import", repaired_project, article, "--repair-presentation-forms")
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "presentation forms were turned back into letters" in err
    [(_, stored)] = _documents(repaired_project)
    assert stored == TEXT


def test_visual_order_warns_and_is_kept_as_it_came(project, tmp_path):
    article = tmp_path / "visual.txt"
    visual = get_display(TEXT)  # reordered for display, as a PDF extractor may give it
    article.write_text(visual, encoding="utf-8")
    done = run_cli("import", project, article, "--repair-presentation-forms")
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "warning: visual.txt: the Arabic seems to be stored in visual order" in err
    assert "no exact repair" in err
    assert _documents(project) == [("visual.txt", visual)]


def test_real_logical_arabic_gets_no_warning(project, tmp_path, seed_text):
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    done = run_cli("import", project, article)
    assert done.returncode == 0 and b"warning" not in done.stderr


def test_import_result_carries_the_warnings(tmp_path):
    article = tmp_path / "shaped.txt"
    article.write_text(arabic_reshaper.reshape(TEXT), encoding="utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        result = import_paths(p, [article])
    [(name, message)] = result.warnings
    assert name == "shaped.txt" and "presentation forms" in message


def test_bidi_controls_are_kept_and_mixed_line_ends_normalised(project, tmp_path):
    controls = "\u202bقال\u202c \u2067الوزير\u2069 \u200fأن\u200e \u202eالنمو\u202c"
    article = tmp_path / "mixed.txt"
    article.write_bytes(f"{controls}\r\nسطر\rسطر\n\r\nنهاية".encode())
    done = run_cli("import", project, article)
    assert done.returncode == 0, done.stderr.decode()
    assert _documents(project) == [("mixed.txt", f"{controls}\nسطر\nسطر\n\nنهاية")]


# --- JSONL from other tools ------------------------------------------------------------------


def _jsonl(path, *lines) -> object:
    def line(x) -> str:
        return x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)

    path.write_text("".join(line(x) + "\n" for x in lines), encoding="utf-8")
    return path


GOOD = {"id": 1, "text": TEXT, "label": [[0, 3, "speaker"]]}
BAD_LINES = {
    "negative-offset": ({"text": TEXT, "label": [[-2, 3, "speaker"]]}, "outside the text"),
    "reversed-offsets": ({"text": TEXT, "label": [[9, 4, "speaker"]]}, "reversed"),
    "end-past-the-text": ({"text": TEXT, "label": [[4, 9999, "speaker"]]}, "outside the text"),
    "text-is-a-number": ({"text": 42}, "'text' is missing or not a string"),
    "spans-is-a-string": ({"text": TEXT, "spans": "0-3 speaker"}, "'spans' must be a list"),
    "label-is-a-number": ({"text": TEXT, "label": [[0, 3, 7]]}, "'label' must be"),
    "float-offset": ({"text": TEXT, "label": [[0.0, 3, "speaker"]]}, "whole number"),
    "record-is-a-list": ([TEXT], "must be a JSON object"),
    "inside-a-grapheme": ({"text": "قَالَ الوزير", "label": [[0, 1, "speaker"]]}, "grapheme"),
    "unknown-label": ({"text": TEXT, "label": [[0, 3, "villain"]]}, "unknown label 'villain'"),
    "duplicate-id": ({"id": 1, "text": TEXT + " ثانية"}, "duplicate id 1 (first on line 1)"),
    "truncated-json": ('{"text": "' + TEXT, "not valid JSON"),
}


@pytest.mark.parametrize("kind", list(BAD_LINES))
def test_bad_jsonl_line_refuses_the_file_naming_the_line(project, tmp_path, kind):
    record, says = BAD_LINES[kind]
    path = _jsonl(tmp_path / "others.jsonl", GOOD, record, {"text": "خبر سليم ثالث"})
    err = _refused(project, path, says=says)
    assert "others.jsonl" in err and "  line 2: " in err
    assert "  line 1:" not in err and "  line 3:" not in err
    assert _documents(project) == []


def test_import_paths_keeps_each_problems_line_for_the_app(tmp_path):
    first = _jsonl(tmp_path / "a.jsonl", GOOD, "{oops", {"text": 5})
    second = _jsonl(tmp_path / "b.jsonl", {"text": TEXT, "label": [[5, 2, "speaker"]]})
    with Project.create(tmp_path / "p.annot") as p:
        with pytest.raises(FormatError) as e:
            import_paths(p, [first])
        assert [n for n, _ in e.value.problems] == [2, 3]
        assert "nothing was imported" in str(e.value)
        with pytest.raises(FormatError) as e:
            import_paths(p, [first, second])
        assert [(n, m.split(":")[0]) for n, m in e.value.problems] == [
            (2, "a.jsonl"),
            (3, "a.jsonl"),
            (1, "b.jsonl"),
        ]
        assert p.document_count() == 0


def test_a_20_mb_line_is_refused_naming_its_line_without_exhausting_memory(project, tmp_path):
    path = tmp_path / "long.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(GOOD, ensure_ascii=False) + "\n")
        f.write(json.dumps({"text": "نص " * (7 * 2**20)}, ensure_ascii=False) + "\n")  # 21 MB
        f.write(json.dumps({"text": "خبر أخير"}, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 20 * 2**20
    before = fingerprint(project)
    done, rss = _maxrss_run("import", project, path)
    err = done.stderr.decode()
    assert done.returncode == 1
    assert "long.jsonl" in err and "line 2: 'text' is too long" in err, err
    assert "nothing was imported" in err
    assert rss < 400 * 1024, rss
    assert fingerprint(project) == before


def test_a_20_mb_line_of_broken_json_is_refused_naming_its_line(project, tmp_path):
    path = tmp_path / "broken.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(GOOD, ensure_ascii=False) + "\n")
        f.write('{"text": "' + "x" * (20 * 2**20) + "\n")
    _refused(project, path, says="line 2: not valid JSON")


# --- the app: what it shows after an import with warnings -----------------------------------


def test_app_shows_import_warnings(qtbot, tmp_path, settings_files, monkeypatch):  # noqa: F811
    from ui import import_flow
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    shown = []
    monkeypatch.setattr(import_flow, "show_error", lambda parent, title, text: shown.append(text))
    article = tmp_path / "shaped.txt"
    article.write_text(arabic_reshaper.reshape(TEXT), encoding="utf-8")
    window = MainWindow(*settings_files())
    qtbot.addWidget(window)
    window.set_project(Project.create(tmp_path / "p.annot"))
    # The app first offers to repair them; the analyst imports them as they are.
    window.files.ask_choice = lambda title, text, choices, answer: answer(
        choices.index("Import as they are")
    )
    with qtbot.waitSignal(window.files.import_finished, timeout=20000):
        window.files.import_paths([str(article)])
    texts = shown + [window.statusBar().currentMessage()]
    assert any("presentation forms" in t for t in texts), texts


from tests.ui.app_fixtures import settings_files  # noqa: E402, F401


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_presentation_forms_are_found_in_every_encoding(tmp_path, encoding):
    """The UTF-8 bytes spare the search only when they are the text's own encoding: a
    UTF-16 file's bytes say nothing about byte EF in UTF-8."""
    from annotator.reading import article_record

    article = tmp_path / "shaped.txt"
    article.write_text(arabic_reshaper.reshape(TEXT), encoding=encoding)
    kinds = [w.kind for w in article_record(article)["warnings"]]
    assert kinds == ["presentation_forms"]
    article.write_text(TEXT, encoding=encoding)
    assert article_record(article)["warnings"] == []
