# ruff: noqa: E501 - translations are kept one per line, however long
"""The Arabic translations, written into resources/translations/annotator_ar.ts.

    .venv/lib/python3.*/site-packages/PySide6/lupdate -no-obsolete ui/*.py \
        -ts resources/translations/annotator_ar.ts && python scripts/ar_catalogue.py

lupdate collects the strings; this fills in the ones it knows (a plural is six forms: zero,
one, two, few, many, other) and lists the ones still untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "annotator_ar.ts"

AR = {
    "QT_LAYOUT_DIRECTION": "RTL",
    "Arabic news annotator": "المُعلِّم على الأخبار العربية",
    "&Open articles…": "&فتح مقالات…",
    "Import article files into the project": "استيراد ملفات المقالات إلى المشروع",
    "Open a &folder of articles…": "فتح &مجلد مقالات…",
    "&New project…": "مشروع &جديد…",
    "Open &project…": "فتح م&شروع…",
    "&Export JSONL…": "&تصدير JSONL…",
    "Write every document and its spans as JSONL": "كتابة كل مستند ومقاطعه بصيغة JSONL",
    "&Quit": "&خروج",
    "&Undo": "ت&راجع",
    "&Redo": "إ&عادة",
    "&Find…": "&بحث…",
    "Find &next": "البحث عن ال&تالي",
    "&Search all documents…": "البحث في &كل المستندات…",
    "Find pre&vious": "البحث عن ال&سابق",
    "Edit &labels…": "تحرير ال&وسوم…",
    "&Preferences…": "الت&فضيلات…",
    "Tag e&xact characters": "وسم الأحرف ب&دقة",
    "Tag exactly the selected characters instead of whole words": "وسم الأحرف المحددة بالضبط بدلًا من الكلمات كاملة",
    "Ne&xt span": "المقطع ال&تالي",
    "P&revious span": "المقطع ال&سابق",
    "&Delete span": "&حذف المقطع",
    "&Clear selection": "إل&غاء التحديد",
    "&Next document": "المستند ال&تالي",
    "&Previous document": "المستند ال&سابق",
    "Mark &done / not done": "تعليم المستند &منجزًا / غير منجز",
    "Zoom &in": "ت&كبير",
    "Zoom &out": "ت&صغير",
    "&Actual size": "الحجم ال&فعلي",
    "Go to the &document list": "الانتقال إلى قائمة ال&مستندات",
    "Go to the &article": "الانتقال إلى ال&مقالة",
    "Go to the &span list": "الانتقال إلى قائمة ال&مقاطع",
    "&Keyboard shortcuts": "اختصارات &لوحة المفاتيح",
    "&About": "&حول البرنامج",
    "Tag as {label}": "وسم بـ{label}",
    "Tag the selection (whole words) as {label}": "وسم التحديد (كلمات كاملة) بـ{label}",
    "Tag exact characters as {label}": "وسم الأحرف بدقة بـ{label}",
    "Tag exactly the selected characters as {label}": "وسم الأحرف المحددة بالضبط بـ{label}",
    "{done} / {total} done": "أُنجز {done} من {total}",
    "No documents yet": "لا مستندات بعد",
    "Find in the article (harakat optional)": "البحث في المقالة (الحركات اختيارية)",
    "Find:": "بحث:",
    "Previous match (Shift+F3)": "التطابق السابق (Shift+F3)",
    "Next match (Enter, F3)": "التطابق التالي (Enter، F3)",
    "Close (Escape)": "إغلاق (Escape)",
    "No match": "لا تطابق",
    "Labels": "الوسوم",
    "Colour…": "اللون…",
    "Apply": "تطبيق",
    "Add label": "إضافة وسم",
    "Name": "الاسم",
    "Key": "المفتاح",
    "Letter": "الحرف",
    "Colour": "اللون",
    "Colour for {label}": "لون {label}",
    "The key {key} is used by another command.": "المفتاح {key} مستخدم لأمر آخر.",
    "Select text, press a key. Shift+key: exact characters.": "حدّد نصًّا ثم اضغط مفتاحًا. Shift مع المفتاح: الأحرف بدقة.",
    "All changes saved": "حُفظت كل التغييرات",
    "Documents": "المستندات",
    "Spans": "المقاطع",
    "&Recent projects": "المشاريع ال&أخيرة",
    " (read-only)": " (للقراءة فقط)",
    "{project}{readonly} — Arabic news annotator": "{project}{readonly} — المُعلِّم على الأخبار العربية",
    "Read-only: changes are not allowed": "للقراءة فقط: التغييرات غير مسموحة",
    "Not saved: {reason}": "لم يُحفظ: {reason}",
    "The change was not saved": "لم يُحفظ التغيير",
    "Open articles with {keys} or drop files here": "افتح مقالات بـ {keys} أو أفلت الملفات هنا",
    "Search": "البحث",
    "Searching…": "جارٍ البحث…",
    "Searching": "البحث",
    "Searching all documents for: {query}": "البحث في كل المستندات عن: {query}",
    "Wait for the import or export to finish.": "انتظر حتى ينتهي الاستيراد أو التصدير.",
    "&File": "&ملف",
    "&Edit": "ت&حرير",
    "&Tag": "&وسم",
    "&Document": "م&ستند",
    "&View": "&عرض",
    "&Help": "م&ساعدة",
    "new": "جديد",
    "in progress": "قيد العمل",
    "done": "منجز",
    "Document": "المستند",
    "Status": "الحالة",
    "Label": "الوسم",
    "Text": "النص",
    "Position": "الموضع",
    " or ": " أو ",
    "no key": "بلا مفتاح",
    "{label}: press {keys} to tag the selection; with Shift to tag exact characters": "{label}: اضغط {keys} لوسم التحديد، ومع Shift لوسم الأحرف بدقة",
    "Preferences": "التفضيلات",
    "The system's language": "لغة النظام",
    "Interface language": "لغة الواجهة",
    "The new language shows the next time the annotator starts.": "تظهر اللغة الجديدة عند تشغيل البرنامج في المرة القادمة.",
    "Language": "اللغة",
    "Search all documents (words of 3+ letters)": "البحث في كل المستندات (كلمات من 3 أحرف فأكثر)",
    "No document holds every word.": "لا يحوي أي مستند كل الكلمات.",
    "Keyboard shortcuts": "اختصارات لوحة المفاتيح",
    "Menu": "القائمة",
    "Action": "الإجراء",
    "Keys": "المفاتيح",
    "Nothing to tag: the selection has no word, only spaces or punctuation (Shift + the label key tags exact characters).": "لا شيء للوسم: لا كلمة في التحديد، مسافات أو علامات ترقيم فقط (Shift مع مفتاح الوسم يسِم الأحرف بدقة).",
    "Already tagged {label}.": "موسوم بـ{label} من قبل.",
    "Select some text first, then press a label key.": "حدّد نصًّا أولًا، ثم اضغط مفتاح وسم.",
    "No span is selected: move to one with ] or [ first.": "لا مقطع محدد: انتقل إلى مقطع بـ ] أو [ أولًا.",
    "This document has no spans yet.": "لا مقاطع في هذا المستند بعد.",
    "{name}\nVersion {version}\n\nTag speakers, claims, locations and statistics in Arabic news "
    "articles. Every tag is saved as you make it.\n\nQt {qt}, PySide6 {pyside}, Python {python}": "{name}\nالإصدار {version}\n\nوسم المتحدثين والادعاءات والأماكن والإحصاءات في مقالات "
    "الأخبار العربية. يُحفظ كل وسم لحظة إنشائه.\n\nQt {qt}، PySide6 {pyside}، Python {python}",
    "No fonts are bundled with this copy: the article uses the fonts installed on this computer.": "لا خطوط مضمّنة في هذه النسخة: تستخدم المقالة الخطوط المثبتة على هذا الحاسوب.",
    "Fonts bundled with this copy: {fonts}": "الخطوط المضمّنة في هذه النسخة: {fonts}",
    "{font}: licence text missing from this build.": "{font}: نص الترخيص مفقود من هذه النسخة.",
    "About {name}": "حول {name}",
    "Preview the import": "معاينة الاستيراد",
    "&Merge projects…": "&دمج مشاريع…",
    "Bring colleagues' project files together, each annotator as a layer": "جمع ملفات مشاريع الزملاء معًا، لكل مُعلِّم طبقة",
    "&Agreement between annotators…": "ا&تفاق المُعلِّمين…",
    "Span F1, Krippendorff's alpha_U and Cohen's kappa between the layers": "مقياس F1 للمقاطع وألفا كريبندورف (alpha_U) وكابا كوهين بين الطبقات",
    "&Curate disagreements": "&حسم الخلافات",
    "Settle where the annotators disagree into the gold layer": "حسم مواضع خلاف المُعلِّمين في الطبقة المرجعية",
    "Agreement": "الاتفاق",
    "All labels": "كل الوسوم",
    "{n} documents compared; annotators: {who}. Averaged over pairs: {pairs}.": "قورن {n} من المستندات؛ المُعلِّمون: {who}. المتوسط على الأزواج: {pairs}.",
    "Disagreements": "الخلافات",
    "Accept identical spans": "قبول المقاطع المتطابقة",
    "No document is open.": "لا مستند مفتوح.",
    "{waiting} to decide, {identical} identical ({gold} in gold). Keys: {who}; B both, X neither, Ctrl+Z undo.": "{waiting} بانتظار القرار، {identical} متطابقة ({gold} في المرجع). المفاتيح: {who}؛ B كلاهما، X لا شيء، Ctrl+Z تراجع.",
    "no annotators": "لا مُعلِّمين",
    "(nothing)": "(لا شيء)",
    "Curation": "الحسم",
    "Projects to merge": "المشاريع المراد دمجها",
    "Projects (*.annot)": "المشاريع (*.annot)",
    "Merged project": "المشروع المدمج",
    "Merged {n} projects: {spans} spans in layers {layers}": "دُمج {n} من المشاريع: {spans} من المقاطع في الطبقات {layers}",
    "Merging": "جارٍ الدمج",
    "Merging {n} projects into {name}": "دمج {n} من المشاريع في {name}",
    "Merge failed": "فشل الدمج",
    "Comparing the annotators' layers": "مقارنة طبقات المُعلِّمين",
    "Stray files set aside": "نُحّيت ملفات دخيلة جانبًا",
    "Open articles": "فتح مقالات",
    "Open a folder of articles": "فتح مجلد مقالات",
    "Cannot import": "يتعذر الاستيراد",
    "Importing articles": "استيراد المقالات",
    "Import failed": "فشل الاستيراد",
    "Repair and import": "إصلاح ثم استيراد",
    "Import as they are": "استيراد كما هي",
    "Don't import": "عدم الاستيراد",
    "Some files were not imported": "لم تُستورد بعض الملفات",
    "Imported, with warnings": "اكتمل الاستيراد مع تحذيرات",
    "New project": "مشروع جديد",
    "Cannot create the project": "يتعذر إنشاء المشروع",
    "Open project": "فتح مشروع",
    "Please wait": "يُرجى الانتظار",
    "An import or export is still running.": "ما زال استيراد أو تصدير قيد التنفيذ.",
    "Export": "تصدير",
    "Exporting": "جارٍ التصدير",
    "Export failed": "فشل التصدير",
    "Naskh": "نسخ",
    "Kufi": "كوفي",
    "The system's font": "خط النظام",
    "Article font": "خط المقالة",
    "The typeface of the article text": "الخط الذي يُعرض به نص المقالة",
    "Exported, with losses": "صُدِّر مع فقد بعض البيانات",
    "Theme": "السمة",
    "Light, dark or high contrast": "فاتحة أو داكنة أو عالية التباين",
    "Arabic or English": "العربية أو الإنجليزية",
    "Note": "ملاحظة",
    "Follow the system": "سمة النظام",
    "Light": "فاتحة",
    "Dark": "داكنة",
    "High contrast": "عالية التباين",
    "The label of the find field": "عنوان حقل البحث",
    "Find bar": "شريط البحث",
    "Find text in the article": "البحث عن نص في المقالة",
    "Find": "بحث",
    "Find result": "نتيجة البحث",
    "Whether the text was found": "هل وُجد النص",
    "Cancel": "إلغاء",
    "Article area": "منطقة المقالة",
    "The article and its find bar": "المقالة وشريط البحث فيها",
    "Article": "المقالة",
    "The article text. Select words and press a label key to tag them.": "نص المقالة. حدّد كلمات واضغط مفتاح وسم لوسمها.",
    "The project's documents; Enter opens one": "مستندات المشروع؛ Enter يفتح المستند",
    "Progress": "التقدّم",
    "How many documents are done": "عدد المستندات المنجزة",
    "The tagged spans of the article in reading order; Enter goes to one": "المقاطع الموسومة في المقالة بترتيب القراءة؛ Enter ينتقل إلى المقطع",
    "Each label with its key and letter": "كل وسم بمفتاحه وحرفه",
    "Menu bar": "شريط القوائم",
    "The commands of the annotator": "أوامر البرنامج",
    "Status bar": "شريط الحالة",
    "Messages and whether changes are saved": "الرسائل وحالة حفظ التغييرات",
    "Project file": "ملف المشروع",
    "The project file being worked on": "ملف المشروع الجاري العمل عليه",
    "Save state": "حالة الحفظ",
    "Whether every change is in the file": "هل كل تغيير محفوظ في الملف",
    "A panel; it can be moved or floated": "لوحة يمكن نقلها أو فصلها",
    "Tagging hint": "تلميح الوسم",
    "Current span: {label}, “{text}”": "المقطع الحالي: {label}، «{text}»",
    "%1 (cannot be read)": "%1 (تتعذر قراءته)",
    "Text to import": "النص المراد استيراده",
    "Left out": "المُستبعَد",
    "Web pages: keep the whole page, not only the article": "صفحات الويب: الاحتفاظ بالصفحة كلها، لا بالمقالة وحدها",
    "Import": "استيراد",
    "%1 cannot be imported: %2": "يتعذر استيراد %1: %2",
    "%1 read with %2 %3": "قُرئ %1 بـ %2 %3",
    "title": "العنوان",
    "author": "الكاتب",
    "date": "التاريخ",
    "address": "العنوان الإلكتروني",
    "character set: %1": "ترميز الأحرف: %1",
    # Suggestions (ui/suggestions.py, ui/actions.py)
    "Next s&uggestion": "الاقتراح ال&تالي",
    "Select the next suggestion: Enter accepts it, a label key accepts it as that label, Backspace rejects it": "تحديد الاقتراح التالي: Enter يقبله، ومفتاح الوسم يقبله بذلك الوسم، وBackspace يرفضه",
    "Previous su&ggestion": "الاقتراح ال&سابق",
    "Accept the suggestion": "قبول الاقتراح",
    "Reject the suggestion": "رفض الاقتراح",
    "Accept every suggestion of this rule": "قبول كل اقتراحات هذه القاعدة",
    "Accept every suggestion in this document made by the current one's rule, each with its label, a claim linked to its speaker (one undo step)": "قبول كل اقتراحات هذا المستند التي صنعتها قاعدة الاقتراح الحالي، كلٌّ بوسمه، ويُربط كل تصريح بقائله (خطوة تراجع واحدة)",
    "Suggest in &all documents": "الاقتراح في &كل المستندات",
    "Run the suggestion rules over every document of the project, in the background": "تشغيل قواعد الاقتراح على كل مستندات المشروع في الخلفية",
    "Suggestions": "الاقتراحات",
    "How many suggestions are left in this article, by label": "عدد الاقتراحات الباقية في هذه المقالة، حسب الوسم",
    "Accepted “{quote}” as {label}": "قُبل «{quote}» بوسم {label}",
    "and linked to its speaker": "ورُبط بقائله",
    "and linked to its claim": "ورُبط بتصريحه",
    "Rejected “{quote}”": "رُفض «{quote}»",
    "Suggestions not saved: {reason}": "لم تُحفظ الاقتراحات: {reason}",
    "Suggestions failed: {reason}": "تعذّرت الاقتراحات: {reason}",
    "1 suggestion: {counts}": "اقتراح واحد: {counts}",
    "Suggestions are stored in the project: open it for writing.": "تُحفظ الاقتراحات في المشروع: افتحه للكتابة.",
    "Suggesting": "جارٍ الاقتراح",
    "Running the suggestion rules over every document": "تشغيل قواعد الاقتراح على كل المستندات",
    "No suggestions in this document.": "لا اقتراحات في هذا المستند.",
    "The suggestions are still being made.": "ما زالت الاقتراحات قيد الإعداد.",
    "Suggested {label} ({source}): “{quote}”. Enter accepts, Backspace rejects": "اقتراح {label} ({source}): «{quote}». Enter يقبله، وBackspace يرفضه",
    "No suggestion is selected: press F8 first.": "لا اقتراح محدد: اضغط F8 أولًا.",
}

#: Arabic plural forms: zero, one, two, few (3-10), many (11-99), other (100, 0.5...).
PLURALS = {
    "%Ln document(s) found": (
        "لم يُعثر على أي مستند", "عُثر على مستند واحد", "عُثر على مستندين",
        "عُثر على %Ln مستندات", "عُثر على %Ln مستندًا", "عُثر على %Ln مستند",
    ),
    "%n file read. Check its text before it is imported:": (
        "لم يُقرأ أي ملف.", "قُرئ ملف واحد. راجع نصه قبل استيراده:", "قُرئ ملفان. راجع نصهما قبل استيرادهما:",
        "قُرئت %n ملفات. راجع النص قبل استيراده:", "قُرئ %n ملفًا. راجع النص قبل استيراده:", "قُرئ %n ملف. راجع النص قبل استيراده:",
    ),
    "%n files read. Check the text before it is imported:": (
        "لم يُقرأ أي ملف.", "قُرئ ملف واحد. راجع نصه قبل استيراده:", "قُرئ ملفان. راجع النص قبل استيراده:",
        "قُرئت %n ملفات. راجع النص قبل استيراده:", "قُرئ %n ملفًا. راجع النص قبل استيراده:", "قُرئ %n ملف. راجع النص قبل استيراده:",
    ),
    "%n word": ("لا كلمات", "كلمة واحدة", "كلمتان", "%n كلمات", "%n كلمةً", "%n كلمة"),
    "%n words": ("لا كلمات", "كلمة واحدة", "كلمتان", "%n كلمات", "%n كلمةً", "%n كلمة"),
    "Left out (%n)": ("المُستبعَد (%n)",) * 6,
    "Accept %n identical span(s)": (
        "لا مقاطع متطابقة للقبول", "قبول مقطع متطابق واحد", "قبول مقطعين متطابقين",
        "قبول %n مقاطع متطابقة", "قبول %n مقطعًا متطابقًا", "قبول %n مقطع متطابق",
    ),
    "%Ln span(s)": ("لا مقاطع", "مقطع واحد", "مقطعان", "%Ln مقاطع", "%Ln مقطعًا", "%Ln مقطع"),
    "%Ln character(s)": ("لا أحرف", "حرف واحد", "حرفان", "%Ln أحرف", "%Ln حرفًا", "%Ln حرف"),
    "%n suggestions: {counts}": (
        "لا اقتراحات: {counts}", "اقتراح واحد: {counts}", "اقتراحان: {counts}",
        "%n اقتراحات: {counts}", "%n اقتراحًا: {counts}", "%n اقتراح: {counts}",
    ),
    "New suggestions: {added}, from %n document(s).": (
        "اقتراحات جديدة: {added}؛ لا مستندات.", "اقتراحات جديدة: {added}، من مستند واحد.", "اقتراحات جديدة: {added}، من مستندين.",
        "اقتراحات جديدة: {added}، من %n مستندات.", "اقتراحات جديدة: {added}، من %n مستندًا.", "اقتراحات جديدة: {added}، من %n مستند.",
    ),
    "Accepted %n suggestion(s) of {rule}.": (
        "لم يُقبل أي اقتراح من {rule}.", "قُبل اقتراح واحد من {rule}.", "قُبل اقتراحان من {rule}.",
        "قُبلت %n اقتراحات من {rule}.", "قُبل %n اقتراحًا من {rule}.", "قُبل %n اقتراح من {rule}.",
    ),
}  # fmt: skip


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = PLURALS.get(source)
            if forms is None:
                missing.append(source)
                continue
            for element in list(translation):
                translation.remove(element)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        elif source in AR:
            translation.text = AR[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
