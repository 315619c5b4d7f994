"""The rule files and the engine as a whole: data a team can edit, whole words, speed-safe."""

from __future__ import annotations

import json
import shutil
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.suggest import RULE_FILES, load_rules, suggest
from annotator.text import snap_to_words

SHIPPED = resources.files("annotator.suggest") / "rules"


def test_every_rule_file_is_shipped_as_readable_json():
    for name in RULE_FILES:
        data = json.loads((SHIPPED / name).read_text(encoding="utf-8"))
        assert "_about" in data, name


def test_the_generated_gazetteer_comes_from_cldr_and_names_its_source():
    data = json.loads((SHIPPED / "gazetteer.json").read_text(encoding="utf-8"))
    assert data["source"].startswith("CLDR via babel")
    names = {p["name"] for p in data["places"]}
    assert len(names) > 500
    assert {"الرياض", "القاهرة", "اليمن", "المملكة العربية السعودية"} <= names


def test_a_team_edits_a_copy_of_the_rules_and_the_engine_uses_it(tmp_path):
    for name in RULE_FILES:
        shutil.copy(SHIPPED / name, tmp_path / name)
    extra = json.loads((tmp_path / "places_extra.json").read_text(encoding="utf-8"))
    extra["places"].append("الفوارة")
    (tmp_path / "places_extra.json").write_text(json.dumps(extra, ensure_ascii=False), "utf-8")
    text = "احتفلت الفوارة بالعيد"
    assert [s.label for s in suggest(text)] == []
    assert [(text[s.start : s.end], s.label) for s in suggest(text, load_rules(tmp_path))] == [
        ("الفوارة", "location")
    ]


def test_a_broken_rule_file_is_refused_with_its_name(tmp_path):
    for name in RULE_FILES:
        shutil.copy(SHIPPED / name, tmp_path / name)
    (tmp_path / "statistic.json").write_text("{not json", "utf-8")
    with pytest.raises(ValueError, match="statistic.json"):
        load_rules(tmp_path)
    (tmp_path / "statistic.json").write_text("{}", "utf-8")
    with pytest.raises(ValueError, match="malformed"):
        load_rules(tmp_path)


def test_every_rule_id_is_described_for_the_app():
    rules = load_rules().rules()
    assert {
        "statistic.digits",
        "statistic.words",
        "reporting.verb",
        "reporting.source",
        "reporting.continued",
        "location.gazetteer",
        "location.project",
    } <= set(rules)


SAMPLE = (
    "وقال وزير المالية محمد الجدعان إن الإيرادات بلغت ٣٬٥ مليار ريال بنسبة 12%، "
    "وأضاف: «سنواصل العمل في الرياض وجدة». وبحسب الهيئة العامة للإحصاء، فإن 2030 جندياً "
    "و3 طائرات وصلت إلى اليمن."
)


def test_every_suggestion_is_whole_words_with_a_known_rule_and_score():
    got = suggest(SAMPLE)
    assert {s.label for s in got} == {"speaker", "claim", "location", "statistic"}
    known = set(load_rules().rules())
    for s in got:
        assert snap_to_words(SAMPLE, s.start, s.end) == (s.start, s.end), SAMPLE[s.start : s.end]
        assert s.rule in known and 0 < s.score <= 1
        if s.link:
            assert any((o.start, o.end) == s.link and o.label == "speaker" for o in got)


ARABIC = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية")
    + ["ال", "و", "ب", "ل", "قال", "إن", "أن", "الرياض", "مليون", "ثلاثة", "جندياً"]
    + list('0123456789٠١٢٣٤٥٦٧٨٩.,٫٬%٪«»":،-/ \n\u064e\u0651\u0640😀')
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ARABIC, max_size=60).map("".join))
def test_any_text_gives_whole_word_suggestions_inside_it(text):
    for s in suggest(text):
        assert 0 <= s.start < s.end <= len(text)
        assert snap_to_words(text, s.start, s.end) == (s.start, s.end), (text, s)


def test_rules_over_every_corpus_article_give_whole_words_of_all_four_labels(corpus):
    labels = set()
    for article in corpus:
        text = article["content"]
        for s in suggest(text):
            assert snap_to_words(text, s.start, s.end) == (s.start, s.end)
            labels.add(s.label)
    assert labels == {"speaker", "claim", "location", "statistic"}
