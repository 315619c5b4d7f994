"""Import records that would make the project unexportable, or that lie about their hash,
are refused (the line named, nothing imported) or stored as what they are; the CLI answers
every one with one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.conftest import run_cli

TEXT = "قال المتحدث باسم الوزارة إن النمو في الرياض بلغ"


def _import(tmp_path: Path, *lines: str):
    path = tmp_path / "p.annot"
    records = tmp_path / "in.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, run_cli("import", path, records)


GOOD = json.dumps({"name": "good", "text": TEXT})


def _line(meta: str) -> str:
    return '{"name": "a", "text": "' + TEXT + '", "meta": ' + meta + "}"


@pytest.mark.parametrize(
    "line, reason",
    [
        (_line('{"n": 18446744073709551616}'), "64-bit"),
        (_line('{"n": ' + "9" * 5000 + "}"), "64-bit"),
        (_line('{"n": NaN}'), "NaN"),
        (_line('{"n": -Infinity}'), "Infinity"),
        (_line('{"n": 1e999}'), "too large"),
        (_line("[" * 300 + "]" * 300), "nested"),
        (_line("[" * 100000 + "]" * 100000), "nested"),
    ],
    ids=["2**64", "5000-digits", "NaN", "-Infinity", "1e999", "300-deep", "100000-deep"],
)
def test_a_record_that_would_make_the_project_unexportable_is_refused(tmp_path, line, reason):
    path, done = _import(tmp_path, GOOD, line)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "in.jsonl" in err and "line 2" in err and reason in err, err
    assert "Traceback" not in err
    assert not path.exists()  # nothing half-done: not even the new project


@pytest.mark.parametrize("command", ["export", "show", "stats", "labels", "claims"])
def test_disk_full_on_standard_output_is_one_line(tmp_path, command):
    path, done = _import(tmp_path, GOOD)
    assert done.returncode == 0
    # Buffered, as a user's shell runs it (PYTHONUNBUFFERED would write at each print).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "annotator.cli", command, str(path)],
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "standard output" in err and "Traceback" not in err and "Exception" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_a_record_lying_about_its_sha256_is_not_taken_for_another_document(tmp_path):
    from annotator import Project, import_paths
    from annotator.records import sha256_text

    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"name": "a", "text": TEXT}) + "\n", encoding="utf-8")
    other = "نص آخر تماما عن الطقس في جدة"
    liar = tmp_path / "liar.jsonl"
    spans = [{"start": 0, "end": 2, "label": "claim"}]
    record = {"name": "b", "text": other, "sha256": sha256_text(TEXT), "spans": spans}
    liar.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "p.annot") as p:
        import_paths(p, [first])
        result = import_paths(p, [liar])
        assert len(result.added) == 1 and not result.skipped
        (doc,) = [d for d in p.documents() if d.name == "b"]
        assert p.document(doc.id).sha256 == sha256_text(other)  # the hash of what is stored
        assert [(s.start, s.end, s.label) for s in p.spans(doc.id)] == [(0, 2, "claim")]


def test_an_export_of_a_windows_1256_article_is_still_a_duplicate_of_it(tmp_path):
    from annotator import Project, import_paths
    from annotator.formats import export_to_path

    article = tmp_path / "a.txt"
    article.write_bytes(TEXT.encode("cp1256"))
    with Project.create(tmp_path / "p.annot") as p:
        import_paths(p, [article])
        export_to_path(p, tmp_path / "out.jsonl", "native")
        (line,) = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
        lie = {**json.loads(line), "text": TEXT + " وغيرها", "name": "changed"}
        (tmp_path / "changed.jsonl").write_text(json.dumps(lie) + "\n", encoding="utf-8")
        again = import_paths(p, [tmp_path / "out.jsonl"])
        assert again.added == [] and [s.reason for s in again.skipped] == ["already in the project"]
        changed = import_paths(p, [tmp_path / "changed.jsonl"])
        assert len(changed.added) == 1  # the same declared hash, another text: a new document


def _task(meta: str) -> str:
    return '{"data": {"text": "' + TEXT + '"}, "meta": ' + meta + "}"


@pytest.mark.parametrize(
    "fmt, name, body",
    [  # the refused item starts on line 4 of each JSON file, line 3 of each JSONL file
        (None, "in.json", f"[\n{GOOD},\n\n" + _line("[NaN]") + "]"),  # by its ending
        ("label-studio", "in.json", f"[\n{_task('1')},\n\n" + _task("1" + "0" * 30) + "\n]"),
        ("label-studio", "in.json", f"[\n{_task('1')},\n\n" + _task("[" * 300 + "]" * 300) + "]"),
        ("doccano", "in.jsonl", f"{GOOD}\n\n" + _line("Infinity")),
        ("prodigy", "in.jsonl", f"{GOOD}\n\n" + _line("[" * 100000 + "]" * 100000)),
    ],
    ids=["json-array", "label-studio-big-int", "label-studio-deep", "doccano", "prodigy"],
)
def test_every_json_reader_refuses_what_export_could_not_write(tmp_path, fmt, name, body):
    path, source = tmp_path / "p.annot", tmp_path / name
    source.write_text(body + "\n", encoding="utf-8")
    done = run_cli("import", *(["--format", fmt] if fmt else []), path, source)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    line = "line 4" if name.endswith(".json") else "line 3"
    assert name in err and line in err and "Traceback" not in err, err
    assert not path.exists()


def test_a_rule_file_with_nan_is_refused_naming_its_line(tmp_path):
    from importlib import resources

    from annotator.suggest import RULE_FILES, load_rules

    shipped = resources.files("annotator.suggest") / "rules"
    for name in RULE_FILES:
        (tmp_path / name).write_text((shipped / name).read_text(encoding="utf-8"), "utf-8")
    rules = tmp_path / "statistic.json"
    rules.write_text('{\n "rules": {},\n "weight": NaN\n}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"statistic.json: line 1: NaN is not a number"):
        load_rules(tmp_path)


def test_a_line_too_large_for_memory_is_named_and_nothing_is_imported(tmp_path):
    import resource

    path, source = tmp_path / "p.annot", tmp_path / "huge.jsonl"
    with open(source, "w", encoding="utf-8") as f:
        f.write(GOOD + '\n{"text": "')
        for _ in range(60):
            f.write("ب" * 1_000_000)  # 120 MB on one line
        f.write('"}\n')

    def small_memory():  # the import itself runs in well under 150 MB of address space
        resource.setrlimit(resource.RLIMIT_AS, (250 * 2**20, 250 * 2**20))

    done = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "import", str(path), str(source)],
        capture_output=True,
        preexec_fn=small_memory,
        timeout=120,
    )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "huge.jsonl: line 2 is too large to read in memory" in err, err
    assert "Traceback" not in err and not path.exists()


def test_memory_running_out_anywhere_in_an_import_is_one_message(tmp_path, monkeypatch, capsys):
    from annotator import cli
    from annotator.store.importing import DocumentImport

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    source = tmp_path / "in.jsonl"
    source.write_text(GOOD + "\n", encoding="utf-8")
    # The import stores each record as it reads it: memory runs out while storing one.
    monkeypatch.setattr(DocumentImport, "add", out_of_memory)
    assert cli.main(["import", str(tmp_path / "p.annot"), str(source)]) == 1
    err = capsys.readouterr().err
    assert err == f"annotator: ran out of memory importing {source}; nothing was imported\n"
    assert not (tmp_path / "p.annot").exists()


def test_export_onto_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, small_disk):
    path = tmp_path / "p.annot"
    records = tmp_path / "big.jsonl"
    text = "قال المتحدث باسم الوزارة إن النمو بلغ " * 20_000  # 1.5 MB of UTF-8
    records.write_text(json.dumps({"name": "a", "text": text}) + "\n", encoding="utf-8")
    assert run_cli("import", path, records).returncode == 0
    disk = small_disk("tmpfs", size_mb=1)
    done = run_cli("export", path, "-o", disk.path / "out.jsonl")
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "No space left on device" in err and "out.jsonl" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert list(disk.path.iterdir()) == []  # no partial file, no temporary


def _nested(depth: int) -> list:
    value: list = [0]
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.mark.parametrize(
    "meta, reason",
    [
        ({"n": float("nan")}, "NaN"),
        ({"n": float("-inf")}, "Infinity"),
        ({"n": 2**64 - 1}, "64-bit"),
        ({"n": _nested(65)}, "nested"),
    ],
    ids=["NaN", "-Infinity", "2**64-1", "65-deep"],
)
def test_a_spacy_docbin_with_user_data_export_could_not_write_is_refused(tmp_path, meta, reason):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    docs = DocBin(store_user_data=True)
    for n, extra in enumerate(({}, meta)):
        doc = nlp(TEXT)
        doc.user_data["annotator"] = {"name": f"d{n}", "meta": extra}
        docs.add(doc)
    source, path = tmp_path / "in.spacy", tmp_path / "p.annot"
    source.write_bytes(docs.to_bytes())
    done = run_cli("import", "--format", "spacy", path, source)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert "in.spacy" in err and "line 2" in err and reason in err, err
    assert not path.exists()
