"""Merge and agreement at team scale: N documents tagged by two annotators.

    .venv/bin/python -m bench.teams              # 30,000 documents × 2 annotators
    .venv/bin/python -m bench.teams --docs 3000  # a quicker run

Builds two project files from the seeded generated articles (``bench/generate.py``): amal's
spans are word-snapped (about 10 per article), omar's are amal's with a third changed (a
boundary moved by a word, a label changed, a span dropped or added). Then times
``merge_projects`` into a new file and ``project_agreement`` over it, each in a process of its
own so that its peak resident memory is its own, and prints the figures. Data goes to
``bench/data/teams-N/`` (git-ignored) and is reused.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import DATA, LABELS, WORD, article_lengths, generated_article  # noqa: E402


def _spans(rng: random.Random, text: str, count: int) -> list[dict]:
    words = [m.span() for m in WORD.finditer(text)]
    out, seen = [], set()
    for _ in range(count):
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.choice((0, 0, 1, 2)))
        key = (words[i][0], words[j][1], rng.choice(LABELS))
        if key not in seen and "\n" not in text[key[0] : key[1]]:
            seen.add(key)
            out.append(key)
    return out


def _perturb(rng: random.Random, text: str, spans: list[tuple]) -> list[tuple]:
    words = [m.span() for m in WORD.finditer(text)]
    ends = {s for s, _ in words}
    out = []
    for s, e, label in spans:
        roll = rng.random()
        if roll < 0.08:
            continue  # dropped
        if roll < 0.16:
            label = rng.choice([x for x in LABELS if x != label])
        elif roll < 0.26:
            later = [w for w in words if w[0] >= e]
            if later and "\n" not in text[s : later[0][1]]:
                e = later[0][1]  # one more word
        elif roll < 0.33 and s in ends:
            out.append((s, e, label))
            out += _spans(rng, text, 1)  # an extra span
            continue
        out.append((s, e, label))
    return sorted(set(out))


def build(docs: int) -> Path:
    folder = DATA / f"teams-{docs}"
    done = folder / "manifest.json"
    if done.exists():
        return folder
    from annotator.records import sha256_text
    from annotator.store import Project

    folder.mkdir(parents=True, exist_ok=True)
    lengths = article_lengths(docs)
    projects = {name: Project.create(folder / f"{name}.annot") for name in ("amal", "omar")}
    try:
        batch: dict[str, list] = {"amal": [], "omar": []}
        for i in range(docs):
            text = generated_article(i, lengths[i])
            rng = random.Random(i)
            amal = _spans(rng, text, 10)
            omar = _perturb(rng, text, amal)
            for name, spans in (("amal", amal), ("omar", omar)):
                batch[name].append(
                    {
                        "name": f"{i:05d}.txt",
                        "text": text,
                        "sha256": sha256_text(text),
                        "spans": [
                            {"start": s, "end": e, "label": lab, "annotator": name}
                            for s, e, lab in spans
                        ],
                    }
                )
            if len(batch["amal"]) >= 2000 or i == docs - 1:
                for name, records in batch.items():
                    projects[name].add_documents(records)
                batch = {"amal": [], "omar": []}
    finally:
        for p in projects.values():
            p.close()
    done.write_text(json.dumps({"docs": docs}))
    return folder


_CHILD = """
import json, resource, sys, time
from pathlib import Path
folder, what = Path(sys.argv[1]), sys.argv[2]
t = time.perf_counter()
if what == "merge":
    from annotator.merge import merge_projects
    out = folder / "team.annot"
    for leftover in folder.glob("team.annot*"):
        leftover.unlink()
    r = merge_projects(out, [folder / "amal.annot", folder / "omar.annot"])
    figures = {"spans": r.spans_added, "documents": r.documents_new}
else:
    from annotator.agreement import project_agreement
    from annotator.store import Project
    with Project.open(folder / "team.annot", readonly=True) as p:
        r = project_agreement(p)
    figures = {k: r.average(k) for k in ("exact", "overlap", "alpha_u", "kappa")}
    figures["documents"] = r.documents
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_rss_mb": rss, **figures}))
"""


def run(folder: Path, what: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), what],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=30_000)
    args = parser.parse_args(argv)
    t = time.perf_counter()
    folder = build(args.docs)
    print(f"data: {folder} ({time.perf_counter() - t:.1f} s to build or find)")
    for what in ("merge", "agreement"):
        figures = run(folder, what)
        shown = ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()
        )
        print(f"{what}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
