"""The keyboard-only attribution of the sample article: its claims to توكاييف and كارين.

Each step is what the analyst types: ``("find", TEXT)`` is Ctrl+F, the text, Escape (the
match stays selected); ``("keys", "2 R Return")`` presses those keys. Used by the test
(tests/ui/test_seed_attribution.py) and by scripts/screenshot_attribution.py.
"""

from __future__ import annotations

#: speaker, claim text (as found), quote type presses of Q (1 direct, 2 indirect, 3 mixed)
TOKAYEV, KARIN = "توكاييف", "كارين"

STEPS: list[tuple[str, str]] = [
    ("find", "قاسم جومارت توكاييف"),
    ("keys", "1 W"),  # speaker, source type: named
    ("find", "بلاده نجت من محاولة انقلاب دبرها ما سماها"),
    ("keys", "2 R Return Q Q"),  # claim, link (R, Enter), indirect
    ("find", "توكاييف"),
    ("keys", "1 W"),
    ("find", "تم استعادة النظام في كازاخستان لكن ملاحقة"),
    ("keys", "2 R Return Q Q"),
    # «وأضاف» drops the subject: the nearest speaker before is still توكاييف.
    ("find", 'عملية "مكافحة الإرهاب" على نطاق واسع ستنتهي قريباً'),
    ("keys", "2 R Return Q Q"),
    ("find", "توكاييف"),
    ("keys", "1 W"),
    ("find", "المسلحين تخلوا عن خطط الاستيلاء على القصر الرئاسي"),
    ("keys", "2 R Return Q"),
    ("find", "إيرلان كارين"),
    ("keys", "1 W W"),  # official
    ("find", "واجهت هجوماً إرهابياً هجيناً قد يكون هدفه زعزعة الاستقرار"),
    ("keys", "2 R Return Q Q Q"),  # mixed: «أنّ بلاده "واجهت…"»
    ("find", "كارين"),
    ("keys", "1 W W"),
    ("find", "الجواب النهائي على من يقف وراء الهجمات"),
    ("keys", "2 R Return Q"),
    ("find", "كارين"),
    ("keys", "1 W W"),
    ("find", "ما حدث يشير إلى أنّ هناك"),
    ("keys", "2 R Return Q Q"),
]

#: claim (its start, as found) -> the speaker it is attributed to
EXPECTED = {
    "بلاده نجت": TOKAYEV,
    "تم استعادة": TOKAYEV,
    "عملية": TOKAYEV,
    "المسلحين": TOKAYEV,
    "واجهت": KARIN,
    "الجواب": KARIN,
    "ما حدث": KARIN,
}


def key_presses(steps=STEPS) -> dict[str, int]:
    """Key presses by kind: finding text (Ctrl+F, Escape; the typing not counted), tagging,
    linking (R, Enter), attribute values."""
    counts = {"find": 0, "tag": 0, "link": 0, "attribute": 0}
    for kind, value in steps:
        if kind == "find":
            counts["find"] += 2
            continue
        for key in value.split():
            if key in ("R", "Return"):
                counts["link"] += 1
            elif key in ("Q", "W"):
                counts["attribute"] += 1
            else:
                counts["tag"] += 1
    return counts
