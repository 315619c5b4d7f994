"""The location rule: CLDR gazetteer names and the team's extra names, matched with the
و/ب/ل/ف/ال clitics and without harakat; and every place already tagged in the project."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.suggest import suggest
from tests.core.suggest_helpers import found


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("وصل الوفد إلى الرياض مساء أمس", ["الرياض"]),
        ("افتتح المعرض بالرياض ووصل الضيوف من جدة", ["بالرياض", "جدة"]),
        ("وللرياض مكانة خاصة وفي القاهرة احتفال", ["وللرياض", "القاهرة"]),
        ("وسافر إلى ألمانيا وبريطانيا", ["ألمانيا", "وبريطانيا"]),
        (
            "زار الرئيس المملكة العربية السعودية ثم الولايات المتحدة",
            ["المملكة العربية السعودية", "الولايات المتحدة"],
        ),
        ("عاد اللاعب من طوكيو إلى إسطنبول", ["طوكيو", "إسطنبول"]),  # CLDR exemplar cities
        ("فاليمن يعاني والسودان كذلك", ["فاليمن", "والسودان"]),
    ],
)
def test_gazetteer_names_are_found_with_their_clitics(text, wanted):
    assert found(text, "location") == wanted


def test_the_longest_name_wins_over_a_name_inside_it():
    text = "وصل إلى المملكة العربية السعودية أمس"
    assert found(text, "location") == ["المملكة العربية السعودية"]


def test_harakat_and_alef_forms_do_not_hide_a_name():
    assert found("في اَلْقَاهِرَةِ وفي اسطنبول", "location") == ["اَلْقَاهِرَةِ", "اسطنبول"]


def test_names_that_are_mostly_ordinary_words_are_excluded():
    # مالي (financial) is a CLDR country name; الخبر (the news) a Saudi city.
    assert found("قدم دعماً مالياً ومقابل مالي وقرأ الخبر", "location") == []


def test_a_name_inside_a_longer_word_is_not_matched():
    assert found("الرياضة مفيدة والرياضيون كثر", "location") == []


def test_label_all_occurrences_of_places_already_tagged_in_the_project():
    text = "وصلت القافلة إلى قرية الفوارة، ثم غادرت الفوارة إلى بلدة عين التينة وبعين التينة سوق"
    got = [
        (text[s.start : s.end], s.rule)
        for s in suggest(text, known_locations=["الفوارة", "عين التينة"])
        if s.label == "location"
    ]
    assert got == [
        ("الفوارة", "location.project"),
        ("الفوارة", "location.project"),
        ("عين التينة", "location.project"),
        ("وبعين التينة", "location.project"),
    ]
    assert found(text, "location") == []  # the gazetteer alone does not know them


def test_a_project_place_that_is_also_in_the_gazetteer_is_suggested_once():
    text = "زار الوفد جدة"
    got = [s for s in suggest(text, known_locations=["جدة"]) if s.label == "location"]
    assert [(text[s.start : s.end], s.rule) for s in got] == [("جدة", "location.gazetteer")]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12),
)
def test_a_gazetteer_place_overlapping_a_project_place_is_dropped(first, second):
    """Project places win over gazetteer places they overlap, whatever their order."""
    from annotator.suggest import Suggestion, _merge_places

    a = [Suggestion(s, s + n, "location", "location.project", 0.9) for s, n in first]
    b = [Suggestion(s, s + n, "location", "location.gazetteer", 0.8) for s, n in second]
    kept = [x for x in b if not any(p.start < x.end and x.start < p.end for p in a)]
    assert _merge_places(a, b) == a + kept
