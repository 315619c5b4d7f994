"""Precision and recall of the suggestion rules on the gold set, and key presses saved.

    .venv/bin/python -m bench.suggest_gold            # prints the tables
    .venv/bin/python -m bench.suggest_gold --write    # also updates bench/RESULTS.md

The gold set (``bench/gold/gold.jsonl``) holds, per corpus article, its index in the corpus
file, the SHA-256 of its canonical text, and code-point offsets of every speaker, claim,
location and statistic with the claim -> speaker links: never the text, which the corpus
licence keeps out of the repository. The articles are read from ANNOTATOR_CORPUS or
../shared/corpus; an article whose hash differs is refused, not scored.

Matching: *strict* means the same label and the same start and end; *overlap* means the
same label and at least one shared character (claims rarely agree to the word on where a
clause ends). Each prediction and each gold span counts once.

Location suggestions from "every place already tagged in this project" are scored as an
analyst meets them: articles in gold-set order, the project knowing the locations of the
articles before (never the current one's).

Key presses, per gold span tagged by hand: 1 to reach it, 1 per word to select it (Ctrl+
Shift+arrow), 1 for the label. With suggestions: 2 per suggestion (next, then Enter or
reject), plus 1 per word of boundary to fix on an overlapping one, plus the hand cost of
every gold span no suggestion overlaps.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from annotator.suggest import suggest
from annotator.text import normalise_newlines

HERE = Path(__file__).resolve().parent
#: development: read while the rules were written; held out: tagged after, never tuned on.
SETS = {
    "development": HERE / "gold" / "gold.jsonl",
    "held out": HERE / "gold" / "heldout.jsonl",
}
LABELS = ("speaker", "claim", "location", "statistic")
BEGIN, END = "<!-- suggest: begin (bench/suggest_gold.py) -->", "<!-- suggest: end -->"


def load(corpus_path: Path, gold: Path = SETS["development"]) -> list[tuple[dict, str]]:
    with open(corpus_path, encoding="utf-8") as f:
        corpus = json.load(f)
    out = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = normalise_newlines(corpus[rec["index"]]["content"])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["sha256"]:
            raise SystemExit(f"corpus article {rec['index']} is not the one the gold set tagged")
        out.append((rec, text))
    return out


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def words(text: str, a: int, b: int) -> int:
    return max(1, len(text[a:b].split()))


def evaluate(gold: list[tuple[dict, str]]) -> dict:
    pred_n = Counter()  # (label or rule, mode) -> predictions
    pred_ok = Counter()
    gold_n = Counter()
    gold_ok = Counter()  # (label, mode) -> gold spans found
    rule_found = Counter()  # (rule, mode) -> gold spans of its label it found
    links = Counter()
    keys_hand = keys_with = 0
    per_article = []
    known: list[str] = []
    seconds = 0.0
    for rec, text in gold:
        spans = rec["spans"]
        by_label = defaultdict(list)
        for s in spans:
            by_label[s["label"]].append((s["start"], s["end"]))
            gold_n[s["label"]] += 1
        t0 = time.perf_counter()
        got = suggest(text, known_locations=known)
        seconds += time.perf_counter() - t0
        found_strict, found_overlap = set(), set()
        cost = 0
        for p in got:
            rng = (p.start, p.end)
            cands = by_label[p.label]
            strict = rng in cands
            over = [g for g in cands if overlaps(g, rng)]
            for key in (p.label, p.rule):
                pred_n[key] += 1
                pred_ok[key, "strict"] += strict
                pred_ok[key, "overlap"] += bool(over)
            cost += 2
            if strict:
                found_strict.add((p.label, rng))
                rule_found[p.rule, "strict"] += 1
            if over:
                g = min(over, key=lambda g: abs(g[0] - p.start) + abs(g[1] - p.end))
                if (p.label, g) not in found_overlap:
                    rule_found[p.rule, "overlap"] += 1
                    if not strict:
                        cost += abs(words(text, *g) - words(text, *rng))
                found_overlap.add((p.label, g))
            if p.label == "claim" and p.link and over:
                links["linked"] += 1
                links["right"] += _link_right(rec, over, p.link)
        hand = sum(words(text, s["start"], s["end"]) + 2 for s in spans)
        missed = sum(
            words(text, s["start"], s["end"]) + 2
            for s in spans
            if (s["label"], (s["start"], s["end"])) not in found_overlap
        )
        for label in LABELS:
            gold_ok[label, "strict"] += sum((label, g) in found_strict for g in by_label[label])
            gold_ok[label, "overlap"] += sum((label, g) in found_overlap for g in by_label[label])
        keys_hand += hand
        keys_with += cost + missed
        per_article.append(hand - cost - missed)
        known += [text[a:b] for a, b in by_label["location"]]
    return dict(
        pred_n=pred_n,
        pred_ok=pred_ok,
        gold_n=gold_n,
        gold_ok=gold_ok,
        rule_found=rule_found,
        links=links,
        keys_hand=keys_hand,
        keys_with=keys_with,
        per_article=per_article,
        seconds=seconds,
        articles=len(gold),
    )


def _link_right(rec: dict, gold_claims, link) -> bool:
    by_id = {s["id"]: s for s in rec["spans"]}
    for rel in rec["relations"]:
        claim, speaker = by_id[rel["from"]], by_id[rel["to"]]
        if (claim["start"], claim["end"]) in gold_claims and overlaps(
            (speaker["start"], speaker["end"]), link
        ):
            return True
    return False


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f} %" if b else "–"


def report(r: dict, name: str, path: Path) -> str:
    pn, po, gn, go = r["pred_n"], r["pred_ok"], r["gold_n"], r["gold_ok"]
    lines = [
        f"**{name.capitalize()} set**: {r['articles']} corpus articles, "
        + ", ".join(f"{gn[lab]} {lab}" for lab in LABELS)
        + f", {sum(gn.values())} spans in all (`bench/gold/{path.name}`).",
        "",
        "| label | suggested | precision strict | precision overlap "
        "| recall strict | recall overlap |",
        "|---|---|---|---|---|---|",
    ]
    for lab in LABELS:
        lines.append(
            f"| {lab} | {pn[lab]} | {pct(po[lab, 'strict'], pn[lab])} | "
            f"{pct(po[lab, 'overlap'], pn[lab])} | {pct(go[lab, 'strict'], gn[lab])} | "
            f"{pct(go[lab, 'overlap'], gn[lab])} |"
        )
    lines += [
        "",
        "| rule | suggested | precision strict | precision overlap "
        "| share of its label's gold found (overlap) |",
        "|---|---|---|---|---|",
    ]
    rules = sorted(k for k in pn if "." in k)
    for rule in rules:
        label = "location" if rule.startswith("location") else None
        label = label or ("statistic" if rule.startswith("statistic") else None)
        found = r["rule_found"][rule, "overlap"]
        share = pct(found, gn[label]) if label else f"{found} speaker/claim spans"
        lines.append(
            f"| `{rule}` | {pn[rule]} | {pct(po[rule, 'strict'], pn[rule])} | "
            f"{pct(po[rule, 'overlap'], pn[rule])} | {share} |"
        )
    lk = r["links"]
    saved = r["keys_hand"] - r["keys_with"]
    per = r["per_article"]
    lines += [
        "",
        f"Claim -> speaker links: {lk['right']} of {lk['linked']} linked claims that overlap a "
        f"gold claim point at (an overlap of) its gold speaker ({pct(lk['right'], lk['linked'])}).",
        "",
        f"Key presses: {r['keys_hand']} by hand, {r['keys_with']} with suggestions: "
        f"{saved} saved ({pct(saved, r['keys_hand'])}); per article {saved / r['articles']:.1f} "
        f"on average (from {min(per)} to {max(per)}).",
        "",
        f"Rules' time on the gold set: {1000 * r['seconds']:.0f} ms for {r['articles']} articles.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = ap.parse_args(argv)
    corpus = Path(
        os.environ.get("ANNOTATOR_CORPUS")
        or HERE.parent.parent / "shared" / "corpus" / "saudinewsnet-2015-07-23.json"
    )
    text = "\n\n".join(
        report(evaluate(load(corpus, path)), name, path) for name, path in SETS.items()
    )
    print(text)
    if args.write:
        path = HERE / "RESULTS.md"
        old = path.read_text(encoding="utf-8")
        block = f"{BEGIN}\n{text}\n{END}"
        if BEGIN in old:
            new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END) :]
        else:
            new = (
                old.rstrip("\n")
                + "\n\n## Suggestions: precision, recall, key presses\n\n"
                + block
                + "\n"
            )
        path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
