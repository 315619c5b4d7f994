"""Importing web pages, Word documents and PDFs: how much of the article comes back, in order,
how much of the page around it stays out, and how long an import takes per file.

    python -m bench.extract [--articles N] [--no-write]

Inputs are built from known text (tests/extract_inputs.py): the repository's own article,
and, when the shared corpus is there (ANNOTATOR_CORPUS or ../shared/corpus), the first N
corpus articles of 80 words or more. Each becomes a saved web page with navigation, related
links, reader comments and a footer around it; a Word document written with python-docx (a
table, a comment, a footnote); and PDFs written by Qt's QPdfWriter in three fonts.

- recovered in order: words of the article found in the extracted text in the same order
  (longest matching blocks, difflib; both sides NFC, so harakat in another canonical order
  count as the same), over the article's words.
- boilerplate kept: words of the page around the article (web pages) or of the footnote and
  comment (Word) found in the extracted text outside the matched article words, over their
  count. PDFs carry no boilerplate here.
- import time: ``import_paths`` of one file into a new project, median per file, against
  the same article's text imported from a .txt file (the bare baseline).

Writes its section of bench/RESULTS.md (between the extract markers) unless --no-write.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import os
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator import Project  # noqa: E402
from annotator.importer import import_paths  # noqa: E402
from tests import extract_inputs as inputs  # noqa: E402

FONTS = ["Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"]
START, END = "<!-- extract: start -->", "<!-- extract: end -->"


def corpus_articles(n: int) -> list[tuple[str, list[str]]]:
    path = (
        os.environ.get("ANNOTATOR_CORPUS")
        or ROOT.parent / "shared/corpus/saudinewsnet-2015-07-23.json"
    )
    if not n or not Path(path).exists():
        return []
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    out = []
    for rec in records:
        paragraphs = [" ".join(p.split()) for p in (rec.get("content") or "").split("\n")]
        paragraphs = [p for p in paragraphs if p]
        title = " ".join((rec.get("title") or "").split())
        if title and sum(len(p.split()) for p in paragraphs) >= 80:
            out.append((title, paragraphs))
        if len(out) == n:
            break
    return out


def recovered(expected: list[str], got: list[str]) -> tuple[int, collections.Counter]:
    """Article words found in order, and the extracted words outside those matches."""
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    matched = [False] * len(got)
    count = 0
    for block in matcher.get_matching_blocks():
        count += block.size
        for k in range(block.b, block.b + block.size):
            matched[k] = True
    return count, collections.Counter(w for w, m in zip(got, matched, strict=True) if not m)


def timed_import(path: Path, folder: Path) -> tuple[float, str]:
    project_path = folder / f"{path.stem}-{time.monotonic_ns()}.annot"
    with Project.create(project_path) as project:
        start = time.perf_counter()
        result = import_paths(project, [path])
        seconds = time.perf_counter() - start
        text = project.document(result.added[0]).text if result.added else ""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{project_path}{suffix}").unlink(missing_ok=True)
    return seconds, text


def measure(files: list[tuple[Path, str, list[str]]], folder: Path) -> dict:
    """files: (path, expected text, boilerplate words)."""
    words = found = boiler = kept = 0
    times = []
    failed = 0
    for path, expected, boilerplate in files:
        try:
            seconds, text = timed_import(path, folder)
        except Exception:  # noqa: BLE001 - a refused file recovers nothing
            failed += 1
            words += len(expected.split())
            continue
        times.append(seconds)
        # Marks in canonical order (fatha before shadda) are the same text.
        want = unicodedata.normalize("NFC", expected).split()
        count, outside = recovered(want, unicodedata.normalize("NFC", text).split())
        words += len(want)
        found += count
        boiler += len(boilerplate)
        left = collections.Counter(boilerplate)
        kept += sum(min(outside[w], c) for w, c in left.items())
    return {
        "files": len(files),
        "refused": failed,
        "recovered": found / words if words else 0.0,
        "boilerplate": kept / boiler if boiler else None,
        "median_ms": statistics.median(times) * 1000 if times else 0.0,
        "max_ms": max(times) * 1000 if times else 0.0,
    }


def build(folder: Path, articles: list[tuple[str, list[str]]]) -> dict[str, list]:
    sets: dict[str, list] = {"txt": [], "html": [], "docx": []}
    page_words = inputs.boilerplate_words()
    note_words = (inputs.FOOTNOTE + " " + inputs.COMMENT).split()
    texts = []
    for n, (title, paragraphs) in enumerate(articles):
        text = "\n".join([title, *paragraphs])
        texts.append(text)
        txt = folder / f"{n:04d}.txt"
        txt.write_text(text, encoding="utf-8")
        sets["txt"].append((txt, text, []))
        page = folder / f"{n:04d}.html"
        page.write_bytes(inputs.html_page(title=title, article=paragraphs))
        sets["html"].append((page, text, page_words))
        report = inputs.write_docx(folder / f"{n:04d}.docx", title, paragraphs)
        sets["docx"].append((report, inputs.docx_expected(title, paragraphs), note_words))
    for font in FONTS:
        sub = folder / font.replace(" ", "_")
        sub.mkdir()
        pdfs = inputs.write_pdfs(sub, font, texts)
        sets[f"pdf {font}"] = [(p, t, []) for p, t in zip(pdfs, texts, strict=True)]
    return sets


def table(results: dict[str, dict], baseline: float, count: int, corpus: int) -> str:
    lines = [
        f"{count} articles ({1 if count > corpus else 0} from tests/extract_inputs.py, "
        f"{corpus} from the shared corpus); `python -m bench.extract`.",
        "",
        "| format | files | refused | article words recovered in order | boilerplate words "
        "kept | import per file (median / max) | ÷ .txt baseline |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        boiler = "n/a" if r["boilerplate"] is None else f"{r['boilerplate']:.1%}"
        ratio = r["median_ms"] / baseline if baseline else 0
        lines.append(
            f"| {name} | {r['files']} | {r['refused']} | {r['recovered']:.1%} | {boiler} | "
            f"{r['median_ms']:.0f} / {r['max_ms']:.0f} ms | {ratio:.1f}× |"
        )
    return "\n".join(lines)


def write_section(body: str) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    text = path.read_text(encoding="utf-8")
    section = (
        f"{START}\n## Import of web pages, Word documents and PDFs\n\n{body}\n\n"
        "Boilerplate: navigation, related links, reader comments and footer (web pages); the "
        "footnote and the comment (Word). Naskh PDFs lose the lam-alef ligature (no Unicode "
        "mapping in the font): those words are marked with U+FFFD and warned about, so they "
        "count as not recovered. Shares are rounded (100.0% may hide a word with an unmapped "
        "glyph). Times: the 2-core machine shared with other work; the maximum is the first "
        f"file of a kind (its library is imported on first use).\n{END}"
    )
    if START in text:
        head, rest = text.split(START, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=30, help="corpus articles to use (30)")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    args = parser.parse_args(argv)
    corpus = corpus_articles(args.articles)
    articles = [(inputs.TITLE, inputs.ARTICLE), *corpus]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sets = build(folder, articles)
        results = {name: measure(files, folder) for name, files in sets.items()}
    baseline = results.pop("txt")["median_ms"]
    body = table(results, baseline, len(articles), len(corpus))
    print(body)
    print(f"\n.txt baseline: {baseline:.1f} ms per file (median)")
    if not args.no_write:
        write_section(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
