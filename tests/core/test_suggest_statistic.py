"""The statistic rule: numbers in both digit sets, separators, percent, ranges, number words,
and the counted noun after them; years, dates, times and numbered things left alone."""

from __future__ import annotations

import pytest

from tests.core.suggest_helpers import found, rules_of


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("أرسلت الدولة 2030 جندياً إلى الحدود", ["2030 جندياً"]),
        ("أرسلت الدولة ٢٠٣٠ جندياً إلى الحدود", ["٢٠٣٠ جندياً"]),
        ("وأسقطت الدفاعات 3 طائرات مسيرة", ["3 طائرات"]),
        ("وخسرت الشركة ملايين الدولارات هذا العام", ["ملايين الدولارات"]),
        ("بلغ عدد الزوار ١٬٢٥٠٬٠٠٠ زائر", ["١٬٢٥٠٬٠٠٠ زائر"]),
        ("بلغ عدد الزوار 1,250,000 زائر", ["1,250,000 زائر"]),
        ("ارتفع المؤشر ٣٫٥ نقطة", ["٣٫٥ نقطة"]),
        ("ارتفع المؤشر 3.5 نقطة", ["3.5 نقطة"]),
        ("بلغت نسبة النمو 4.5% في الربع الأول", ["4.5%"]),
        ("بلغت نسبة النمو ٤٫٥٪ في الربع الأول", ["٤٫٥٪"]),
        ("تراجعت البطالة إلى 12 في المائة", ["12 في المائة"]),
        ("تتراوح الأسعار بين 50 - 70 ريالا", ["50 - 70 ريالا"]),
        ("أصيب ما بين 3 و5 أشخاص", ["3 و5 أشخاص"]),
        ("سجل سعر مزيج برنت 56 و55 دولارا للبرميل", ["56 و55 دولارا"]),
        ("تجمع حوالي 10 آلاف شخص في الساحة", ["10 آلاف شخص"]),
        ("وقتل ثلاثة أشخاص في الحادث", ["ثلاثة أشخاص"]),
        ("نزح عشرات الآلاف من السكان", ["عشرات الآلاف"]),
        ("بلغت قيمة الصفقة خمسة وعشرين مليون ريال", ["خمسة وعشرين مليون ريال"]),
        ("وقدر الاحتمال بنسبة 4ر95%", ["4ر95%"]),
    ],
)
def test_statistic_finds_the_number_and_what_it_counts(text, wanted):
    assert found(text, "statistic") == wanted


@pytest.mark.parametrize(
    "text",
    [
        "وقعت الحادثة في عام 2015 في المدينة",
        "اندلعت الحرب في كانون الأول/ديسمبر 2013",
        "وصل الوفد يوم 23 يوليو إلى العاصمة",
        "ورد البلاغ في الساعة 11:30 مساء",
        "خلال الفترة من 8 / 10 / 1436هـ",
        "أقلعت الرحلة رقم 301 متأخرة",
        "ولد الكاتب سنة ١٩٥٠ في القرية",
    ],
)
def test_years_dates_times_and_numbered_things_are_not_statistics(text):
    assert found(text, "statistic") == []


def test_clitics_stay_with_their_word_so_the_span_is_whole_words():
    text = "وأسقطت الدفاعات و3 طائرات وبخمسة صواريخ"
    assert found(text, "statistic") == ["و3 طائرات", "وبخمسة صواريخ"]


def test_harakat_and_tatweel_do_not_hide_number_words():
    text = "وقُتِلَ ثـلاثـة أشخاص"
    assert found(text, "statistic") == ["ثـلاثـة أشخاص"]


def test_a_number_word_alone_that_is_also_an_ordinary_word_is_left_alone():
    # ألف is also «composed»; ست is also «lady»: only with a counted noun do they count.
    assert found("ألف الكاتب روايته الأخيرة.", "statistic") == []


def test_digits_and_words_are_separate_rules():
    assert rules_of("قتل 3 أشخاص وجرح خمسة آخرون", "statistic") == [
        "statistic.digits",
        "statistic.words",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "يعود تاريخه إلى حوالي عام 600 ميلادي",
        "كتب بين عام 568 و 645 ميلادياً",
        "في عصر النبي (حوالي 570 - 632 ميلادي)",
        "خلال الفترة من 8 - 15 / 10 / 1436هـ",
    ],
)
def test_years_of_any_length_and_date_ranges_are_not_statistics(text):
    assert found(text, "statistic") == []


def test_since_with_a_counted_noun_is_a_duration_not_a_year():
    assert found("الحرب الجارية منذ 19 شهراً", "statistic") == ["19 شهراً"]
