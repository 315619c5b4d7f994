"""Seeded benchmark data: Arabic news-like articles with harakat, numbers, some Latin, punctuation.

Everything is rebuilt byte for byte from the seed, so anyone can regenerate it::

    /work/venv/bin/python -m bench.generate            # the full set
    /work/venv/bin/python -m bench.generate --quick    # the smaller set --quick runs use

What is written to ``bench/data/`` (git-ignored), each piece only when missing:

- ``big.txt`` and ``big.spans.json``: one article of 1 MiB of UTF-8 (about 560,000 code
  points in 1,900 paragraphs) and 10,000 word-snapped spans over it, some nested.
- ``gen/NNNNN.txt``: the generated article set, 30,000 articles (3,000 with ``--quick``),
  about 1,670 code points each on average (lognormal lengths), 50 M code points in total.
  Article ``i`` depends only on the seed and ``i``, so the quick set is a prefix of the full one.
- ``corpus/NNNN.txt``: the 1,302 non-empty articles of ../shared/corpus as text files
  (16 of its 1,318 articles have no content; the importer refuses empty articles).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
# The opt-in corpus: ANNOTATOR_CORPUS (as for the tests), else ../shared beside the clone.
CORPUS_JSON = Path(
    os.environ.get("ANNOTATOR_CORPUS")
    or ROOT.parent / "shared" / "corpus" / "saudinewsnet-2015-07-23.json"
)
SEED = 20240723
VERSION = 1  # bump when the output of this module changes

LABELS = ("speaker", "claim", "location", "statistic")
BIG_BYTES = 1 << 20
BIG_SPANS = 10_000
FULL_ARTICLES = 30_000
QUICK_ARTICLES = 3_000
MEAN_ARTICLE_CHARS = 1_667  # 30,000 × 1,667 ≈ 50 M code points

_WORDS = """
قال أعلن أكد أشار أوضح صرح نفى كشف رئيس وزير الحكومة الرئيس المتحدث الرسمي وزارة الخارجية
الداخلية الدفاع الاقتصاد المالية الصحة التعليم مجلس الأمن الأمم المتحدة الجامعة العربية المملكة
السعودية الرياض جدة مكة المدينة المنورة الدمام القاهرة دبي أبوظبي الكويت الدوحة بيروت عمان بغداد
دمشق صنعاء الخرطوم تونس الجزائر الرباط واشنطن موسكو لندن باريس برلين بكين طوكيو أنقرة طهران
اليوم أمس الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد خلال بعد قبل عند حيث منذ حتى
في من إلى على عن مع بين أن إن لا لم لن قد كان كانت يكون هذا هذه ذلك تلك الذي التي الذين
مليون مليار ألف نسبة المئة بالمئة ريال دولار يورو برميل النفط الأسعار السوق البورصة الأسهم
المواطنين السكان الشباب الطلاب العمال الشركات المصانع المشروع المشاريع التنمية الاستثمار
المؤتمر الصحفي البيان الرسمي التقرير السنوي الدراسة الإحصائية الهيئة العامة للإحصاء مصادر
مطلعة وكالة الأنباء الموقع الإلكتروني الصحيفة القناة التلفزيون الإذاعة مراسل الأخبار العاجلة
الاتفاق الاتفاقية المفاوضات الحوار السلام الحرب الهجوم الانفجار الضحايا الجرحى القتلى المصابين
الأمطار السيول الطقس درجة الحرارة الرياح العاصفة الزلزال الفيضانات المستشفى الطبيب المرضى
المباراة الفريق المنتخب الدوري البطولة الهدف الملعب المدرب اللاعب الجمهور الفوز الخسارة
""".split()

_LATIN = (
    "Reuters AFP NATO OPEC UN WHO iPhone Google Twitter COVID-19 G20 IMF CEO GDP BBC CNN"
).split()
_HARAKAT = "\u064e\u064f\u0650\u0652\u0651\u064b\u064c\u064d"
_ARABIC_DIGITS = str.maketrans("0123456789", "".join(chr(0x0660 + d) for d in range(10)))
_AFTER = ["،", "؛", ".", ":", "؟", "!"]

#: A word as ``annotator.text.snap_to_words`` sees it: no space, punctuation, Sm or control
#: character, except a separator between two digits (3.5, ١٬٠٠٠).
WORD = regex.compile(r"(?:[^\s\p{P}\p{Sm}\p{Cc}\u200e\u200f\u061c]|(?<=\d)[.,\u066b\u066c](?=\d))+")


def _with_harakat(rng: random.Random, word: str) -> str:
    return "".join(c + (rng.choice(_HARAKAT) if rng.random() < 0.5 else "") for c in word)


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        n = str(rng.randint(1, 2030))
    elif kind < 0.6:
        n = f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"
    elif kind < 0.8:
        n = f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    else:
        n = str(rng.randint(1, 99999))
    if rng.random() < 0.4:
        n = n.translate(_ARABIC_DIGITS).replace(".", "\u066b").replace(",", "\u066c")
    return n


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Tokens (a word plus any punctuation around it) and their weights."""
    tokens, weights = [], []
    for w in _WORDS:
        tokens.append(w)
        weights.append(10.0)
        tokens.append(_with_harakat(rng, w))  # about one word in eleven carries harakat
        weights.append(1.0)
        for p in _AFTER:
            tokens.append(w + p)
            weights.append(0.15)
        tokens.append(f"«{w}»")
        weights.append(0.1)
        tokens.append(f'"{w}"')
        weights.append(0.1)
        tokens.append(f"({w})")
        weights.append(0.05)
    for w in _LATIN:
        tokens.append(w)
        weights.append(0.6)
    for _ in range(400):
        tokens.append(_number(rng) + (rng.choice(["", "", "", "%", "،"])))
        weights.append(0.1)
    return tokens, weights


_VOCAB = _vocabulary(random.Random(SEED))


def article(rng: random.Random, chars: int) -> str:
    """About ``chars`` code points of text in paragraphs of 20 to 120 words."""
    tokens, weights = _VOCAB
    words = rng.choices(tokens, weights, k=max(8, chars // 6 + 8))
    paragraphs = []
    i = 0
    length = 0
    while i < len(words) and length < chars:
        n = rng.randint(20, 120)
        para = " ".join(words[i : i + n])
        paragraphs.append(para)
        length += len(para) + 1
        i += n
    text = "\n".join(paragraphs)
    return text[:chars].rstrip() if len(text) > chars else text


def word_spans(rng: random.Random, text: str, count: int, nested_share: float = 0.15) -> list[dict]:
    """``count`` distinct word-snapped spans of 1 to 4 words, about ``nested_share`` nested."""
    words = [m.span() for m in WORD.finditer(text)]
    seen: set[tuple[int, int, str]] = set()
    spans: list[dict] = []
    attempts = 0
    while len(spans) < count and attempts < count * 20:
        attempts += 1
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.choice((0, 0, 0, 1, 1, 2, 3)))
        start, end = words[i][0], words[j][1]
        if "\n" in text[start:end]:
            continue
        label = rng.choice(LABELS)
        if (start, end, label) in seen:
            continue
        seen.add((start, end, label))
        spans.append({"start": start, "end": end, "label": label})
        if j > i and rng.random() < nested_share * 2 and len(spans) < count:
            k = rng.randint(i, j)  # a word inside, with another label: a nested span
            inner = rng.choice([x for x in LABELS if x != label])
            key = (words[k][0], words[k][1], inner)
            if key not in seen:
                seen.add(key)
                spans.append({"start": key[0], "end": key[1], "label": inner})
    spans.sort(key=lambda s: (s["start"], -s["end"], s["label"]))
    return spans


def article_lengths(count: int) -> list[int]:
    """Lognormal article lengths (code points), the same for every prefix."""
    sigma = 0.6
    mu = math.log(MEAN_ARTICLE_CHARS) - sigma * sigma / 2
    return [
        max(120, min(40_000, int(random.Random(SEED * 7 + i).lognormvariate(mu, sigma))))
        for i in range(count)
    ]


def generated_article(i: int, chars: int) -> str:
    return article(random.Random(SEED * 1_000_003 + i), chars)


# --- what is written to bench/data ------------------------------------------------------------


def _manifest_ok(path: Path, wanted: dict) -> bool:
    try:
        return json.loads(path.read_text()) == wanted
    except (OSError, ValueError):
        return False


def _write_manifest(path: Path, content: dict) -> None:
    path.write_text(json.dumps(content, indent=1))


def big_article() -> tuple[Path, Path]:
    """The 1 MiB article and its 10,000 spans (``big.txt``, ``big.spans.json``)."""
    DATA.mkdir(parents=True, exist_ok=True)
    txt, spans_file, manifest = DATA / "big.txt", DATA / "big.spans.json", DATA / "big.manifest"
    wanted = {"version": VERSION, "seed": SEED, "bytes": BIG_BYTES, "spans": BIG_SPANS}
    if txt.exists() and spans_file.exists() and _manifest_ok(manifest, wanted):
        return txt, spans_file
    rng = random.Random(SEED + 1)
    text = article(rng, BIG_BYTES)  # Arabic takes 2 bytes a letter: cut to 1 MiB below
    data = text.encode("utf-8")[:BIG_BYTES].decode("utf-8", "ignore")
    text = data[: WORD.search(data, len(data) - 40).start()].rstrip()  # end on a whole word
    spans = word_spans(rng, text, BIG_SPANS)
    txt.write_text(text, encoding="utf-8")
    spans_file.write_text(json.dumps(spans))
    _write_manifest(manifest, wanted)
    return txt, spans_file


def generated_set(count: int) -> list[Path]:
    """``gen/00000.txt`` … : the first ``count`` generated articles."""
    folder = DATA / "gen"
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.json"
    try:
        have = json.loads(manifest.read_text())
    except (OSError, ValueError):
        have = {}
    if have.get("version") != VERSION or have.get("seed") != SEED:
        have = {"version": VERSION, "seed": SEED, "count": 0}
    paths = [folder / f"{i:05d}.txt" for i in range(count)]
    if have["count"] < count:
        lengths = article_lengths(count)
        for i in range(have["count"], count):
            paths[i].write_text(generated_article(i, lengths[i]), encoding="utf-8")
        have["count"] = count
        _write_manifest(manifest, have)
    return paths


def generated_folder(count: int) -> Path:
    """A folder holding exactly the first ``count`` generated articles (hard links)."""
    paths = generated_set(count)
    folder = DATA / f"gen{count}"
    if not (folder / f"{count - 1:05d}.txt").exists() or len(list(folder.iterdir())) != count:
        folder.mkdir(exist_ok=True)
        for p in folder.iterdir():
            p.unlink()
        for p in paths:
            (folder / p.name).hardlink_to(p)
    return folder


def require_corpus() -> Path:
    """The corpus JSON, or exit with one line saying where it was looked for and what to pass."""
    if CORPUS_JSON.is_file():
        return CORPUS_JSON
    where = (
        f"ANNOTATOR_CORPUS={CORPUS_JSON}"
        if os.environ.get("ANNOTATOR_CORPUS")
        else f"{CORPUS_JSON} (../shared beside the clone)"
    )
    raise SystemExit(
        f"bench: no corpus file at {where}; pass its path as "
        "ANNOTATOR_CORPUS=/path/to/saudinewsnet-2015-07-23.json"
    )


def corpus_folder() -> Path:
    """``corpus/NNNN.txt``: the non-empty articles of the shared corpus, as text files."""
    require_corpus()
    folder = DATA / "corpus"
    manifest = DATA / "corpus.manifest"  # not inside: a folder import would read it
    source = CORPUS_JSON.stat()
    wanted = {"version": VERSION, "source_size": source.st_size}
    if _manifest_ok(manifest, wanted):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.glob("*.txt"):
        p.unlink()
    articles = json.loads(CORPUS_JSON.read_text(encoding="utf-8"))
    for i, a in enumerate(articles):
        if (a.get("content") or "").strip():
            (folder / f"{i:04d}.txt").write_text(a["content"], encoding="utf-8", newline="")
    _write_manifest(manifest, wanted)
    return folder


def largest_corpus_article() -> tuple[str, str]:
    """(title, content) of the longest article in the shared corpus."""
    require_corpus()
    articles = json.loads(CORPUS_JSON.read_text(encoding="utf-8"))
    best = max(articles, key=lambda a: len(a.get("content") or ""))
    return best.get("title") or "largest", best["content"]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def generate(quick: bool = False) -> dict:
    """Make sure every input the benchmarks read exists; returns a summary."""
    t = time.perf_counter()
    require_corpus()  # before minutes of generating, not after
    big, _ = big_article()
    count = QUICK_ARTICLES if quick else FULL_ARTICLES
    gen = generated_folder(count)
    corpus = corpus_folder()
    return {
        "big_bytes": big.stat().st_size,
        "generated_articles": count,
        "generated_folder": str(gen),
        "corpus_articles": len(list(corpus.glob("*.txt"))),
        "seconds": round(time.perf_counter() - t, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the smaller article set")
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.quick), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
