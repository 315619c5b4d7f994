<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="22" />
        <location filename="../../ui/app.py" line="54" />
        <location filename="../../ui/live_language.py" line="43" />
        <source>Arabic news annotator</source>
        <translation>المُعلِّم على الأخبار العربية</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="33" />
        <source>{name}
Version {version}

Tag speakers, claims, locations and statistics in Arabic news articles. Every tag is saved as you make it.

Qt {qt}, PySide6 {pyside}, Python {python}</source>
        <translation>{name}
الإصدار {version}

وسم المتحدثين والادعاءات والأماكن والإحصاءات في مقالات الأخبار العربية. يُحفظ كل وسم لحظة إنشائه.

Qt {qt}، PySide6 {pyside}، Python {python}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="53" />
        <source>No fonts are bundled with this copy: the article uses the fonts installed on this computer.</source>
        <translation>لا خطوط مضمّنة في هذه النسخة: تستخدم المقالة الخطوط المثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="59" />
        <source>Fonts bundled with this copy: {fonts}</source>
        <translation>الخطوط المضمّنة في هذه النسخة: {fonts}</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="68" />
        <source>{font}: licence text missing from this build.</source>
        <translation>{font}: نص الترخيص مفقود من هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="86" />
        <source>About {name}</source>
        <translation>حول {name}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/accessibility.py" line="28" />
        <source>Article area</source>
        <translation>منطقة المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="29" />
        <source>The article and its find bar</source>
        <translation>المقالة وشريط البحث فيها</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="33" />
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="34" />
        <location filename="../../ui/accessibility.py" line="95" />
        <source>The article text. Select words and press a label key to tag them.</source>
        <translation>نص المقالة. حدّد كلمات واضغط مفتاح وسم لوسمها.</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="40" />
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="41" />
        <source>The project's documents; Enter opens one</source>
        <translation>مستندات المشروع؛ Enter يفتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="45" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="46" />
        <source>How many documents are done</source>
        <translation>عدد المستندات المنجزة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="50" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="51" />
        <source>The tagged spans of the article in reading order; Enter goes to one</source>
        <translation>المقاطع الموسومة في المقالة بترتيب القراءة؛ Enter ينتقل إلى المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="57" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="58" />
        <source>Each label with its key and letter</source>
        <translation>كل وسم بمفتاحه وحرفه</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="62" />
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="63" />
        <source>The commands of the annotator</source>
        <translation>أوامر البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="67" />
        <source>Status bar</source>
        <translation>شريط الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="68" />
        <source>Messages and whether changes are saved</source>
        <translation>الرسائل وحالة حفظ التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="72" />
        <source>Project file</source>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="73" />
        <source>The project file being worked on</source>
        <translation>ملف المشروع الجاري العمل عليه</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="77" />
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="78" />
        <source>Whether every change is in the file</source>
        <translation>هل كل تغيير محفوظ في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="86" />
        <source>A panel; it can be moved or floated</source>
        <translation>لوحة يمكن نقلها أو فصلها</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="89" />
        <source>Tagging hint</source>
        <translation>تلميح الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/accessibility.py" line="99" />
        <source>Current span: {label}, “{text}”</source>
        <translation>المقطع الحالي: {label}، «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="92" />
        <source>Suggestions</source>
        <extracomment>Labels in the order the counts name them. When the analyst last tagged or selected: the rules' thread waits meanwhile.</extracomment>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="93" />
        <source>How many suggestions are left in this article, by label</source>
        <translation>عدد الاقتراحات الباقية في هذه المقالة، حسب الوسم</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="13" />
        <source>&amp;Open articles…</source>
        <translation>&amp;فتح مقالات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="17" />
        <source>Import article files into the project</source>
        <translation>استيراد ملفات المقالات إلى المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="21" />
        <source>Open a &amp;folder of articles…</source>
        <translation>فتح &amp;مجلد مقالات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="28" />
        <source>&amp;Merge projects…</source>
        <translation>&amp;دمج مشاريع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="32" />
        <source>Bring colleagues' project files together, each annotator as a layer</source>
        <translation>جمع ملفات مشاريع الزملاء معًا، لكل مُعلِّم طبقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="38" />
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="46" />
        <source>Open &amp;project…</source>
        <translation>فتح م&amp;شروع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="53" />
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="58" />
        <source>Write every document and its spans as JSONL or another tool's format</source>
        <translation>كتابة كل مستند ومقاطعه بصيغة JSONL أو بصيغة أداة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/actions/file_menu.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="12" />
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="14" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="18" />
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="26" />
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="33" />
        <source>&amp;Search all documents…</source>
        <translation>البحث في &amp;كل المستندات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="40" />
        <source>Find pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="47" />
        <source>Select a word to the left</source>
        <translation>تحديد كلمة إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="52" />
        <source>Extend the selection by a whole word to the left (after a find: from the match)</source>
        <translation>توسيع التحديد بكلمة كاملة إلى اليسار (بعد البحث: من التطابق)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="59" />
        <source>Select a word to the right</source>
        <translation>تحديد كلمة إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="63" />
        <source>Extend the selection by a whole word to the right (after a find: from the match)</source>
        <translation>توسيع التحديد بكلمة كاملة إلى اليمين (بعد البحث: من التطابق)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="70" />
        <source>Edit &amp;labels…</source>
        <translation>تحرير ال&amp;وسوم…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="78" />
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="82" />
        <source>The interface language, and your name on spans</source>
        <translation>لغة الواجهة، واسمك على المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="86" />
        <source>Edit &amp;relation types…</source>
        <translation>تحرير أنواع ال&amp;علاقات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="90" />
        <source>Name, colour and which labels each relation type joins (said: claim → speaker)</source>
        <translation>الاسم واللون والوسوم التي يربطها كل نوع علاقة (said: ادعاء ← متحدث)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="97" />
        <source>Tag e&amp;xact characters</source>
        <translation>وسم الأحرف ب&amp;دقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/edit_menu.py" line="102" />
        <source>Tag exactly the selected characters instead of whole words</source>
        <translation>وسم الأحرف المحددة بالضبط بدلًا من الكلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="15" />
        <source>Ne&amp;xt span (while linking: next candidate)</source>
        <translation>المقطع ال&amp;تالي (أثناء الربط: المرشّح التالي)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="23" />
        <source>P&amp;revious span (while linking: previous candidate)</source>
        <translation>المقطع ال&amp;سابق (أثناء الربط: المرشّح السابق)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="30" />
        <source>&amp;Widen the span on the right</source>
        <translation>&amp;توسيع المقطع من اليمين</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="35" />
        <source>Add the next word on the right to the current span (a character in exact mode)</source>
        <translation>إضافة الكلمة التالية على اليمين إلى المقطع الحالي (حرفًا في وضع الأحرف بدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="42" />
        <source>Widen the span on the &amp;left</source>
        <translation>توسيع المقطع من ال&amp;يسار</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="46" />
        <source>Add the next word on the left to the current span (a character in exact mode)</source>
        <translation>إضافة الكلمة التالية على اليسار إلى المقطع الحالي (حرفًا في وضع الأحرف بدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="53" />
        <source>Narrow the span from the ri&amp;ght</source>
        <translation>تضييق المقطع من الي&amp;مين</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="57" />
        <source>Take the word on the right out of the current span (a character in exact mode)</source>
        <translation>إخراج الكلمة التي على اليمين من المقطع الحالي (حرفًا في وضع الأحرف بدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="64" />
        <source>Narrow the span from the l&amp;eft</source>
        <translation>تضييق المقطع من اليس&amp;ار</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="68" />
        <source>Take the word on the left out of the current span (a character in exact mode)</source>
        <translation>إخراج الكلمة التي على اليسار من المقطع الحالي (حرفًا في وضع الأحرف بدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="83" />
        <source>&amp;Clear selection (while linking: cancel)</source>
        <translation>إل&amp;غاء التحديد (أثناء الربط: إلغاء الربط)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="91" />
        <source>&amp;Link the current span…</source>
        <translation>&amp;ربط المقطع الحالي…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="96" />
        <source>Link the current claim to a speaker (or a speaker to a claim): the nearest is proposed; Enter links, ] or [ choose another, Esc cancels; R again: next type</source>
        <translation>ربط الادعاء الحالي بمتحدث (أو المتحدث بادعاء): يُقترح الأقرب؛ Enter يربط، و] أو [ تختار غيره، وEsc يلغي؛ R مرة أخرى: النوع التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="104" />
        <source>Link to the proposed span (Enter while linking)</source>
        <translation>الربط بالمقطع المقترح (Enter أثناء الربط)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="111" />
        <source>Next link candidate</source>
        <translation>المرشّح التالي للربط</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="118" />
        <source>Previous link candidate</source>
        <translation>المرشّح السابق للربط</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="125" />
        <source>&amp;Note on the current span…</source>
        <translation>&amp;ملاحظة على المقطع الحالي…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="132" />
        <source>Mark the current span &amp;uncertain / certain</source>
        <translation>تعليم المقطع الحالي &amp;غير مؤكد / مؤكدًا</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="141" />
        <source>Next s&amp;uggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="146" />
        <source>Select the next suggestion: Enter accepts it, a label key accepts it as that label, Backspace rejects it</source>
        <translation>تحديد الاقتراح التالي: Enter يقبله، ومفتاح الوسم يقبله بذلك الوسم، وBackspace يرفضه</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="154" />
        <source>Previous su&amp;ggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="161" />
        <source>Accept the suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="168" />
        <source>Reject the suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="175" />
        <source>Accept every suggestion of this rule</source>
        <translation>قبول كل اقتراحات هذه القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="179" />
        <source>Accept every suggestion in this document made by the current one's rule, each with its label, a claim linked to its speaker (one undo step)</source>
        <translation>قبول كل اقتراحات هذا المستند التي صنعتها قاعدة الاقتراح الحالي، كلٌّ بوسمه، ويُربط كل تصريح بقائله (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="187" />
        <source>Suggest in &amp;all documents</source>
        <translation>الاقتراح في &amp;كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="191" />
        <source>Run the suggestion rules over every document of the project, in the background</source>
        <translation>تشغيل قواعد الاقتراح على كل مستندات المشروع في الخلفية</translation>
    </message>
    <message>
        <location filename="../../ui/actions/building.py" line="77" />
        <source>Next {names}</source>
        <translation>التالي من {names}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/tag_menu.py" line="75" />
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="14" />
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="21" />
        <source>&amp;Previous document</source>
        <translation>المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="28" />
        <source>&amp;Rename document…</source>
        <translation>إعادة &amp;تسمية المستند…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="33" />
        <source>Give the document the title the list shows (its first line until then)</source>
        <translation>إعطاء المستند العنوان الذي تعرضه القائمة (سطره الأول حتى ذلك الحين)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="39" />
        <source>Reopen with another &amp;encoding…</source>
        <translation>إعادة الفتح ب&amp;ترميز آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="43" />
        <source>Read the article's file again with an encoding you choose (when letters look wrong)</source>
        <translation>قراءة ملف المقالة مجددًا بترميز تختاره (حين تبدو الحروف خاطئة)</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="50" />
        <source>Mark &amp;done / not done</source>
        <translation>تعليم المستند &amp;منجزًا / غير منجز</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="58" />
        <source>&amp;Agreement between annotators…</source>
        <translation>ا&amp;تفاق المُعلِّمين…</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="63" />
        <source>Span F1, Krippendorff's alpha_U and Cohen's kappa between the layers</source>
        <translation>مقياس F1 للمقاطع وألفا كريبندورف (alpha_U) وكابا كوهين بين الطبقات</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="69" />
        <source>&amp;Curate disagreements</source>
        <translation>&amp;حسم الخلافات</translation>
    </message>
    <message>
        <location filename="../../ui/actions/document_menu.py" line="73" />
        <source>Settle where the annotators disagree into the gold layer</source>
        <translation>حسم مواضع خلاف المُعلِّمين في الطبقة المرجعية</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="13" />
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="16" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="20" />
        <source>&amp;Actual size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="27" />
        <source>Go to the &amp;document list</source>
        <translation>الانتقال إلى قائمة ال&amp;مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="35" />
        <source>Go to the &amp;article</source>
        <translation>الانتقال إلى ال&amp;مقالة</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="42" />
        <source>Go to the &amp;span list</source>
        <translation>الانتقال إلى قائمة ال&amp;مقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="49" />
        <source>Go to the &amp;claims list</source>
        <translation>الانتقال إلى قائمة الا&amp;دعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="57" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/actions/view_menu.py" line="62" />
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../ui/actions/building.py" line="32" />
        <source>Tag as {label}</source>
        <translation>وسم بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/building.py" line="37" />
        <source>Tag the selection (whole words) as {label}</source>
        <translation>وسم التحديد (كلمات كاملة) بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/building.py" line="46" />
        <source>Tag exact characters as {label}</source>
        <translation>وسم الأحرف بدقة بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/actions/building.py" line="53" />
        <source>Tag exactly the selected characters as {label}</source>
        <translation>وسم الأحرف المحددة بالضبط بـ{label}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/team.py" line="256" />
        <source>Span F1, exact</source>
        <translation>F1 للمقاطع، تطابق تام</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="257" />
        <source>Span F1, overlap</source>
        <translation>F1 للمقاطع، تداخل</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="258" />
        <source>Krippendorff's αU</source>
        <translation>αU لكريبندورف</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="259" />
        <source>Cohen's κ (tokens)</source>
        <translation>κ لكوهين (الكلمات)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="260" />
        <source>Relation F1</source>
        <translation>F1 للعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="266" />
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="270" />
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="283" />
        <source>{n} documents compared; annotators: {who}. Averaged over pairs: {pairs}.</source>
        <translation>قورن {n} من المستندات؛ المُعلِّمون: {who}. المتوسط على الأزواج: {pairs}.</translation>
    </message>
</context>
<context>
    <name>AnnotatorIndicator</name>
    <message>
        <location filename="../../ui/identity.py" line="75" />
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="76" />
        <source>Annotator: {name}</source>
        <translation>المُعلِّم: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="77" />
        <source>Spans you tag are signed “{name}”. Click to change it (Preferences).</source>
        <translation>المقاطع التي تسمها تُوقَّع باسم «{name}». انقر لتغييره (التفضيلات).</translation>
    </message>
    <message>
        <location filename="../../ui/identity.py" line="79" />
        <source>Annotator</source>
        <translation>المُعلِّم</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message>
        <location filename="../../ui/article_loading.py" line="240" />
        <source>Loading the article…</source>
        <extracomment>Articles longer than this (code points) are read and prepared a step at a time. Characters read at once by the direction scan, and given to Qt in one call. The GUI thread prepares an article for about this long (seconds) before it lets events in. Paragraphs whose direction is found in one step (a few milliseconds). The note shown and the placeholder it replaced (the window's hint for an empty project), while one is shown.</extracomment>
        <translation>جارٍ تحميل المقالة…</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <location filename="../../ui/attribution.py" line="89" />
        <source>Move to a claim or speaker first (] or [), then press R to link it.</source>
        <extracomment>Keys that belong to linking while it is on (the article view would take them otherwise).</extracomment>
        <translation>انتقل أولًا إلى ادعاء أو متحدث (] أو [)، ثم اضغط R لربطه.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="93" />
        <source>Read-only: links cannot be added.</source>
        <translation>للقراءة فقط: لا يمكن إضافة روابط.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="98" />
        <source>No relation type links a {0} span.</source>
        <translation>لا يوجد نوع علاقة يربط مقطعًا من نوع {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="116" />
        <source>Nothing to link to: tag a {0} in this document first.</source>
        <translation>لا شيء للربط به: ضع وسم {0} في هذا المستند أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="117" />
        <source>span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="158" />
        <source>Linking cancelled.</source>
        <translation>أُلغي الربط.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="197" />
        <source>Enter unlinks</source>
        <translation>Enter يفكّ الربط</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="197" />
        <source>Enter links</source>
        <translation>Enter يربط</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="200" />
        <source>{0} {1} {2} “{3}” ({4} of {5}): {6}, ] [ or arrows choose, Esc cancels</source>
        <translation>{0} {1} {2} «{3}» ({4} من {5}): {6}، ] [ أو الأسهم للاختيار، Esc للإلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="230" />
        <source>No span is selected: move to one with ] or [ first.</source>
        <translation>لا مقطع محدد: انتقل إلى مقطع بـ ] أو [ أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="254" />
        <source>A {0} has no attribute on the key {1}.</source>
        <translation>ليس لـ{0} سمة على المفتاح {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="266" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="267" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="314" />
        <source>uncertain</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/attribution.py" line="316" />
        <source>Note: {0}</source>
        <translation>ملاحظة: {0}</translation>
    </message>
</context>
<context>
    <name>AttributionCommands</name>
    <message>
        <location filename="../../ui/attribution_commands.py" line="30" />
        <source>Link “{0}” {1} “{2}”</source>
        <translation>ربط «{0}» {1} «{2}»</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="61" />
        <source>Unlink “{0}” {1} “{2}”</source>
        <translation>فكّ ربط «{0}» {1} «{2}»</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="103" />
        <source>Note on “{0}”</source>
        <translation>ملاحظة على «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="107" />
        <source>Remove the note on “{0}”</source>
        <translation>حذف الملاحظة على «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="124" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="129" />
        <source>Set {0} of “{1}” to {2}</source>
        <translation>ضبط {0} لـ«{1}» على {2}</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="146" />
        <source>Mark “{0}” uncertain</source>
        <translation>تعليم «{0}» غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/attribution_commands.py" line="148" />
        <source>Mark “{0}” certain</source>
        <translation>تعليم «{0}» مؤكدًا</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../ui/claims_panel.py" line="69" />
        <source>no speaker linked</source>
        <translation>لا متحدث مربوط</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/core_wordings.py" line="13" />
        <source>{start}–{end} is already tagged {label}</source>
        <translation>{start}–{end} موسوم من قبل بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="14" />
        <source>span {start}–{end} is outside the text (0–{length}) or empty</source>
        <translation>المقطع {start}–{end} خارج النص (0–{length}) أو فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="15" />
        <source>there is already a label called {name}</source>
        <translation>يوجد وسم اسمه {name} من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="16" />
        <source>the key {key} already tags {label}</source>
        <translation>المفتاح {key} يَسِم بـ{label} من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="17" />
        <source>the label is used by 1 span; relabel or delete it first</source>
        <translation>الوسم مستخدم في مقطع واحد؛ غيّر وسمه أو احذفه أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="18" />
        <source>the label is used by {n} spans; relabel or delete them first</source>
        <translation>الوسم مستخدم في {n} من المقاطع؛ غيّر وسمها أو احذفها أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="19" />
        <source>those spans are already linked as {type}</source>
        <translation>هذان المقطعان مربوطان من قبل بـ{type}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="20" />
        <source>{type} does not link a {first} to a {second}</source>
        <translation>{type} لا يربط {first} بـ{second}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="21" />
        <source>a span cannot be linked to itself</source>
        <translation>لا يمكن ربط مقطع بنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="23" />
        <source>{path}: opened read-only; changes are not allowed</source>
        <translation>{path}: مفتوح للقراءة فقط؛ التغييرات غير مسموحة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="24" />
        <source>{path}: no such project file</source>
        <translation>{path}: لا يوجد ملف مشروع بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="25" />
        <source>{path}: the file is empty; it is not an annotator project</source>
        <translation>{path}: الملف فارغ؛ ليس مشروعًا للمُعلِّم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="26" />
        <source>{path}: not an annotator project (not an SQLite database)</source>
        <translation>{path}: ليس مشروعًا للمُعلِّم (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="27" />
        <source>{path}: an SQLite database of another application, not an annotator project</source>
        <translation>{path}: قاعدة بيانات SQLite لتطبيق آخر، لا مشروع للمُعلِّم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="28" />
        <source>{path}: is a folder, not a project file</source>
        <translation>{path}: مجلد، لا ملف مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="29" />
        <source>{path}: is not a file (a pipe, socket or device), not a project file</source>
        <translation>{path}: ليس ملفًا (أنبوب أو مقبس أو جهاز)، لا ملف مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="30" />
        <source>{path}: the file (or its folder) is read-only: it can be read, not changed</source>
        <translation>{path}: الملف (أو مجلده) للقراءة فقط: يمكن قراءته لا تغييره</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="31" />
        <source>{path}: the project is already open in this window</source>
        <translation>{path}: المشروع مفتوح في هذه النافذة من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="32" />
        <source>{path}: the project is open in another annotator window or process: it can be read (read-only) meanwhile, and changed once it is closed there</source>
        <translation>{path}: المشروع مفتوح في نافذة أو عملية أخرى للمُعلِّم: يمكن قراءته (للقراءة فقط) في الأثناء، وتغييره بعد إغلاقه هناك</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="33" />
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="34" />
        <source>{format} cannot hold relations: they were left out</source>
        <translation>لا يتسع {format} للروابط: تُركت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="35" />
        <source>{format} cannot hold span attributes: they were left out</source>
        <translation>لا يتسع {format} لسمات المقاطع: تُركت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="36" />
        <source>{format} cannot hold the uncertain flag: it was left out</source>
        <translation>لا يتسع {format} لعلامة «غير مؤكد»: تُركت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="37" />
        <source>{format} cannot hold span notes: they were left out</source>
        <translation>لا يتسع {format} لملاحظات المقاطع: تُركت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="38" />
        <source>{path}: the project file holds {objects}, which this version of annotator never writes; it was not opened, so nothing in it ran (`annotator check` lists what differs)</source>
        <translation>{path}: يحوي ملف المشروع {objects}، وهذا ما لا يكتبه هذا الإصدار من annotator أبدًا؛ لم يُفتح، فلم يعمل شيء مما فيه (يسرد `annotator check` ما يختلف)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="39" />
        <source>{path}: the project file holds values this version never writes ({values}); it was not opened (`annotator check` lists them)</source>
        <translation>{path}: يحوي ملف المشروع قيمًا لا يكتبها هذا الإصدار أبدًا ({values})؛ لم يُفتح (يسردها `annotator check`)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="40" />
        <source>{path}: written by a newer version of annotator (schema {found}; this version reads up to {version}); update annotator to open it</source>
        <translation>{path}: كتبه إصدار أحدث من annotator (المخطط {found}، وهذا الإصدار يقرأ حتى {version})؛ حدِّث annotator لتفتحه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="41" />
        <source>{path}: the project file is damaged (missing tables: {tables})</source>
        <translation>{path}: ملف المشروع تالف (جداول ناقصة: {tables})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="43" />
        <source>{path}: the project file is damaged (bad page size)</source>
        <translation>{path}: ملف المشروع تالف (حجم صفحة غير صالح)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="44" />
        <source>{path}: the project file is truncated or damaged ({size} bytes, expected {expected})</source>
        <translation>{path}: ملف المشروع مقطوع أو تالف ({size} بايت، والمتوقع {expected})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="45" />
        <source>{path}: the project file is damaged ({detail})</source>
        <translation>{path}: ملف المشروع تالف ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="46" />
        <source>{path}: the file {side} beside it {why}, and it cannot be set aside ({detail}); nothing was changed</source>
        <translation>{path}: الملف {side} بجانبه {why}، ولا يمكن تنحيته ({detail})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="47" />
        <source>{path}: cannot read the file ({detail})</source>
        <translation>{path}: تتعذر قراءة الملف ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="48" />
        <source>{path}: changes from a session that did not close are still in {side}, and this read-only folder does not let SQLite read them; copy the project (with {side2}) to a folder you can write and open it there</source>
        <translation>{path}: تغييرات جلسة لم تُغلق ما زالت في {side}، وهذا المجلد للقراءة فقط فلا يدع SQLite يقرؤها؛ انسخ المشروع (مع {side2}) إلى مجلد تستطيع الكتابة فيه وافتحه هناك</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="49" />
        <source>{path}: already exists; open it instead of creating it</source>
        <translation>{path}: موجود من قبل؛ افتحه بدل إنشائه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="50" />
        <source>{path}: cannot create the project file ({detail})</source>
        <translation>{path}: يتعذر إنشاء ملف المشروع ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="51" />
        <source>{path}: another process is creating this project</source>
        <translation>{path}: عملية أخرى تنشئ هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="52" />
        <source>{path}: written by an older version (schema {found}); open it for writing once to upgrade it</source>
        <translation>{path}: كتبه إصدار أقدم (المخطط {found})؛ افتحه للكتابة مرة لترقيته</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="53" />
        <source>{path}: label {id} has the colour {value}, not #rrggbb; the file was changed outside annotator</source>
        <translation>{path}: للوسم {id} اللون {value}، لا ‎#rrggbb؛ غُيّر الملف خارج annotator</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="54" />
        <source>{path}: label {id} has a name that is empty or too long; the file was changed outside annotator</source>
        <translation>{path}: اسم الوسم {id} فارغ أو أطول مما ينبغي؛ غُيّر الملف خارج annotator</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="55" />
        <source>schema version {version} is not one this version of annotator can upgrade</source>
        <translation>إصدار المخطط {version} ليس مما يستطيع هذا الإصدار من annotator ترقيته</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="56" />
        <source>the upgrade would break {count} references; nothing was changed</source>
        <translation>الترقية ستكسر {count} من المراجع؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="57" />
        <source>{path}: cannot save: {detail}</source>
        <translation>{path}: يتعذر الحفظ: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="58" />
        <source>{path}: not saved: {detail}</source>
        <translation>{path}: لم يُحفظ: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="59" />
        <source>{path}: cannot read: {detail}</source>
        <translation>{path}: تتعذر القراءة: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="60" />
        <source>span {id} has an annotator that is not text</source>
        <translation>للمقطع {id} مُعلِّم ليس نصًّا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="61" />
        <source>span {id} has a time that is not text</source>
        <translation>للمقطع {id} وقت ليس نصًّا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="62" />
        <source>span {id} has a note that is not text</source>
        <translation>للمقطع {id} ملاحظة ليست نصًّا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="63" />
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="64" />
        <source>a text in the file is not UTF-8; the file was changed outside annotator</source>
        <translation>في الملف نص ليس بترميز UTF-8؛ غُيّر الملف خارج annotator</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="65" />
        <source>the project file has become read-only</source>
        <translation>صار ملف المشروع للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="66" />
        <source>the project file is busy in another process</source>
        <translation>ملف المشروع مشغول في عملية أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="67" />
        <source>the project file is damaged</source>
        <translation>ملف المشروع تالف</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="68" />
        <source>a disk error ({detail})</source>
        <translation>خطأ في القرص ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="69" />
        <source>is a folder; name a file to export to</source>
        <translation>مجلد؛ سمِّ ملفًا للتصدير إليه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="70" />
        <source>already exists and is not an empty folder; name a new folder, or a file ending in .zip</source>
        <translation>موجود وليس مجلدًا فارغًا؛ سمِّ مجلدًا جديدًا، أو ملفًا ينتهي بـ ‎.zip</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="71" />
        <source>that is the project file itself; choose another name</source>
        <translation>هذا ملف المشروع نفسه؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="72" />
        <source>cannot write there ({detail})</source>
        <translation>تتعذر الكتابة هناك ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="73" />
        <source>export failed ({detail})</source>
        <translation>فشل التصدير ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="74" />
        <source>is a folder; name a file to write {what} to</source>
        <translation>مجلد؛ سمِّ ملفًا لكتابة {what} فيه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="75" />
        <source>is an SQLite database (perhaps a project), which {what} never replaces; choose another name</source>
        <translation>قاعدة بيانات SQLite (ربما مشروع)، ولا يستبدلها {what} أبدًا؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="76" />
        <source>is open as a project; choose another name</source>
        <translation>مفتوح مشروعًا؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="77" />
        <source>already exists; choose another name</source>
        <translation>موجود من قبل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="78" />
        <source>belongs to the SQLite database {base} beside it; choose another name</source>
        <translation>يتبع قاعدة بيانات SQLite ‏{base} التي بجانبه؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="79" />
        <source>is the output project itself; merge into another file</source>
        <translation>هو مشروع الناتج نفسه؛ ادمج في ملف آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="80" />
        <source>name at least one project to merge</source>
        <translation>سمِّ مشروعًا واحدًا على الأقل للدمج</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="81" />
        <source>a label colour is written #rrggbb, not {value}</source>
        <translation>يُكتب لون الوسم بالشكل ‎#rrggbb، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="82" />
        <source>a label's name cannot hold invisible or bidi control characters ({chars}): it would look like another name</source>
        <translation>لا يجوز أن يحوي اسم الوسم أحرفًا خفية أو أحرف تحكم في الاتجاه ({chars}): سيبدو كاسم آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="83" />
        <source>{name} looks like the label {other} (letters that look alike); choose a name that reads differently</source>
        <translation>{name} يشبه الوسم {other} (حروف متشابهة)؛ اختر اسمًا يُقرأ مختلفًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="84" />
        <source>a label needs a name</source>
        <translation>يحتاج الوسم إلى اسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="85" />
        <source>a label's name is at most {max} characters</source>
        <translation>اسم الوسم {max} حرفًا على الأكثر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="86" />
        <source>a label's key and letter must differ</source>
        <translation>يجب أن يختلف مفتاح الوسم عن حرفه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="87" />
        <source>a label's key is one letter or digit, not {value}</source>
        <translation>مفتاح الوسم حرف واحد أو رقم، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="88" />
        <source>a label's letter is one letter or digit, not {value}</source>
        <translation>حرف الوسم حرف واحد أو رقم، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="89" />
        <source>the label {name} cannot be put back: its name or key is taken by another label now</source>
        <translation>لا يمكن إرجاع الوسم {name}: اسمه أو مفتاحه صار لوسم آخر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="90" />
        <source>the key {key} already sets {attribute} of {label}</source>
        <translation>المفتاح {key} يضبط من قبل {attribute} في {label}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="91" />
        <source>the key {key} already sets {attribute}</source>
        <translation>المفتاح {key} يضبط من قبل {attribute}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="92" />
        <source>no label called {name} (merge adds labels first)</source>
        <translation>لا وسم باسم {name} (يضيف الدمج الأوسام أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="93" />
        <source>no label called {name}</source>
        <translation>لا وسم باسم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="94" />
        <source>an attribute needs a name</source>
        <translation>تحتاج السمة إلى اسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="95" />
        <source>an attribute needs distinct, non-empty values</source>
        <translation>تحتاج السمة إلى قيم مختلفة غير فارغة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="96" />
        <source>a {label} has no attribute {name}</source>
        <translation>لا سمة {name} لـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="97" />
        <source>{label} already has an attribute {name}</source>
        <translation>لـ{label} سمة {name} من قبل</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="98" />
        <source>{value} is not a value of {name} (one of {values})</source>
        <translation>{value} ليست من قيم {name} (إحدى {values})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="99" />
        <source>{value} is not a value of {name}</source>
        <translation>{value} ليست من قيم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="100" />
        <source>an attribute's key is one letter or digit, not {value}</source>
        <translation>مفتاح السمة حرف واحد أو رقم، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="101" />
        <source>the span's label has no attribute {name}</source>
        <translation>لا سمة {name} لوسم المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="102" />
        <source>{where}: a {label} span has no attribute {name} in this project</source>
        <translation>{where}: لا سمة {name} لمقطع {label} في هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="103" />
        <source>{where}: unknown relation type {type} (use --create-labels to add it)</source>
        <translation>{where}: نوع رابط غير معروف {type} (أضفه إلى المشروع أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="104" />
        <source>an imported record links the same two spans twice</source>
        <translation>سجل مستورد يربط المقطعين نفسيهما مرتين</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="105" />
        <source>a relation type needs a name</source>
        <translation>يحتاج نوع الرابط إلى اسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="106" />
        <source>there is already a relation type called {name}</source>
        <translation>يوجد من قبل نوع رابط باسم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="107" />
        <source>the relation type is used by 1 relation; delete it first</source>
        <translation>نوع الرابط مستعمل في رابط واحد؛ احذفه أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="108" />
        <source>the relation type is used by {count} relations; delete them first</source>
        <translation>نوع الرابط مستعمل في {count} من الروابط؛ احذفها أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="109" />
        <source>no relation type called {name}</source>
        <translation>لا نوع رابط باسم {name}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="110" />
        <source>span {start}–{end} cuts a character in two at {offset} (a letter and its marks, or an emoji, belong together)</source>
        <translation>المقطع {start}–{end} يشطر حرفًا عند {offset} (الحرف وحركاته، أو الرمز التعبيري، كلٌّ واحد)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="111" />
        <source>document {id}: its details (meta) are damaged</source>
        <translation>المستند {id}: تفاصيله (meta) تالفة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings.py" line="112" />
        <source>document {id}: its text is damaged (it is not text)</source>
        <translation>المستند {id}: نصه تالف (ليس نصًّا)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="13" />
        <source>the Arabic is stored as presentation forms (text reshaped for display by another program): search and word boundaries will not work well in it</source>
        <translation>العربية مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض): لن يعمل البحث وحدود الكلمات جيدًا فيها</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="14" />
        <source>the Arabic seems to be stored in visual order (words reversed, as copied from some PDFs); there is no exact repair: re-export the text from its source</source>
        <translation>يبدو أن العربية مخزّنة بالترتيب المرئي (كلمات معكوسة، كما تُنسخ من بعض ملفات PDF)؛ لا إصلاح دقيقًا لها: صدّر النص من مصدره من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="15" />
        <source>presentation forms were turned back into letters (NFKC)</source>
        <translation>أُعيدت أشكال العرض حروفًا (NFKC)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="16" />
        <source>the PDF has no text layer (scanned pages): OCR is needed to read it, and this app does not do OCR</source>
        <translation>لا طبقة نص في ملف PDF (صفحات ممسوحة ضوئيًا): قراءته تحتاج إلى التعرف الضوئي على الحروف، وهذا البرنامج لا يقوم به</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="17" />
        <source>not a PDF file</source>
        <translation>ليس ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="18" />
        <source>1 bad record</source>
        <translation>سجل واحد معيب</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="19" />
        <source>{count} bad records</source>
        <translation>سجلات معيبة: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="21" />
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="20" />
        <source>line {n}: {rest}</source>
        <translation>السطر {n}: {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="22" />
        <source>span {k}: {rest}</source>
        <translation>المقطع {k}: {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="23" />
        <source>relation {k}: {rest}</source>
        <translation>الرابط {k}: {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="24" />
        <source>{name} is not a number JSON allows (refused, not turned into null)</source>
        <translation>{name} ليس عددًا يقبله JSON (رُفض، ولم يُحوَّل إلى null)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="25" />
        <source>the number {number} ({digits} digits) is beyond 64-bit integers</source>
        <translation>العدد {number} (عدد أرقامه {digits}) يتجاوز الأعداد الصحيحة ذات 64 بت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="26" />
        <source>the number {number} is beyond 64-bit integers</source>
        <translation>العدد {number} يتجاوز الأعداد الصحيحة ذات 64 بت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="27" />
        <source>the number {number} is too large for a 64-bit float</source>
        <translation>العدد {number} أكبر مما يسعه عدد عشري ذو 64 بت</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="28" />
        <source>nested deeper than {depth} levels</source>
        <translation>التداخل أعمق من {depth} مستوى</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="29" />
        <source>a record must be a JSON object</source>
        <translation>يجب أن يكون السجل كائن JSON</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="30" />
        <source>'text' is missing or not a string</source>
        <translation>الحقل 'text' مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="31" />
        <source>'text' is empty</source>
        <translation>الحقل 'text' فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="32" />
        <source>'{field}' must be a whole number, not {value}</source>
        <translation>يجب أن يكون '{field}' عددًا صحيحًا، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="33" />
        <source>'label' must be a non-empty string</source>
        <translation>يجب أن يكون 'label' نصًا غير فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="34" />
        <source>{start}–{end} is empty, reversed or outside the text (0–{length})</source>
        <translation>{start}–{end} فارغ أو معكوس أو خارج النص (0–{length})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="35" />
        <source>{start}–{end} holds only the \r of a \r\n line break, which the stored text does not keep</source>
        <translation>{start}–{end} لا يحوي إلا \r من فاصل السطر \r\n، والنص المحفوظ لا يُبقيه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="36" />
        <source>duplicate id {id} (first on line {line})</source>
        <translation>المعرّف {id} مكرر (ورد أولًا في السطر {line})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="37" />
        <source>not a valid JSON file ({detail})</source>
        <translation>ليس ملف JSON صالحًا ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="38" />
        <source>not UTF-8 (byte {byte} of a line)</source>
        <translation>ليس بترميز UTF-8 (البايت {byte} من سطر)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="39" />
        <source>'{side}' is {ref}, not the id of a span of this record</source>
        <translation>'{side}' هو {ref}، وليس معرّف مقطع في هذا السجل</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="40" />
        <source>links a span to itself</source>
        <translation>يربط مقطعًا بنفسه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="41" />
        <source>no records</source>
        <translation>لا سجلات فيه</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="42" />
        <source>expected a JSON array of articles</source>
        <translation>المتوقع مصفوفة JSON من المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="44" />
        <source>not a web page, Word document or PDF</source>
        <translation>ليس صفحة ويب ولا مستند Word ولا ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="45" />
        <source>a Word 97–2003 document (.doc) cannot be read: save it as .docx in Word first</source>
        <translation>لا يمكن قراءة مستند Word 97–2003 (‎.doc): احفظه بصيغة ‎.docx في Word أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="46" />
        <source>RTF documents cannot be read: save it as .docx or plain text first</source>
        <translation>لا يمكن قراءة مستندات RTF: احفظه بصيغة ‎.docx أو نصًا عاديًا أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="47" />
        <source>OpenDocument text cannot be read: save it as .docx or plain text first</source>
        <translation>لا يمكن قراءة نصوص OpenDocument: احفظه بصيغة ‎.docx أو نصًا عاديًا أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="48" />
        <source>no article text found in it</source>
        <translation>لم يوجد فيه نص مقالة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="49" />
        <source>too long for an article ({chars} characters)</source>
        <translation>أطول من أن يكون مقالة (عدد أحرفه {chars})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="50" />
        <source>too large to import ({size} MB; the limit for web pages, Word and PDF files is {limit} MB)</source>
        <translation>أكبر من أن يُستورد ({size} ميغابايت؛ الحد لصفحات الويب وملفات Word وPDF هو {limit} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="51" />
        <source>too large for an article ({size} MB; the limit is {limit} MB): split it into articles first</source>
        <translation>أكبر من أن يكون مقالة ({size} ميغابايت؛ الحد {limit} ميغابايت): قسّمه مقالاتٍ أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="52" />
        <source>cannot read ({detail})</source>
        <translation>تتعذر قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="53" />
        <source>no such file or folder</source>
        <translation>لا ملف ولا مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="54" />
        <source>is not a file (a pipe, socket or device)</source>
        <translation>ليس ملفًا (أنبوب أو مقبس أو جهاز)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="55" />
        <source>its parts would unpack to {size} MB: refused as unsafe</source>
        <translation>أجزاؤه تنفكّ إلى {size} ميغابايت: رُفض لأنه غير آمن</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="56" />
        <source>not a Word document (.docx is a zip package)</source>
        <translation>ليس مستند Word (ملف ‎.docx حزمة zip)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="57" />
        <source>not a readable Word document ({detail})</source>
        <translation>مستند Word لا تمكن قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="58" />
        <source>a part of the document is damaged ({detail})</source>
        <translation>جزء من المستند تالف ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="59" />
        <source>not a web page (its bytes do not read as text)</source>
        <translation>ليس صفحة ويب (لا تُقرأ بايتاته نصًا)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="60" />
        <source>not a readable web page ({detail})</source>
        <translation>صفحة ويب لا تمكن قراءتها ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="61" />
        <source>no article found in the page: its whole visible text was kept</source>
        <translation>لم توجد مقالة في الصفحة: أُبقي نصها المرئي كله</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="62" />
        <source>{pages} pages: too long for an article</source>
        <translation>عدد صفحاته {pages}: أطول من أن يكون مقالة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="63" />
        <source>the PDF holds no text</source>
        <translation>لا يحوي ملف PDF نصًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="64" />
        <source>the PDF is protected by a password</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="65" />
        <source>not a readable PDF ({detail})</source>
        <translation>ملف PDF لا تمكن قراءته ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="66" />
        <source>page {page} cannot be read ({detail})</source>
        <translation>الصفحة {page} لا تمكن قراءتها ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="67" />
        <source>{broken} of its {words} words are drawn with glyphs that have no Unicode mapping in the PDF: the text cannot be recovered reliably (ask for the source document, or use OCR)</source>
        <translation>{broken} من كلماته البالغة {words} مرسومة بحروف لا مقابل لها في يونيكود داخل ملف PDF: لا يمكن استعادة النص بثقة (اطلب المستند الأصلي، أو استعمل التعرف الضوئي على الحروف)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="68" />
        <source>{glyphs} glyphs in the PDF have no Unicode mapping (often a font's lam-alef ligature): they show as {mark} in {words} words; check those words against the PDF</source>
        <translation>{glyphs} من الحروف المرسومة في ملف PDF لا مقابل لها في يونيكود (كثيرًا ما تكون لام ألف الخط): تظهر بالشكل {mark} في كلمات عددها {words}؛ راجع تلك الكلمات على ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="69" />
        <source>pages {pages} have no text layer (scanned?): OCR is needed</source>
        <translation>لا طبقة نص في الصفحات {pages} (ممسوحة ضوئيًا؟): تحتاج إلى التعرف الضوئي على الحروف</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="70" />
        <source>the pages seem to be laid out in columns: side-by-side lines were joined; check the reading order</source>
        <translation>تبدو الصفحات مصفوفة في أعمدة: ضُمّت الأسطر المتجاورة؛ راجع ترتيب القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="71" />
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="72" />
        <source>the article has no text (only whitespace)</source>
        <translation>لا نص في المقالة (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="73" />
        <source>looks like a binary file (it contains NUL bytes)</source>
        <translation>يبدو ملفًا ثنائيًا (فيه بايتات NUL)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="74" />
        <source>looks like a binary file (it contains NUL characters)</source>
        <translation>يبدو ملفًا ثنائيًا (فيه أحرف NUL)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="75" />
        <source>looks like a binary file ({controls} control characters)</source>
        <translation>يبدو ملفًا ثنائيًا ({controls} من أحرف التحكم)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="76" />
        <source>unknown encoding {encoding}</source>
        <translation>ترميز غير معروف {encoding}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="77" />
        <source>not valid {encoding} (byte {byte}: {bytes})</source>
        <translation>ليس {encoding} صالحًا (البايت {byte}: {bytes})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="78" />
        <source>starts with a {bom} byte-order mark but is not valid {encoding} (byte {byte})</source>
        <translation>يبدأ بعلامة ترتيب بايتات {bom} لكنه ليس {encoding} صالحًا (البايت {byte})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="79" />
        <source>not UTF-8 (invalid byte at {byte}) and does not read as Windows-1256 Arabic; name the encoding with --encoding</source>
        <translation>ليس بترميز UTF-8 (بايت غير صالح عند {byte}) ولا يُقرأ عربيةً بترميز Windows-1256؛ احفظه بترميز UTF-8 ثم استورده من جديد</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="80" />
        <source>no article files found (folders are searched for .txt, .jsonl, .json, .html, .htm, .docx, .pdf)</source>
        <translation>لم توجد ملفات مقالات (يُبحث في المجلدات عن ‎.txt, .jsonl, .json, .html, .htm, .docx, .pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="81" />
        <source>nothing was imported:</source>
        <translation>لم يُستورد شيء:</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="82" />
        <source>not valid JSON ({detail} at column {column})</source>
        <translation>ليس JSON صالحًا ({detail} عند العمود {column})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="83" />
        <source>line {n} is too large to read in memory</source>
        <translation>السطر {n} أكبر من أن يُقرأ في الذاكرة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="84" />
        <source>line {n} is too large to check in memory</source>
        <translation>السطر {n} أكبر من أن يُفحص في الذاكرة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="85" />
        <source>too large to read in memory</source>
        <translation>أكبر من أن يُقرأ في الذاكرة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="86" />
        <source>'text' is too long for an article ({chars} characters; the limit is {limit})</source>
        <translation>الحقل 'text' أطول من أن يكون مقالة (عدد أحرفه {chars}؛ والحد {limit})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="87" />
        <source>offset_unit {unit} is not supported (only {units})</source>
        <translation>الوحدة offset_unit {unit} غير مدعومة (فقط {units})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="88" />
        <source>its text {quoted} is not text[{start}:{end}] ({found}); were the offsets counted in another unit?</source>
        <translation>نصه {quoted} ليس text[{start}:{end}] ({found})؛ هل عُدّت الإزاحات بوحدة أخرى؟</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="89" />
        <source>'id' must be a number or a string, not {value}</source>
        <translation>يجب أن يكون 'id' عددًا أو نصًا، لا {value}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="90" />
        <source>'uncertain' must be true or false</source>
        <translation>يجب أن يكون 'uncertain' ‏true أو false</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="91" />
        <source>'attributes' must map names to text values</source>
        <translation>يجب أن يربط 'attributes' أسماءً بقيم نصية</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="92" />
        <source>'type' must be a non-empty string</source>
        <translation>يجب أن يكون 'type' نصًا غير فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="93" />
        <source>contains {character}, half of a UTF-16 surrogate pair: not valid Unicode text</source>
        <translation>فيه {character}، نصف زوج بديل في UTF-16: ليس نص يونيكود صالحًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="108" />
        <source>.ann line {n}: {ref} names no relation type</source>
        <translation>السطر {n} من ‎.ann: لا يسمّي {ref} نوع علاقة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="109" />
        <source>.ann line {n}: {ref} names no attribute and span</source>
        <translation>السطر {n} من ‎.ann: لا يسمّي {ref} سمةً ومقطعًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="114" />
        <source>'{field}' must be a list of objects</source>
        <translation>يجب أن يكون '{field}' قائمة كائنات</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="115" />
        <source>'{field}' must be a list of strings</source>
        <translation>يجب أن يكون '{field}' قائمة نصوص</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="116" />
        <source>'{field}' must be an object</source>
        <translation>يجب أن يكون '{field}' كائنًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="117" />
        <source>'{field}' must be a string</source>
        <translation>يجب أن يكون '{field}' نصًّا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="118" />
        <source>result {k}: {rest}</source>
        <translation>النتيجة {k}: {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="119" />
        <source>another region has the id {ref}</source>
        <translation>منطقة أخرى تحمل المعرّف {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="130" />
        <source>Invalid control character {character} at</source>
        <translation>حرف تحكم غير صالح {character} عند</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="131" />
        <source>Invalid \escape: {character}</source>
        <translation>تهريب غير صالح: {character}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="136" />
        <source>'{codec}' codec can't decode byte {hex} in position {position}: {detail}</source>
        <translation>لا يفك الترميز '{codec}' البايت {hex} في الموضع {position}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="94" />
        <source>'spans' must be a list of objects</source>
        <translation>يجب أن يكون 'spans' قائمة كائنات</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="95" />
        <source>'entities' must be a list of objects</source>
        <translation>يجب أن يكون 'entities' قائمة كائنات</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="96" />
        <source>'relations' must be a list of objects</source>
        <translation>يجب أن يكون 'relations' قائمة كائنات</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="97" />
        <source>doccano 'label' must be a list of [start, end, label] triples</source>
        <translation>يجب أن يكون 'label' في doccano قائمة ثلاثيات [start, end, label]</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="98" />
        <source>offset {offset} cuts a letter from its marks (inside a grapheme)</source>
        <translation>الإزاحة {offset} تفصل حرفًا عن حركاته (داخل وحدة كتابية)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="99" />
        <source>unknown label {label} (use --create-labels to add it)</source>
        <translation>وسم غير معروف {label} (أضفه إلى المشروع أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="100" />
        <source>duplicate span id {id}</source>
        <translation>معرّف المقطع {id} مكرر</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="101" />
        <source>offset {offset} falls inside a character that UTF-16 writes as two units; were the offsets counted in code points (--offset-unit codepoint)?</source>
        <translation>الإزاحة {offset} تقع داخل حرف يكتبه UTF-16 بوحدتين؛ هل عُدّت الإزاحات بنقاط الترميز؟</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="102" />
        <source>a file in it is larger than an article can be</source>
        <translation>فيه ملف أكبر مما يمكن أن تكونه مقالة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="103" />
        <source>neither a folder nor a zip of brat files</source>
        <translation>ليس مجلدًا ولا ملف zip لملفات brat</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="104" />
        <source>.ann line {n}: offsets {offsets} are outside the text</source>
        <translation>السطر {n} من ‎.ann: الإزاحات {offsets} خارج النص</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="105" />
        <source>.ann line {n}: offsets {offsets} are not numbers</source>
        <translation>السطر {n} من ‎.ann: الإزاحات {offsets} ليست أعدادًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="106" />
        <source>.ann line {n}: {ref}'s text {quoted} is not the text at {offsets} ({found}); were the offsets counted in another unit?</source>
        <translation>السطر {n} من ‎.ann: نص {ref} ‏{quoted} ليس النص عند {offsets} ({found})؛ هل عُدّت الإزاحات بوحدة أخرى؟</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="107" />
        <source>.ann line {n}: {ref} names {target}, not a span before it</source>
        <translation>السطر {n} من ‎.ann: يسمّي {ref} ‏{target}، وليس مقطعًا قبله</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="110" />
        <source>not UTF-8</source>
        <translation>ليس بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="111" />
        <source>tag {tag} is not B-, I- or O</source>
        <translation>الوسم {tag} ليس B- ولا I- ولا O</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="112" />
        <source>a task must be an object with 'data'</source>
        <translation>يجب أن تكون المهمة كائنًا فيه 'data'</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="113" />
        <source>'data.text' is missing or not a string</source>
        <translation>الحقل 'data.text' مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="120" />
        <source>expected a list of tasks</source>
        <translation>المتوقع قائمة مهام</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="121" />
        <source>not a Label Studio JSON export ({detail})</source>
        <translation>ليس تصدير JSON من Label Studio ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="122" />
        <source>the spaCy format needs spaCy: pip install 'arabic-annotator[spacy]'</source>
        <translation>صيغة spaCy تحتاج إلى spaCy: ‏pip install 'arabic-annotator[spacy]'</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="123" />
        <source>not a spaCy DocBin ({detail})</source>
        <translation>ليس ملف DocBin من spaCy ({detail})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="124" />
        <source>{detail}: line {line} column {column} (char {char})</source>
        <translation>{detail}: السطر {line} العمود {column} (الحرف {char})</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="125" />
        <source>Expecting value</source>
        <translation>كان المتوقع قيمة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="126" />
        <source>Expecting property name enclosed in double quotes</source>
        <translation>كان المتوقع اسم حقل بين علامتي تنصيص مزدوجتين</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="127" />
        <source>Expecting ',' delimiter</source>
        <translation>كان المتوقع الفاصل ','</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="128" />
        <source>Expecting ':' delimiter</source>
        <translation>كان المتوقع الفاصل ':'</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="129" />
        <source>Unterminated string starting at</source>
        <translation>نص لم يُغلق يبدأ عند</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="132" />
        <source>Invalid \uXXXX escape</source>
        <translation>تهريب \uXXXX غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="133" />
        <source>Extra data</source>
        <translation>بيانات زائدة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="134" />
        <source>Illegal trailing comma before end of object</source>
        <translation>فاصلة زائدة قبل نهاية الكائن</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="135" />
        <source>Illegal trailing comma before end of array</source>
        <translation>فاصلة زائدة قبل نهاية المصفوفة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="137" />
        <source>'{codec}' codec can't decode bytes in position {position}: {detail}</source>
        <translation>لا يفك الترميز '{codec}' البايتات في الموضع {position}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="138" />
        <source>invalid start byte</source>
        <translation>بايت بداية غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="139" />
        <source>invalid continuation byte</source>
        <translation>بايت متابعة غير صالح</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="140" />
        <source>unexpected end of data</source>
        <translation>نهاية بيانات غير متوقعة</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="141" />
        <source>No such file or directory</source>
        <translation>لا ملف ولا مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="142" />
        <source>Permission denied</source>
        <translation>لا إذن بذلك</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="143" />
        <source>Is a directory</source>
        <translation>هو مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="144" />
        <source>Not a directory</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="145" />
        <source>No space left on device</source>
        <translation>لا مساحة باقية على القرص</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="146" />
        <source>Read-only file system</source>
        <translation>نظام ملفات للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="147" />
        <source>File name too long</source>
        <translation>اسم الملف أطول مما ينبغي</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="148" />
        <source>Input/output error</source>
        <translation>خطأ في الإدخال والإخراج</translation>
    </message>
    <message>
        <location filename="../../ui/core_wordings_files.py" line="149" />
        <source>Disk quota exceeded</source>
        <translation>تُجووزت حصة القرص</translation>
    </message>
</context>
<context>
    <name>CurationPanel</name>
    <message>
        <location filename="../../ui/team.py" line="140" />
        <source>Disagreements</source>
        <translation>الخلافات</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="141" />
        <source>Accept identical spans</source>
        <translation>قبول المقاطع المتطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="156" />
        <source>No document is open.</source>
        <translation>لا مستند مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="181" />
        <source>{waiting} to decide, {identical} identical ({gold} in gold). Keys: {who}; B both, X neither, Ctrl+Z undo.</source>
        <translation>{waiting} بانتظار القرار، {identical} متطابقة ({gold} في المرجع). المفاتيح: {who}؛ B كلاهما، X لا شيء، Ctrl+Z تراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="187" />
        <source>no annotators</source>
        <translation>لا مُعلِّمين</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="200" />
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/team.py" line="230" />
        <source>Accept %n identical span(s)</source>
        <translation>
            <numerusform>لا مقاطع متطابقة للقبول</numerusform><numerusform>قبول مقطع متطابق واحد</numerusform><numerusform>قبول مقطعين متطابقين</numerusform><numerusform>قبول %n مقاطع متطابقة</numerusform><numerusform>قبول %n مقطعًا متطابقًا</numerusform><numerusform>قبول %n مقطع متطابق</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="203" />
        <source>%Ln span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform><numerusform>مقطع واحد</numerusform><numerusform>مقطعان</numerusform><numerusform>%Ln مقاطع</numerusform><numerusform>%Ln مقطعًا</numerusform><numerusform>%Ln مقطع</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models.py" line="204" />
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>لا أحرف</numerusform><numerusform>حرف واحد</numerusform><numerusform>حرفان</numerusform><numerusform>%Ln أحرف</numerusform><numerusform>%Ln حرفًا</numerusform><numerusform>%Ln حرف</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentOps</name>
    <message>
        <location filename="../../ui/document_ops.py" line="25" />
        <source>Rename document</source>
        <translation>إعادة تسمية المستند</translation>
    </message>
    <message>
        <location filename="../../ui/document_ops.py" line="26" />
        <source>Title shown in the document list (the file stays {name}):</source>
        <translation>العنوان المعروض في قائمة المستندات (يبقى الملف {name}):</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="251" />
        <source>{done} / {total} done</source>
        <extracomment>One icon per colour and size: a cell painted again reuses it (a tag repaints some 70 cells; making each icon anew was a third of the span list's paint).</extracomment>
        <translation>أُنجز {done} من {total}</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="253" />
        <source>No documents yet</source>
        <translation>لا مستندات بعد</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../ui/commands.py" line="120" />
        <source>Tag “{quote}” as {label}</source>
        <extracomment>What the edit did, said in the status bar after it (its text when empty). Where a refusal is shown (the dialog that pushed the command), else the window. What the last redo/undo did to the document's row, when known without reading it: (spans added, whether a new document became in progress). Whether the edit can change relations (a delete takes a span's links with it). Whether the edit changes stored suggestions without a span edit (a rejection). Whether the edit can change the document's row in the list (its status, span count).</extracomment>
        <translation>وسم «{quote}» بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="124" />
        <source>Tagged “{quote}” as {label}</source>
        <translation>وُسم «{quote}» بـ{label}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="164" />
        <source>Delete {label} “{quote}”</source>
        <translation>حذف {label} «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="168" />
        <source>Deleted {label} “{quote}”</source>
        <translation>حُذف {label} «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="197" />
        <source>Relabel “{quote}” {old} → {new}</source>
        <translation>تغيير وسم «{quote}» {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="203" />
        <source>Relabelled “{quote}”: {old} → {new}</source>
        <translation>تغيّر وسم «{quote}»: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="228" />
        <source>Resize {label} to “{quote}”</source>
        <translation>تغيير حدود {label} إلى «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="233" />
        <source>Widened {label} to “{quote}”</source>
        <translation>وُسّع {label} إلى «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="235" />
        <source>Narrowed {label} to “{quote}”</source>
        <translation>ضُيّق {label} إلى «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="259" />
        <source>Mark “{}” new</source>
        <translation>تعليم «{}» جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="260" />
        <source>Mark “{}” in progress</source>
        <translation>تعليم «{}» قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="261" />
        <source>Mark “{}” done</source>
        <translation>تعليم «{}» منجزًا</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="267" />
        <source>Marked “{}” new</source>
        <translation>عُلّم «{}» جديدًا</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="268" />
        <source>Marked “{}” in progress</source>
        <translation>عُلّم «{}» قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="269" />
        <source>Marked “{}” done</source>
        <translation>عُلّم «{}» منجزًا</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="291" />
        <source>Change label {label} ({what})</source>
        <translation>تغيير الوسم {label} ({what})</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="315" />
        <source>Remove label {label}</source>
        <translation>حذف الوسم {label}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="322" />
        <source>Removed the label {label} and its {n} spans</source>
        <translation>حُذف الوسم {label} ومقاطعه ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="326" />
        <source>Removed the label {label} and its span</source>
        <translation>حُذف الوسم {label} ومقطعه</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="330" />
        <source>Removed the label {label}</source>
        <translation>حُذف الوسم {label}</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="353" />
        <source>Rename “{old}” to “{new}”</source>
        <translation>إعادة تسمية «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="357" />
        <source>Renamed “{old}” to “{new}”</source>
        <translation>أُعيدت تسمية «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="43" />
        <source>Decide {start}–{end}: {choice}</source>
        <translation>حسم {start}–{end}: {choice}</translation>
    </message>
</context>
<context>
    <name>EditReporter</name>
    <message>
        <location filename="../../ui/feedback.py" line="57" />
        <source>Undone: {}</source>
        <extracomment>How long a status message stays (ms), and the last part of it in which it fades.</extracomment>
        <translation>تُراجع عن: {}</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="70" />
        <source>Redone: {}</source>
        <translation>أُعيد: {}</translation>
    </message>
</context>
<context>
    <name>ExactModeIndicator</name>
    <message>
        <location filename="../../ui/feedback.py" line="105" />
        <source>Exact characters</source>
        <translation>الأحرف بدقة</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="105" />
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="107" />
        <source>Label keys tag exactly the selected characters (Ctrl+Shift+X: whole words)</source>
        <translation>مفاتيح الوسوم تسم الأحرف المحددة بالضبط (Ctrl+Shift+X: كلمات كاملة)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="109" />
        <source>Label keys tag whole words (Ctrl+Shift+X: exact characters)</source>
        <translation>مفاتيح الوسوم تسم كلمات كاملة (Ctrl+Shift+X: الأحرف بدقة)</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../ui/file_ops.py" line="98" />
        <source>Open articles</source>
        <extracomment>The file types in English (the catalogue's sources), as tests choose them.</extracomment>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="109" />
        <source>Open a folder of articles</source>
        <translation>فتح مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="133" />
        <source>Cannot import</source>
        <translation>يتعذر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="170" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="186" />
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="199" />
        <source>Cannot create the project</source>
        <translation>يتعذر إنشاء المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="210" />
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="224" />
        <source>Please wait</source>
        <translation>يُرجى الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="225" />
        <source>An import or export is still running.</source>
        <translation>ما زال استيراد أو تصدير قيد التنفيذ.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="265" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="289" />
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="171" />
        <location filename="../../ui/file_ops.py" line="293" />
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="26" />
        <source>Articles (*.txt *.text *.jsonl *.json *.html *.htm *.xhtml *.docx *.pdf);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.jsonl *.json *.html *.htm *.xhtml *.docx *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="30" />
        <source>Annotator projects (*.annot);;All files (*)</source>
        <translation>مشاريع المُعلِّم (*.annot);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="33" />
        <source>Native JSONL</source>
        <extracomment>The formats' titles that are words, not a tool's name (doccano JSONL, spaCy DocBin stay).</extracomment>
        <translation>JSONL الأصلية</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="34" />
        <source>brat standoff (zip)</source>
        <translation>brat standoff (ملف zip)</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="35" />
        <source>CoNLL / IOB2 (a column per label)</source>
        <translation>CoNLL / IOB2 (عمود لكل وسم)</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="134" />
        <source>The project is open read-only, so nothing was imported ({files}).</source>
        <translation>المشروع مفتوح للقراءة فقط، فلم يُستورد شيء ({files}).</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="170" />
        <source>Import cancelled; nothing changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="171" />
        <source>Export cancelled; nothing changed.</source>
        <translation>أُلغي التصدير؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="174" />
        <source>Cancelled; nothing changed.</source>
        <translation>أُلغي؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="200" />
        <source>{path} already exists. Open it with File ▸ Open project.</source>
        <translation>{path} موجود من قبل. افتحه من ملف ▸ فتح مشروع.</translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="290" />
        <source>Exporting to {file}</source>
        <translation>جارٍ التصدير إلى {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_ops.py" line="298" />
        <source>Exported %n document to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي مستند إلى {path}</numerusform><numerusform>صُدّر مستند واحد إلى {path}</numerusform><numerusform>صُدّر مستندان إلى {path}</numerusform><numerusform>صُدّرت %n مستندات إلى {path}</numerusform><numerusform>صُدّر %n مستندًا إلى {path}</numerusform><numerusform>صُدّر %n مستند إلى {path}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_ops.py" line="300" />
        <source>Exported %n documents to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أي مستند إلى {path}</numerusform><numerusform>صُدّر مستند واحد إلى {path}</numerusform><numerusform>صُدّر مستندان إلى {path}</numerusform><numerusform>صُدّرت %n مستندات إلى {path}</numerusform><numerusform>صُدّر %n مستندًا إلى {path}</numerusform><numerusform>صُدّر %n مستند إلى {path}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/file_ops.py" line="306" />
        <source>Exported, with losses</source>
        <translation>صُدِّر مع فقد بعض البيانات</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="174" />
        <location filename="../../ui/find_bar.py" line="180" />
        <source>Find in the article (harakat optional)</source>
        <extracomment>Arabic vowel marks (harakat), shadda, sukun, superscript alef, Quranic marks, and tatweel.</extracomment>
        <translation>البحث في المقالة (الحركات اختيارية)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="175" />
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="176" />
        <source>The label of the find field</source>
        <translation>عنوان حقل البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="177" />
        <source>Find bar</source>
        <translation>شريط البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="178" />
        <source>Find text in the article</source>
        <translation>البحث عن نص في المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="179" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="181" />
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="182" />
        <source>Whether the text was found</source>
        <translation>هل وُجد النص</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="184" />
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="185" />
        <source>Next match (Enter, F3)</source>
        <translation>التطابق التالي (Enter، F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="186" />
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="199" />
        <source>No match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="203" />
        <source>{which} of {total}</source>
        <translation>{which} من {total}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../ui/encodings.py" line="63" />
        <source>{file} read as {encoding}</source>
        <extracomment>The encodings offered, Arabic ones first: (codec name, what the analyst reads).</extracomment>
        <translation>قُرئ {file} بترميز {encoding}</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="68" />
        <source>text files read as {}</source>
        <translation>قُرئت الملفات النصية بترميز {}</translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message>
        <location filename="../../ui/import_choices.py" line="68" />
        <source>the Arabic is stored as presentation forms (text reshaped for display by another program), not repaired: search and word boundaries will not work well in it</source>
        <translation>العربية مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، ولم تُصلَح: لن يعمل البحث وحدود الكلمات جيدًا فيها</translation>
    </message>
    <message>
        <location filename="../../ui/import_choices.py" line="83" />
        <source>uses labels this project does not have: {labels}</source>
        <translation>يستخدم وسومًا ليست في هذا المشروع: {labels}</translation>
    </message>
    <message>
        <location filename="../../ui/import_choices.py" line="94" />
        <source>, </source>
        <comment>between names in a sentence</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/import_choices.py" line="95" />
        <source>{names} and {last}</source>
        <translation>{names} و{last}</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../ui/import_flow.py" line="70" />
        <location filename="../../ui/import_flow.py" line="95" />
        <source>Importing articles</source>
        <translation>استيراد المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="71" />
        <location filename="../../ui/import_flow.py" line="96" />
        <source>Importing {files}</source>
        <translation>جارٍ استيراد {files}</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="74" />
        <location filename="../../ui/import_flow.py" line="99" />
        <location filename="../../ui/import_flow.py" line="144" />
        <location filename="../../ui/import_flow.py" line="176" />
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="151" />
        <location filename="../../ui/import_flow.py" line="243" />
        <source>… and %n more</source>
        <translation>
            <numerusform>…</numerusform><numerusform>… وواحد آخر</numerusform><numerusform>… واثنان آخران</numerusform><numerusform>… و%n أخرى</numerusform><numerusform>… و%n أخرى</numerusform><numerusform>… و%n أخرى</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="155" />
        <source>%n article is stored as presentation forms (text reshaped for display by another program), so search and word boundaries would not work well in it:</source>
        <translation>
            <numerusform>لا مقالات مخزّنة بأشكال العرض.</numerusform><numerusform>مقالة واحدة مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>مقالتان مخزّنتان بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيهما:</numerusform><numerusform>%n مقالات مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>%n مقالةً مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>%n مقالة مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="162" />
        <source>%n articles are stored as presentation forms (text reshaped for display by another program), so search and word boundaries would not work well in them:</source>
        <translation>
            <numerusform>لا مقالات مخزّنة بأشكال العرض.</numerusform><numerusform>مقالة واحدة مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>مقالتان مخزّنتان بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيهما:</numerusform><numerusform>%n مقالات مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>%n مقالةً مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform><numerusform>%n مقالة مخزّنة بأشكال العرض (نص أعاد برنامج آخر تشكيله للعرض)، فلن يعمل البحث وحدود الكلمات جيدًا فيها:</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="169" />
        <source>Repairing turns the forms back into ordinary letters.</source>
        <translation>الإصلاح يعيد الأشكال إلى حروف عادية.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="179" />
        <source>Repair the articles?</source>
        <translation>إصلاح المقالات؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="182" />
        <source>Repair and import</source>
        <translation>إصلاح ثم استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="183" />
        <source>Import as they are</source>
        <translation>استيراد كما هي</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="184" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="195" />
        <source>{files}: spans with a label this project does not have: {labels}.</source>
        <translation>{files}: مقاطع بوسم ليس في هذا المشروع: {labels}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="198" />
        <source>{files}: spans with labels this project does not have: {labels}.</source>
        <translation>{files}: مقاطع بوسوم ليست في هذا المشروع: {labels}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="201" />
        <source>Add the label {labels} and import?</source>
        <translation>إضافة الوسم {labels} والاستيراد؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="203" />
        <source>Add the labels {labels} and import?</source>
        <translation>إضافة الوسوم {labels} والاستيراد؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="206" />
        <source>Add label?</source>
        <translation>إضافة الوسم؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="206" />
        <source>Add labels?</source>
        <translation>إضافة الوسوم؟</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="209" />
        <source>Add label and import</source>
        <translation>إضافة الوسم والاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="209" />
        <source>Add labels and import</source>
        <translation>إضافة الوسوم والاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="210" />
        <source>Don't import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="225" />
        <source>Imported %n article</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة</numerusform><numerusform>اُستوردت مقالة واحدة</numerusform><numerusform>اُستوردت مقالتان</numerusform><numerusform>اُستوردت %n مقالات</numerusform><numerusform>اُستوردت %n مقالةً</numerusform><numerusform>اُستوردت %n مقالة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="227" />
        <source>Imported %n articles</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة</numerusform><numerusform>اُستوردت مقالة واحدة</numerusform><numerusform>اُستوردت مقالتان</numerusform><numerusform>اُستوردت %n مقالات</numerusform><numerusform>اُستوردت %n مقالةً</numerusform><numerusform>اُستوردت %n مقالة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_flow.py" line="234" />
        <source>; skipped %n</source>
        <translation>
            <numerusform>؛ لم يُتخطَّ شيء</numerusform><numerusform>؛ تُخطّي ملف واحد</numerusform><numerusform>؛ تُخطّي ملفان</numerusform><numerusform>؛ تُخطّيت %n ملفات</numerusform><numerusform>؛ تُخطّي %n ملفًا</numerusform><numerusform>؛ تُخطّي %n ملف</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="245" />
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/import_flow.py" line="247" />
        <source>Imported, with warnings</source>
        <translation>اكتمل الاستيراد مع تحذيرات</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/import_preview.py" line="34" />
        <source>footnotes</source>
        <extracomment>What an extractor leaves out (``LeftOut.what``), named in the interface language.</extracomment>
        <translation>حواشٍ سفلية</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="35" />
        <source>endnotes</source>
        <translation>حواشٍ ختامية</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="36" />
        <source>comments</source>
        <translation>تعليقات</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="37" />
        <source>page headers and footers</source>
        <translation>ترويسات الصفحات وتذييلاتها</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="38" />
        <source>text boxes</source>
        <translation>مربعات نص</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="39" />
        <source>images and drawings</source>
        <translation>صور ورسوم</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="40" />
        <source>images</source>
        <translation>صور</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="41" />
        <source>rotated or vertical text (characters)</source>
        <translation>نص مائل أو عمودي (أحرف)</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="44" />
        <source>lines of navigation, links, comments and other page text</source>
        <translation>أسطر التنقل والروابط والتعليقات وسائر نص الصفحة</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/import_preview.py" line="84" />
        <source>Preview the import</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="90" />
        <source>%n file read. Check its text before it is imported:</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف.</numerusform><numerusform>قُرئ ملف واحد. راجع نصه قبل استيراده:</numerusform><numerusform>قُرئ ملفان. راجع نصهما قبل استيرادهما:</numerusform><numerusform>قُرئت %n ملفات. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملفًا. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملف. راجع النص قبل استيراده:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="92" />
        <source>%n files read. Check the text before it is imported:</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف.</numerusform><numerusform>قُرئ ملف واحد. راجع نصه قبل استيراده:</numerusform><numerusform>قُرئ ملفان. راجع النص قبل استيراده:</numerusform><numerusform>قُرئت %n ملفات. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملفًا. راجع النص قبل استيراده:</numerusform><numerusform>قُرئ %n ملف. راجع النص قبل استيراده:</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="102" />
        <source>%1 (cannot be read)</source>
        <translation>%1 (تتعذر قراءته)</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="119" />
        <source>Text to import</source>
        <translation>النص المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="120" />
        <location filename="../../ui/import_preview.py" line="174" />
        <location filename="../../ui/import_preview.py" line="205" />
        <source>Left out</source>
        <translation>المُستبعَد</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="131" />
        <source>Web pages: keep the whole page, not only the article</source>
        <translation>صفحات الويب: الاحتفاظ بالصفحة كلها، لا بالمقالة وحدها</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="141" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="167" />
        <source>%1 cannot be imported: %2</source>
        <translation>يتعذر استيراد %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="180" />
        <source>%1 read with %2 %3</source>
        <translation>قُرئ %1 بـ %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="184" />
        <source>%n word</source>
        <translation>
            <numerusform>لا كلمات</numerusform><numerusform>كلمة واحدة</numerusform><numerusform>كلمتان</numerusform><numerusform>%n كلمات</numerusform><numerusform>%n كلمةً</numerusform><numerusform>%n كلمة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="184" />
        <source>%n words</source>
        <translation>
            <numerusform>لا كلمات</numerusform><numerusform>كلمة واحدة</numerusform><numerusform>كلمتان</numerusform><numerusform>%n كلمات</numerusform><numerusform>%n كلمةً</numerusform><numerusform>%n كلمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="187" />
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="188" />
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="189" />
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="190" />
        <source>address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="195" />
        <source>character set: %1</source>
        <translation>ترميز الأحرف: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_preview.py" line="205" />
        <source>Left out (%n)</source>
        <translation>
            <numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform><numerusform>المُستبعَد (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../../ui/label_editor.py" line="45" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="56" />
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="57" />
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="58" />
        <source>Add label</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="59" />
        <source>Remove label…</source>
        <translation>حذف وسم…</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="66" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="67" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="68" />
        <source>Letter</source>
        <translation>الحرف</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="69" />
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="135" />
        <source>Colour for {label}</source>
        <extracomment>Asks before removing a label that spans use; replaceable (tests).</extracomment>
        <translation>لون {label}</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="144" />
        <source>The key {key} is used by another command.</source>
        <translation>المفتاح {key} مستخدم لأمر آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="206" />
        <source>Remove label</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="209" />
        <source>{spans} span</source>
        <comment>number of spans</comment>
        <translation>{spans} مقطع</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="209" />
        <source>{spans} spans</source>
        <translation>{spans} مقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="212" />
        <source>{documents} document</source>
        <translation>{documents} مستند</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="212" />
        <source>{documents} documents</source>
        <translation>{documents} مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="216" />
        <source>“{label}” is used by {used} in {where}.</source>
        <translation>«{label}» مستخدم في {used} في {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="225" />
        <source>Removing the label removes these spans too. Edit ▸ Undo (Ctrl+Z) brings the label and all its spans back.</source>
        <translation>حذف الوسم يحذف هذه المقاطع أيضًا. تحرير ▸ تراجع (Ctrl+Z) يعيد الوسم وكل مقاطعه.</translation>
    </message>
    <message>
        <location filename="../../ui/label_editor.py" line="230" />
        <source>Remove label and spans</source>
        <translation>حذف الوسم والمقاطع</translation>
    </message>
</context>
<context>
    <name>LabelNames</name>
    <message>
        <location filename="../../ui/label_names.py" line="21" />
        <source>speaker</source>
        <extracomment>annotator.labels.DEFAULT_LABELS and the default relation type (tests check they agree)</extracomment>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../ui/label_names.py" line="22" />
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/label_names.py" line="23" />
        <source>location</source>
        <translation>مكان</translation>
    </message>
    <message>
        <location filename="../../ui/label_names.py" line="24" />
        <source>statistic</source>
        <translation>إحصاء</translation>
    </message>
    <message>
        <location filename="../../ui/label_names.py" line="25" />
        <source>said</source>
        <translation>قال</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="370" />
        <source>Select text, press a key. Shift+key: exact characters.</source>
        <extracomment>The most label rows the legend shows at once; it scrolls beyond.</extracomment>
        <translation>حدّد نصًّا ثم اضغط مفتاحًا. Shift مع المفتاح: الأحرف بدقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="66" />
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <location filename="../../ui/main_window.py" line="332" />
        <source>Arabic news annotator</source>
        <translation>المُعلِّم على الأخبار العربية</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="27" />
        <location filename="../../ui/main_window.py" line="132" />
        <source>Documents</source>
        <extracomment>Dock titles by dock name, as the main window sets them ("MainWindow" context).</extracomment>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="28" />
        <location filename="../../ui/main_window.py" line="133" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="29" />
        <location filename="../../ui/main_window.py" line="134" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="30" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="55" />
        <source>&amp;Recent projects</source>
        <translation>المشاريع ال&amp;أخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>{project}{readonly} — Arabic news annotator</source>
        <translation>{project}{readonly} — المُعلِّم على الأخبار العربية</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>Read-only: changes are not allowed</source>
        <translation>للقراءة فقط: التغييرات غير مسموحة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358" />
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367" />
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="32" />
        <source>Curation</source>
        <translation>الحسم</translation>
    </message>
    <message>
        <location filename="../../ui/live_language.py" line="31" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>Wait for the import or export to finish.</source>
        <translation>انتظر حتى ينتهي الاستيراد أو التصدير.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/i18n.py" line="173" />
        <location filename="../../ui/actions/menus.py" line="11" />
        <source>&amp;File</source>
        <extracomment>The menu titles as shown (lupdate reads these; ``menu_title`` translates).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/actions/menus.py" line="12" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../ui/actions/menus.py" line="13" />
        <source>&amp;Tag</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <location filename="../../ui/actions/menus.py" line="14" />
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions/menus.py" line="15" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/actions/menus.py" line="16" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="33" />
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="34" />
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="35" />
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../ui/claims_panel.py" line="30" />
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/claims_panel.py" line="31" />
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../ui/claims_panel.py" line="32" />
        <source>Quote type</source>
        <translation>نوع الاقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/claims_panel.py" line="33" />
        <location filename="../../ui/models.py" line="148" />
        <source>Document</source>
        <extracomment>Every row's flags: QAbstractTableModel's own (not overridden: a view asks each cell it paints, and a Python override was one more call into Python per cell). The roles ``cell`` answers: a view asks each cell for a dozen roles on every paint, and the rest are answered here without a call.</extracomment>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="149" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="241" />
        <location filename="../../ui/models.py" line="366" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="242" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="243" />
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="244" />
        <source>Links, notes</source>
        <translation>الروابط والملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="367" />
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="368" />
        <source>Letter</source>
        <translation>الحرف</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="380" />
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="383" />
        <source>{label}: press {keys} to tag the selection; with Shift to tag exact characters</source>
        <translation>{label}: اضغط {keys} لوسم التحديد، ومع Shift لوسم الأحرف بدقة</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="390" />
        <source>no key</source>
        <translation>بلا مفتاح</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../ui/name_dialog.py" line="53" />
        <source>Who is tagging?</source>
        <translation>من يَسِم؟</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="56" />
        <source>Your name is stored with every span you tag and exported with it, so a team can tell its annotators apart. You can change it in Edit ▸ Preferences.</source>
        <translation>يُحفظ اسمك مع كل مقطع تسمه ويُصدَّر معه، ليميّز الفريق بين مُعلِّميه. يمكنك تغييره من تحرير ▸ التفضيلات.</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="60" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="61" />
        <source>Stored with every span you tag</source>
        <translation>يُحفظ مع كل مقطع تسمه</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="62" />
        <source>Use this name</source>
        <translation>استخدام هذا الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="63" />
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/name_dialog.py" line="65" />
        <source>Spans carry the login name ({login})</source>
        <translation>تحمل المقاطع اسم الدخول ({login})</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/attribution.py" line="354" />
        <source>Note on this span (Enter keeps, Esc cancels)</source>
        <translation>ملاحظة على هذا المقطع (Enter يحفظ، Esc يلغي)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="74" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75" />
        <source>The system's language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="76" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="80" />
        <source>The interface changes at once. Steps already in the undo history keep the language they were written in.</source>
        <translation>تتغير الواجهة فورًا. أما الخطوات الموجودة في سجل التراجع فتبقى باللغة التي كُتبت بها.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="88" />
        <location filename="../../ui/preferences.py" line="103" />
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="89" />
        <source>Light, dark or high contrast</source>
        <translation>فاتحة أو داكنة أو عالية التباين</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="77" />
        <source>Arabic or English</source>
        <translation>العربية أو الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="84" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="94" />
        <location filename="../../ui/preferences.py" line="105" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="95" />
        <source>Stored with every span you tag</source>
        <translation>يُحفظ مع كل مقطع تسمه</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="97" />
        <source>Stored with every span you tag and exported with it. Empty: {login}.</source>
        <translation>يُحفظ مع كل مقطع تسمه ويُصدَّر معه. إن تُرك فارغًا: {login}.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="98" />
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="102" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="90" />
        <source>Naskh</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="90" />
        <source>Kufi</source>
        <translation>كوفي</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="90" />
        <source>The system's font</source>
        <translation>خط النظام</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="92" />
        <location filename="../../ui/preferences.py" line="104" />
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="93" />
        <source>The typeface of the article text</source>
        <translation>الخط الذي يُعرض به نص المقالة</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>The languages offered in Preferences: code -&gt; name shown in that language. Qt reads the layout direction from this entry of the loaded catalogues ("RTL" in Arabic).</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RelationTypeEditor</name>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="42" />
        <source>Change relation type {0}</source>
        <translation>تغيير نوع العلاقة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="70" />
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="78" />
        <source>any label</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="79" />
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="80" />
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="81" />
        <source>Add relation type</source>
        <translation>إضافة نوع علاقة</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="87" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="88" />
        <source>From labels</source>
        <translation>من الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="89" />
        <source>To labels</source>
        <translation>إلى الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="90" />
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/relation_type_editor.py" line="154" />
        <source>Colour for {0}</source>
        <translation>لون {0}</translation>
    </message>
</context>
<context>
    <name>Reopener</name>
    <message>
        <location filename="../../ui/encodings.py" line="98" />
        <source>Reopen with another encoding</source>
        <translation>إعادة الفتح بترميز آخر</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="99" />
        <source>The article was read as {now}. Read its file as:</source>
        <translation>قُرئت المقالة بترميز {now}. اقرأ ملفها بترميز:</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="108" />
        <source>The file of {name}</source>
        <translation>ملف {name}</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="120" />
        <source>The project is read-only: nothing can be reopened.</source>
        <translation>المشروع للقراءة فقط: لا يمكن إعادة فتح شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="125" />
        <source>This article has spans: reopening it would change the text under them. Only an article without spans can be reopened.</source>
        <translation>لهذه المقالة مقاطع: إعادة فتحها ستغيّر النص الذي تحتها. لا يُعاد فتح إلا مقالة بلا مقاطع.</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="131" />
        <source>This article did not come from a text file.</source>
        <translation>هذه المقالة لم تأتِ من ملف نصي.</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="148" />
        <location filename="../../ui/encodings.py" line="160" />
        <source>Not reopened</source>
        <translation>لم يُعَد الفتح</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="156" />
        <source>The article was not stored.</source>
        <translation>لم تُخزَّن المقالة.</translation>
    </message>
    <message>
        <location filename="../../ui/encodings.py" line="166" />
        <source>Reopened {file} as {name}.</source>
        <translation>أُعيد فتح {file} بترميز {name}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="53" />
        <source>Search all documents (words of 3+ letters)</source>
        <translation>البحث في كل المستندات (كلمات من 3 أحرف فأكثر)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="79" />
        <source>%Ln document(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي مستند</numerusform><numerusform>عُثر على مستند واحد</numerusform><numerusform>عُثر على مستندين</numerusform><numerusform>عُثر على %Ln مستندات</numerusform><numerusform>عُثر على %Ln مستندًا</numerusform><numerusform>عُثر على %Ln مستند</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="81" />
        <source>No document holds every word.</source>
        <translation>لا يحوي أي مستند كل الكلمات.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../ui/cheatsheet.py" line="83" />
        <source>, </source>
        <extracomment>Keys beyond the printable ones that every keyboard has (F13+, "Open", "Help", "Undo" and other media keys are left out of the sheet: nobody can type them).</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="101" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="105" />
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="105" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/cheatsheet.py" line="105" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpanListModel</name>
    <message>
        <location filename="../../ui/models.py" line="356" />
        <source>uncertain</source>
        <translation>غير مؤكد</translation>
    </message>
</context>
<context>
    <name>SuggestionTriage</name>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="25" />
        <source>Accept “{quote}” as {label}</source>
        <translation>قبول «{quote}» بوسم {label}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="29" />
        <source>Accepted “{quote}” as {label}</source>
        <translation>قُبل «{quote}» بوسم {label}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="47" />
        <source>and linked to its speaker</source>
        <translation>ورُبط بقائله</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="49" />
        <source>and linked to its claim</source>
        <translation>ورُبط بتصريحه</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="61" />
        <source>Reject “{quote}”</source>
        <translation>رفض «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/suggestion_commands.py" line="63" />
        <source>Rejected “{quote}”</source>
        <translation>رُفض «{quote}»</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="182" />
        <source>Suggestions not saved: {reason}</source>
        <translation>لم تُحفظ الاقتراحات: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="190" />
        <source>Suggestions failed: {reason}</source>
        <translation>تعذّرت الاقتراحات: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="204" />
        <source>, </source>
        <comment>between the counts of the suggestions by label</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="209" />
        <source>1 suggestion: {counts}</source>
        <translation>اقتراح واحد: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="211" />
        <source>%Ln suggestions: {counts}</source>
        <translation>
            <numerusform>لا اقتراحات: {counts}</numerusform><numerusform>اقتراح واحد: {counts}</numerusform><numerusform>اقتراحان: {counts}</numerusform><numerusform>%Ln اقتراحات: {counts}</numerusform><numerusform>%Ln اقتراحًا: {counts}</numerusform><numerusform>%Ln اقتراح: {counts}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="221" />
        <source>Suggestions are stored in the project: open it for writing.</source>
        <translation>تُحفظ الاقتراحات في المشروع: افتحه للكتابة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="232" />
        <source>New suggestions: {added}, from %n document(s).</source>
        <translation>
            <numerusform>اقتراحات جديدة: {added}؛ لا مستندات.</numerusform><numerusform>اقتراحات جديدة: {added}، من مستند واحد.</numerusform><numerusform>اقتراحات جديدة: {added}، من مستندين.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستندات.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستندًا.</numerusform><numerusform>اقتراحات جديدة: {added}، من %n مستند.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="245" />
        <source>Suggesting stopped; the suggestions stored so far are kept.</source>
        <translation>توقّف اقتراح الوسوم؛ بقيت الاقتراحات التي حُفظت حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="251" />
        <source>Suggesting</source>
        <translation>جارٍ الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="252" />
        <source>Running the suggestion rules over every document</source>
        <translation>تشغيل قواعد الاقتراح على كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="266" />
        <source>The suggestions are still being made.</source>
        <translation>ما زالت الاقتراحات قيد الإعداد.</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="269" />
        <source>No suggestions in this document.</source>
        <translation>لا اقتراحات في هذا المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="295" />
        <source>Suggested {label} ({source}): “{quote}”. Enter accepts, Backspace rejects</source>
        <translation>اقتراح {label} ({source}): «{quote}». Enter يقبله، وBackspace يرفضه</translation>
    </message>
    <message>
        <location filename="../../ui/suggestions.py" line="305" />
        <source>No suggestion is selected: press F8 first.</source>
        <translation>لا اقتراح محدد: اضغط F8 أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/suggestions.py" line="384" />
        <source>Accepted %n suggestion(s) of {rule}.</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح من {rule}.</numerusform><numerusform>قُبل اقتراح واحد من {rule}.</numerusform><numerusform>قُبل اقتراحان من {rule}.</numerusform><numerusform>قُبلت %n اقتراحات من {rule}.</numerusform><numerusform>قُبل %n اقتراحًا من {rule}.</numerusform><numerusform>قُبل %n اقتراح من {rule}.</numerusform></translation>
    </message>
</context>
<context>
    <name>Tagger</name>
    <message>
        <location filename="../../ui/tagging.py" line="124" />
        <source>Nothing to tag: the selection has no word, only spaces or punctuation (Shift + the label key tags exact characters).</source>
        <extracomment>Set by the suggestion triage: a label key on a selected suggestion accepts it.</extracomment>
        <translation>لا شيء للوسم: لا كلمة في التحديد، مسافات أو علامات ترقيم فقط (Shift مع مفتاح الوسم يسِم الأحرف بدقة).</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="134" />
        <source>Already tagged {label}.</source>
        <translation>موسوم بـ{label} من قبل.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="149" />
        <source>Select some text first, then press a label key.</source>
        <translation>حدّد نصًّا أولًا، ثم اضغط مفتاح وسم.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="160" />
        <location filename="../../ui/tagging.py" line="184" />
        <source>No span is selected: move to one with ] or [ first.</source>
        <translation>لا مقطع محدد: انتقل إلى مقطع بـ ] أو [ أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="191" />
        <source>The span cannot be widened on that side (a paragraph or the text ends).</source>
        <translation>لا يمكن توسيع المقطع من تلك الجهة (تنتهي الفقرة أو النص).</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="193" />
        <source>The span cannot be narrowed further: it keeps at least one word.</source>
        <translation>لا يمكن تضييق المقطع أكثر: يبقى فيه كلمة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="209" />
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
    <name>WindowDialogs</name>
    <message>
        <location filename="../../ui/window_dialogs.py" line="76" />
        <source>Spans you tag from now on are signed “{name}”.</source>
        <translation>المقاطع التي تسمها من الآن تُوقَّع باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/window_dialogs.py" line="77" />
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../ui/window_docks.py" line="30" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/window_docks.py" line="89" />
        <source>Curation</source>
        <translation>الحسم</translation>
    </message>
    <message>
        <location filename="../../ui/window_docks.py" line="114" />
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/window_docks.py" line="130" />
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../../ui/window_docks.py" line="132" />
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../ui/window_docks.py" line="133" />
        <source>Searching all documents for: {query}</source>
        <translation>البحث في كل المستندات عن: {query}</translation>
    </message>
</context>
<context>
    <name>WindowFollowing</name>
    <message>
        <location filename="../../ui/window_following.py" line="30" />
        <source>Cannot open document {id}: {reason}</source>
        <translation>تعذّر فتح المستند {id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/window_following.py" line="104" />
        <source>Open articles with {keys} or drop files here</source>
        <translation>افتح مقالات بـ {keys} أو أفلت الملفات هنا</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../ui/window_menus.py" line="115" />
        <source>&amp;Recent projects</source>
        <translation>المشاريع ال&amp;أخيرة</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../ui/opening.py" line="104" />
        <source>Stray files set aside</source>
        <extracomment>``ask(title, text) -&gt; bool`` asks a yes/no question; ``tell(title, text)`` reports an error.</extracomment>
        <translation>نُحّيت ملفات دخيلة جانبًا</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="126" />
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="128" />
        <source>Project is read-only</source>
        <translation>المشروع للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="130" />
        <source>Look at it now, without changing it?</source>
        <translation>هل تطّلع عليه الآن دون تغييره؟</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131" />
        <location filename="../../ui/file_ops.py" line="238" />
        <location filename="../../ui/opening.py" line="137" />
        <location filename="../../ui/opening.py" line="142" />
        <source>Cannot open the project</source>
        <translation>يتعذر فتح المشروع</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/team.py" line="310" />
        <source>Projects to merge</source>
        <translation>المشاريع المراد دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="310" />
        <location filename="../../ui/team.py" line="316" />
        <source>Projects (*.annot)</source>
        <translation>المشاريع (*.annot)</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="316" />
        <source>Merged project</source>
        <translation>المشروع المدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="325" />
        <source>Merged {n} projects: {spans} spans in layers {layers}</source>
        <translation>دُمج {n} من المشاريع: {spans} من المقاطع في الطبقات {layers}</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="334" />
        <source>Merging</source>
        <translation>جارٍ الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="335" />
        <source>Merging {n} projects into {name}</source>
        <translation>دمج {n} من المشاريع في {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="340" />
        <source>Merge failed</source>
        <translation>فشل الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="356" />
        <location filename="../../ui/team.py" line="360" />
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/team.py" line="357" />
        <source>Comparing the annotators' layers</source>
        <translation>مقارنة طبقات المُعلِّمين</translation>
    </message>
</context>
</TS>