<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="24" />
        <location filename="../../ui/app.py" line="44" />
        <source>Arabic news annotator</source>
        <translation>المُعلِّم على الأخبار العربية</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="24" />
        <source>Article area</source>
        <translation>منطقة المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="25" />
        <source>The article and its find bar</source>
        <translation>المقالة وشريط البحث فيها</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29" />
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="30" />
        <location filename="../../ui/accessibility.py" line="93" />
        <source>The article text. Select words and press a label key to tag them.</source>
        <translation>نص المقالة. حدّد كلمات واضغط مفتاح وسم لوسمها.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="36" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="37" />
        <source>The project's documents; Enter opens one</source>
        <translation>مستندات المشروع؛ Enter يفتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="42" />
        <source>How many documents are done</source>
        <translation>عدد المستندات المنجزة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="47" />
        <source>The tagged spans of the article in reading order; Enter goes to one</source>
        <translation>المقاطع الموسومة في المقالة بترتيب القراءة؛ Enter ينتقل إلى المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="53" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="54" />
        <source>Each label with its key and letter</source>
        <translation>كل وسم بمفتاحه وحرفه</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="58" />
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="59" />
        <source>The commands of the annotator</source>
        <translation>أوامر البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="63" />
        <source>Status bar</source>
        <translation>شريط الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="64" />
        <source>Messages and whether changes are saved</source>
        <translation>الرسائل وحالة حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="68" />
        <source>Project file</source>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="69" />
        <source>The project file being worked on</source>
        <translation>ملف المشروع الجاري العمل عليه</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="73" />
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="74" />
        <source>Whether every change is in the file</source>
        <translation>هل كل تغيير محفوظ في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="82" />
        <source>A panel; it can be moved or floated</source>
        <translation>لوحة يمكن نقلها أو فصلها</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="86" />
        <source>Tagging hint</source>
        <translation>تلميح الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="99" />
        <source>Current span: {label}, “{text}”</source>
        <translation>المقطع الحالي: {label}، «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="155" />
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="156" />
        <source>How many suggestions are left in this article, by label</source>
        <translation>عدد الاقتراحات الباقية في هذه المقالة، حسب الوسم</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>&amp;Open articles…</source>
        <translation>&amp;فتح مقالات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70" />
        <source>Import article files into the project</source>
        <translation>استيراد ملفات المقالات إلى المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74" />
        <source>Open a &amp;folder of articles…</source>
        <translation>فتح &amp;مجلد مقالات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81" />
        <source>&amp;Merge projects…</source>
        <translation>&amp;دمج مشاريع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85" />
        <source>Bring colleagues' project files together, each annotator as a layer</source>
        <translation>جمع ملفات مشاريع الزملاء معًا، لكل مُعلِّم طبقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91" />
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="99" />
        <source>Open &amp;project…</source>
        <translation>فتح م&amp;شروع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="106" />
        <source>&amp;Export JSONL…</source>
        <translation>&amp;تصدير JSONL…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111" />
        <source>Write every document and its spans as JSONL</source>
        <translation>كتابة كل مستند ومقاطعه بصيغة JSONL</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122" />
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128" />
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="136" />
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143" />
        <source>&amp;Search all documents…</source>
        <translation>البحث في &amp;كل المستندات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="150" />
        <source>Find pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="180" />
        <source>Edit &amp;labels…</source>
        <translation>تحرير ال&amp;وسوم…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188" />
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="207" />
        <source>Tag e&amp;xact characters</source>
        <translation>وسم الأحرف ب&amp;دقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="212" />
        <source>Tag exactly the selected characters instead of whole words</source>
        <translation>وسم الأحرف المحددة بالضبط بدلًا من الكلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="345" />
        <source>Next s&amp;uggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="350" />
        <source>Select the next suggestion: Enter accepts it, a label key accepts it as that label, Backspace rejects it</source>
        <translation>تحديد الاقتراح التالي: Enter يقبله، ومفتاح الوسم يقبله بذلك الوسم، وBackspace يرفضه</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="358" />
        <source>Previous su&amp;ggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="365" />
        <source>Accept the suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="372" />
        <source>Reject the suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="379" />
        <source>Accept every suggestion of this rule</source>
        <translation>قبول كل اقتراحات هذه القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="383" />
        <source>Accept every suggestion in this document made by the current one's rule, each with its label, a claim linked to its speaker (one undo step)</source>
        <translation>قبول كل اقتراحات هذا المستند التي صنعتها قاعدة الاقتراح الحالي، كلٌّ بوسمه، ويُربط كل تصريح بقائله (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="391" />
        <source>Suggest in &amp;all documents</source>
        <translation>الاقتراح في &amp;كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="395" />
        <source>Run the suggestion rules over every document of the project, in the background</source>
        <translation>تشغيل قواعد الاقتراح على كل مستندات المشروع في الخلفية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="279" />
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="403" />
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="410" />
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="439" />
        <source>Mark &amp;done / not done</source>
        <translation>تعليم المستند &amp;منجزًا / غير منجز</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="447" />
        <source>&amp;Agreement between annotators…</source>
        <translation>ا&amp;تفاق المُعلِّمين…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="452" />
        <source>Span F1, Krippendorff's alpha_U and Cohen's kappa between the layers</source>
        <translation>مقياس F1 للمقاطع وألفا كريبندورف (alpha_U) وكابا كوهين بين الطبقات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="458" />
        <source>&amp;Curate disagreements</source>
        <translation>&amp;حسم الخلافات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="462" />
        <source>Settle where the annotators disagree into the gold layer</source>
        <translation>حسم مواضع خلاف المُعلِّمين في الطبقة المرجعية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="468" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="471" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="475" />
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="482" />
        <source>Go to the &amp;document list</source>
        <translation>الانتقال إلى قائمة ال&amp;مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="490" />
        <source>Go to the &amp;article</source>
        <translation>الانتقال إلى ال&amp;مقالة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="497" />
        <source>Go to the &amp;span list</source>
        <translation>الانتقال إلى قائمة ال&amp;مقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="512" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="517" />
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="530" />
        <source>Tag as {label}</source>
        <translation>وسم بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="535" />
        <source>Tag the selection (whole words) as {label}</source>
        <translation>وسم التحديد (كلمات كاملة) بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="543" />
        <source>Tag exact characters as {label}</source>
        <translation>وسم الأحرف بدقة بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="550" />
        <source>Tag exactly the selected characters as {label}</source>
        <translation>وسم الأحرف المحددة بالضبط بـ{label}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/team.py" line="250" />
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="254" />
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="267" />
        <source>{n} documents compared; annotators: {who}. Averaged over pairs: {pairs}.</source>
        <translation>قورن {n} من المستندات؛ المُعلِّمون: {who}. المتوسط على الأزواج: {pairs}.</translation>
    </message>
</context>
<context>
    <name>CurationPanel</name>
    <message>
        <location filename="../../ui/team.py" line="122" />
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="123" />
        <source>Accept identical spans</source>
        <translation>قبول المقاطع المتطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="142" />
        <source>No document is open.</source>
        <translation>لا مستند مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="165" />
        <source>{waiting} to decide, {identical} identical ({gold} in gold). Keys: {who}; B both, X neither, Ctrl+Z undo.</source>
        <translation>{waiting} بانتظار القرار، {identical} متطابقة ({gold} في المرجع). المفاتيح: {who}؛ B كلاهما، X لا شيء، Ctrl+Z تراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="171" />
        <source>no annotators</source>
        <translation>لا مُعلِّمين</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="184" />
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team.py" line="214" />
        <source>Accept %n identical span(s)</source>
        <translation>
            <numerusform>لا مقاطع متطابقة للقبول</numerusform><numerusform>قبول مقطع متطابق واحد</numerusform><numerusform>قبول مقطعين متطابقين</numerusform><numerusform>قبول %n مقاطع متطابقة</numerusform><numerusform>قبول %n مقطعًا متطابقًا</numerusform><numerusform>قبول %n مقطع متطابق</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="155" />
        <source>%Ln span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform><numerusform>مقطع واحد</numerusform><numerusform>مقطعان</numerusform><numerusform>%Ln مقاطع</numerusform><numerusform>%Ln مقطعًا</numerusform><numerusform>%Ln مقطع</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="156" />
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform><numerusform>حرف واحد</numerusform><numerusform>حرفان</numerusform><numerusform>%Ln أحرف</numerusform><numerusform>%Ln حرفًا</numerusform><numerusform>%Ln حرف</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="207" />
        <source>{done} / {total} done</source>
        <translation>أُنجز {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="209" />
        <source>No documents yet</source>
        <translation>لا مستندات بعد</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../ui/file_ops.py" line="72" />
        <source>Open articles</source>
        <extracomment>File ▸ Export: the format is chosen by the dialog's file type (its suffix is added). File ▸ Open articles: besides articles, files of other tools, read in their format.</extracomment>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="83" />
        <source>Open a folder of articles</source>
        <translation>فتح مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="106" />
        <source>Cannot import</source>
        <translation>يتعذر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="67" />
        <location filename="../../ui/import_flow.py" line="94" />
        <source>Importing articles</source>
        <translation>استيراد المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="72" />
        <location filename="../../ui/import_flow.py" line="99" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="170" />
        <source>Repair and import</source>
        <translation>إصلاح ثم استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="171" />
        <source>Import as they are</source>
        <translation>استيراد كما هي</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="172" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="191" />
        <source>Don't import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="215" />
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="217" />
        <source>Imported, with warnings</source>
        <translation>اكتمل الاستيراد مع تحذيرات</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="152" />
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="165" />
        <source>Cannot create the project</source>
        <translation>يتعذر إنشاء المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="173" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="185" />
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="186" />
        <source>An import or export is still running.</source>
        <translation>ما زال استيراد أو تصدير قيد التنفيذ.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="218" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="245" />
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="249" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="258" />
        <source>Exported, with losses</source>
        <translation>صُدِّر مع فقد بعض البيانات</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="144" />
        <location filename="../../ui/find_bar.py" line="157" />
        <source>Find in the article (harakat optional)</source>
        <extracomment>Arabic vowel marks (harakat), shadda, sukun, superscript alef, Quranic marks, and tatweel.</extracomment>
        <translation>البحث في المقالة (الحركات اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="150" />
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="152" />
        <source>The label of the find field</source>
        <translation>عنوان حقل البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="154" />
        <source>Find bar</source>
        <translation>شريط البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="155" />
        <source>Find text in the article</source>
        <translation>البحث عن نص في المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="156" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="158" />
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="159" />
        <source>Whether the text was found</source>
        <translation>هل وُجد النص</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="162" />
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="163" />
        <source>Next match (Enter, F3)</source>
        <translation>التطابق التالي (Enter، F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="164" />
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="217" />
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
    </context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/import_preview.py" line="60" />
        <source>Preview the import</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="66" />
        <source>%n file read. Check its text before it is imported:</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف.</numerusform><numerusform>قُرئ ملف واحد. راجع نصه قبل استيراده:</numerusform><numerusform>قُرئ ملفان. راجع نصهما قبل استيرادهما:</numerusform><numerusform>قُرئت %n ملفات. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملفًا. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملف. راجع النص قبل استيراده:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="68" />
        <source>%n files read. Check the text before it is imported:</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف.</numerusform><numerusform>قُرئ ملف واحد. راجع نصه قبل استيراده:</numerusform><numerusform>قُرئ ملفان. راجع النص قبل استيراده:</numerusform><numerusform>قُرئت %n ملفات. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملفًا. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملف. راجع النص قبل استيراده:</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="78" />
        <source>%1 (cannot be read)</source>
        <translation>%1 (تتعذر قراءته)</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="95" />
        <source>Text to import</source>
        <translation>النص المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="96" />
        <location filename="../../ui/import_preview.py" line="150" />
        <location filename="../../ui/import_preview.py" line="181" />
        <source>Left out</source>
        <translation>المُستبعَد</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="107" />
        <source>Web pages: keep the whole page, not only the article</source>
        <translation>صفحات الويب: الاحتفاظ بالصفحة كلها، لا بالمقالة وحدها</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="117" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="143" />
        <source>%1 cannot be imported: %2</source>
        <translation>يتعذر استيراد %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="156" />
        <source>%1 read with %2 %3</source>
        <translation>قُرئ %1 بـ %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="160" />
        <source>%n word</source>
        <translation>
            <numerusform>لا كلمات</numerusform><numerusform>كلمة واحدة</numerusform><numerusform>كلمتان</numerusform><numerusform>%n كلمات</numerusform><numerusform>%n كلمةً</numerusform><numerusform>%n كلمة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="160" />
        <source>%n words</source>
        <translation>
            <numerusform>لا كلمات</numerusform><numerusform>كلمة واحدة</numerusform><numerusform>كلمتان</numerusform><numerusform>%n كلمات</numerusform><numerusform>%n كلمةً</numerusform><numerusform>%n كلمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="163" />
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="164" />
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="165" />
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="166" />
        <source>address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="171" />
        <source>character set: %1</source>
        <translation>ترميز الأحرف: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="181" />
        <source>Left out (%n)</source>
        <translation>
            <numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../ui/label_editor.py" line="44" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="55" />
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="56" />
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="57" />
        <source>Add label</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="65" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="66" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="67" />
        <source>Letter</source>
        <translation>الحرف</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="68" />
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="134" />
        <source>Colour for {label}</source>
        <extracomment>Asks before removing a label that spans use; replaceable (tests).</extracomment>
        <translation>لون {label}</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="143" />
        <source>The key {key} is used by another command.</source>
        <translation>المفتاح {key} مستخدم لأمر آخر.</translation>
    </message>
    </context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="265" />
        <source>Select text, press a key. Shift+key: exact characters.</source>
        <translation>حدّد نصًّا ثم اضغط مفتاحًا. Shift مع المفتاح: الأحرف بدقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>Arabic news annotator</source>
        <translation>المُعلِّم على الأخبار العربية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>&amp;Recent projects</source>
        <translation>المشاريع ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423" />
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>{project}{readonly} — Arabic news annotator</source>
        <translation>{project}{readonly} — المُعلِّم على الأخبار العربية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452" />
        <source>Read-only: changes are not allowed</source>
        <translation>للقراءة فقط: التغييرات غير مسموحة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454" />
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463" />
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484" />
        <source>Curation</source>
        <translation>الحسم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569" />
        <source>Open articles with {keys} or drop files here</source>
        <translation>افتح مقالات بـ {keys} أو أفلت الملفات هنا</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="642" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658" />
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="660" />
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661" />
        <source>Searching all documents for: {query}</source>
        <translation>البحث في كل المستندات عن: {query}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764" />
        <source>Wait for the import or export to finish.</source>
        <translation>انتظر حتى ينتهي الاستيراد أو التصدير.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="28" />
        <location filename="../../ui/i18n.py" line="165" />
        <source>&amp;File</source>
        <extracomment>The menu titles as shown (lupdate reads these; ``menu_title`` translates).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="29" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="30" />
        <source>&amp;Tag</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="31" />
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="32" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="33" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="30" />
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="31" />
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="32" />
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../ui/claims_panel.py" line="36" />
        <location filename="../../ui/models.py" line="129" />
        <source>Document</source>
        <extracomment>The roles ``cell`` answers: a view asks each cell for a dozen roles on every paint, and the rest are answered here without a call.</extracomment>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="130" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="131" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="176" />
        <location filename="../../ui/models.py" line="293" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="177" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="178" />
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="295" />
        <source>Letter</source>
        <translation>الحرف</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307" />
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="310" />
        <source>{label}: press {keys} to tag the selection; with Shift to tag exact characters</source>
        <translation>{label}: اضغط {keys} لوسم التحديد، ومع Shift لوسم الأحرف بدقة</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="316" />
        <source>no key</source>
        <translation>بلا مفتاح</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="42" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="46" />
        <source>The system's language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="53" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="59" />
        <location filename="../../ui/preferences.py" line="71" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="60" />
        <source>Light, dark or high contrast</source>
        <translation>فاتحة أو داكنة أو عالية التباين</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="61" />
        <source>Arabic or English</source>
        <translation>العربية أو الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="62" />
        <source>The new language shows the next time the annotator starts.</source>
        <translation>تظهر اللغة الجديدة عند تشغيل البرنامج في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="64" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="69" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="74" />
        <source>Naskh</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75" />
        <source>Kufi</source>
        <translation>كوفي</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="76" />
        <source>The system's font</source>
        <translation>خط النظام</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="83" />
        <location filename="../../ui/preferences.py" line="85" />
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="84" />
        <source>The typeface of the article text</source>
        <translation>الخط الذي يُعرض به نص المقالة</translation>
    </message>
    </context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/i18n.py" line="41" />
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>The languages offered in Preferences: code -&gt; name shown in that language. Qt reads the layout direction from this entry of the loaded catalogues ("RTL" in Arabic).</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="35" />
        <source>Search all documents (words of 3+ letters)</source>
        <translation>البحث في كل المستندات (كلمات من 3 أحرف فأكثر)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="69" />
        <source>%Ln document(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مستند</numerusform><numerusform>عُثر على مستند واحد</numerusform><numerusform>عُثر على مستندين</numerusform><numerusform>عُثر على %Ln مستندات</numerusform><numerusform>عُثر على %Ln مستندًا</numerusform><numerusform>عُثر على %Ln مستند</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="71" />
        <source>No document holds every word.</source>
        <translation>لا يحوي أي مستند كل الكلمات.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/cheatsheet.py" line="86" />
        <source>Keyboard shortcuts</source>
        <extracomment>Keys beyond the printable ones that every keyboard has (F13+, "Open", "Help", "Undo" and other media keys are left out of the sheet: nobody can type them).</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="90" />
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="90" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="90" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SuggestionTriage</name>
    <message>
        <location filename="../../ui/suggestions.py" line="43" />
        <source>Accepted “{quote}” as {label}</source>
        <extracomment>Labels in the order the counts name them.</extracomment>
        <translation>قُبل «{quote}» بوسم {label}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="61" />
        <source>and linked to its speaker</source>
        <translation>ورُبط بقائله</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="63" />
        <source>and linked to its claim</source>
        <translation>ورُبط بتصريحه</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="74" />
        <source>Rejected “{quote}”</source>
        <translation>رُفض «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="226" />
        <source>Suggestions not saved: {reason}</source>
        <translation>لم تُحفظ الاقتراحات: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="234" />
        <source>Suggestions failed: {reason}</source>
        <translation>تعذّرت الاقتراحات: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="304" />
        <source>1 suggestion: {counts}</source>
        <translation>اقتراح واحد: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="306" />
        <source>%n suggestions: {counts}</source>
        <translation>
            <numerusform>لا اقتراحات: {counts}</numerusform><numerusform>اقتراح واحد: {counts}</numerusform><numerusform>اقتراحان: {counts}</numerusform><numerusform>%n اقتراحات: {counts}</numerusform><numerusform>%n اقتراحًا: {counts}</numerusform><numerusform>%n اقتراح: {counts}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="316" />
        <source>Suggestions are stored in the project: open it for writing.</source>
        <translation>تُحفظ الاقتراحات في المشروع: افتحه للكتابة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="327" />
        <source>New suggestions: {added}, from %n document(s).</source>
        <translation>
            <numerusform>اقتراحات جديدة: {added}؛ لا مستندات.</numerusform><numerusform>اقتراحات جديدة: {added}، من مستند واحد.</numerusform><numerusform>اقتراحات جديدة: {added}، من مستندين.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستندات.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستندًا.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستند.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="335" />
        <source>Suggesting</source>
        <translation>جارٍ الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="336" />
        <source>Running the suggestion rules over every document</source>
        <translation>تشغيل قواعد الاقتراح على كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="350" />
        <source>The suggestions are still being made.</source>
        <translation>ما زالت الاقتراحات قيد الإعداد.</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="353" />
        <source>No suggestions in this document.</source>
        <translation>لا اقتراحات في هذا المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="379" />
        <source>Suggested {label} ({source}): “{quote}”. Enter accepts, Backspace rejects</source>
        <translation>اقتراح {label} ({source}): «{quote}». Enter يقبله، وBackspace يرفضه</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="387" />
        <source>No suggestion is selected: press F8 first.</source>
        <translation>لا اقتراح محدد: اضغط F8 أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="466" />
        <source>Accepted %n suggestion(s) of {rule}.</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح من {rule}.</numerusform><numerusform>قُبل اقتراح واحد من {rule}.</numerusform><numerusform>قُبل اقتراحان من {rule}.</numerusform><numerusform>قُبلت %n اقتراحات من {rule}.</numerusform><numerusform>قُبل %n اقتراحًا من {rule}.</numerusform><numerusform>قُبل %n اقتراح من {rule}.</numerusform></translation>
    </message>
</context>
<context>
    <name>Tagger</name>
    <message>
        <location filename="../../ui/tagging.py" line="123" />
        <source>Nothing to tag: the selection has no word, only spaces or punctuation (Shift + the label key tags exact characters).</source>
        <extracomment>Set by the suggestion triage: a label key on a selected suggestion accepts it.</extracomment>
        <translation>لا شيء للوسم: لا كلمة في التحديد، مسافات أو علامات ترقيم فقط (Shift مع مفتاح الوسم يسِم الأحرف بدقة).</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="132" />
        <source>Already tagged {label}.</source>
        <translation>موسوم بـ{label} من قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="146" />
        <source>Select some text first, then press a label key.</source>
        <translation>حدّد نصًّا أولًا، ثم اضغط مفتاح وسم.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="157" />
        <location filename="../../ui/tagging.py" line="181" />
        <source>No span is selected: move to one with ] or [ first.</source>
        <translation>لا مقطع محدد: انتقل إلى مقطع بـ ] أو [ أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="206" />
        <source>This document has no spans yet.</source>
        <translation>لا مقاطع في هذا المستند بعد.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/theme.py" line="22" />
        <source>Follow the system</source>
        <extracomment>Preference value -&gt; name shown in Preferences (translated where shown).</extracomment>
        <translation>سمة النظام</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="23" />
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="24" />
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="25" />
        <source>High contrast</source>
        <translation>عالية التباين</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../ui/opening.py" line="100" />
        <source>Stray files set aside</source>
        <extracomment>``ask(title, text) -&gt; bool`` asks a yes/no question; ``tell(title, text)`` reports an error.</extracomment>
        <translation>نُحّيت ملفات دخيلة جانبًا</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/team.py" line="290" />
        <source>Projects to merge</source>
        <translation>المشاريع المراد دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="290" />
        <location filename="../../ui/team.py" line="296" />
        <source>Projects (*.annot)</source>
        <translation>المشاريع (*.annot)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="296" />
        <source>Merged project</source>
        <translation>المشروع المدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="305" />
        <source>Merged {n} projects: {spans} spans in layers {layers}</source>
        <translation>دُمج {n} من المشاريع: {spans} من المقاطع في الطبقات {layers}</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="314" />
        <source>Merging</source>
        <translation>جارٍ الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="315" />
        <source>Merging {n} projects into {name}</source>
        <translation>دمج {n} من المشاريع في {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="320" />
        <source>Merge failed</source>
        <translation>فشل الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="336" />
        <location filename="../../ui/team.py" line="340" />
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="337" />
        <source>Comparing the annotators' layers</source>
        <translation>مقارنة طبقات المُعلِّمين</translation>
    </message>
</context>
</TS>