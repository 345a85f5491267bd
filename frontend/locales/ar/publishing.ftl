# التنزيلات والنشر والنتائج العامة
pub-col-field = الحقل
pub-col-value = القيمة
pub-col-question = السؤال
pub-col-kind = النوع
pub-col-text = النص
pub-col-answered = أجابوا
pub-col-skipped = لم يجيبوا
pub-col-group = الفئة
pub-col-group-label = اسم الفئة
pub-col-group-responses = عدد الشباب في الفئة
pub-col-option = الخيار
pub-col-option-label = الإجابة
pub-col-count = العدد
pub-col-percent = النسبة المئوية
pub-col-suppressed = مخفي (فئة صغيرة)
pub-col-average-rank = متوسط الترتيب
pub-col-from = من
pub-col-to = إلى
pub-col-statistic = المؤشر
pub-col-language = اللغة
pub-col-term = الكلمة
pub-col-quote = الاقتباس
pub-col-dimension = البعد
pub-about = عن هذا الملخص
pub-overview = نظرة عامة
pub-questions = الأسئلة
pub-options = الإجابات
pub-bins = الفئات الرقمية
pub-statistics = الإحصاءات
pub-answered-table = من أجاب ومن لم يجب
pub-key-terms = الكلمات الرئيسية
pub-quotes = اقتباسات موافق على نشرها
pub-representativeness = من شارك
pub-by = حسب { $dimension }
pub-field-title = العنوان
pub-field-slug = الاسم المختصر
pub-field-language = اللغة
pub-field-audience = مُعدّ لـ
pub-field-responses = الردود
pub-field-generated = حُسبت الأرقام في
pub-field-methodology = المنهجية
pub-audience-facilitator = الميسّرون (كل الأرقام)
pub-audience-member = أعضاء الفريق
pub-audience-public = الجمهور
pub-methodology = أجاب الشباب دون الكشف عن هويتهم، وكانت كل إجابة اختيارية. النسب المئوية محسوبة ممن أجابوا عن السؤال. لحماية الشباب، لا يُعرض أي عدد يستند إلى أقل من { $threshold } منهم، ولا أي رقم يمكن استنتاجه منه. راجع مشرفٌ النصوص الحرة قبل اقتباس أي منها.
pub-answered-of = أجاب { $answered }، ولم يجب { $skipped }
pub-responses = الردود: { $count }
pub-hidden-note = — : عدد الشباب أقل من الحد
pub-report-context = السياق
pub-report-methodology = كيف أُعدّت الأرقام
pub-report-results = النتائج
pub-chart-desc = تُظهر الأشرطة نسبة الشباب الذين اختاروا كل إجابة.
pub-download-summary-csv = الملخص (CSV)
pub-download-summary-xlsx = الملخص (Excel)
pub-download-summary-json = الملخص (JSON)
pub-download-responses-csv = الإجابات مجهولة الهوية (CSV)
pub-download-responses-xlsx = الإجابات مجهولة الهوية (Excel)
pub-download-report-pdf = التقرير (PDF)
pub-downloads = التنزيلات
pub-manage-title = التنزيلات والنشر
pub-manage-link = العودة إلى إدارة هذه الاستشارة: التنزيلات والنشر و«ماذا فعلنا بآرائكم»
pub-publish-heading = نشر النتائج
pub-publish-intro = النشر يضع النتائج في صفحة عامة يستطيع أي شخص فتحها دون كلمة مرور. تُثبَّت الأرقام كما هي الآن.
pub-pending = { $count ->
    [zero] لا توجد إجابات حرة تنتظر الإشراف.
    [one] إجابة حرة واحدة ما زالت تنتظر الإشراف.
    [two] إجابتان حرتان ما زالتا تنتظران الإشراف.
    [few] { $count } إجابات حرة ما زالت تنتظر الإشراف.
    [many] { $count } إجابة حرة ما زالت تنتظر الإشراف.
   *[other] { $count } إجابة حرة ما زالت تنتظر الإشراف.
}
pub-skip-moderation = النشر دون الإجابات التي ما زالت تنتظر الإشراف
pub-publish-button = نشر النتائج
pub-only-closed = لا يمكن نشر إلا استشارة مغلقة.
pub-is-published = النتائج منشورة:
pub-error-not-closed = لا يمكن نشر إلا استشارة مغلقة؛ وحالة هذه الاستشارة { $status }.
pub-error-pending = عدد الإجابات الحرة التي ما زالت تنتظر الإشراف: { $count }. راجعها أولاً، أو اختر المربع للنشر دونها.
pub-error-pending-overview = عدد الإجابات الحرة التي ما زالت تنتظر الإشراف: { $count }. راجعها أولاً، أو انشر النتائج دونها من صفحة النشر.
pub-error-safeguarding = عدد حالات الإفصاح المحتملة عن أذى التي ما زالت مفتوحة: { $count }. يجب على مسؤول الحماية في المجموعة تسجيل ما تم فعله قبل نشر النتائج.
pub-feedback-title = ماذا فعلنا بآرائكم
pub-feedback-intro = أخبروا الشباب بكل لغة كيف استخدم الفريق إجاباتهم. اتركوا سطراً فارغاً بين الفقرات.
pub-feedback-in = النص باللغة
pub-feedback-save = حفظ
pub-results-title = النتائج المنشورة
pub-results-intro = نتائج الاستشارات مع الشباب، متاحة للجميع.
pub-results-none = لم تُنشر أي نتائج بعد.
pub-published-on = نُشرت في
pub-open-data = بيانات مفتوحة (JSON)
pub-cite = الاستشهاد بهذه النتائج
pub-cite-intro = الرابط الدائم:
pub-licence = منشورة بموجب رخصة المشاع الإبداعي نسب المصنف 4.0 (CC BY 4.0).
pub-feedback-link = هل شاركت؟ اعرف ماذا حدث لآرائك
pub-feedback-page-title = ماذا حدث لآرائك
pub-feedback-page-intro = اكتب رمز الإجابات الذي حصلت عليه عند إرسال إجاباتك لترى ماذا فعل الفريق بها.
pub-feedback-unknown-code = لا نعرف هذا الرمز. تحقق منه وحاول مرة أخرى.
pub-feedback-you-took-part = شاركت في هذه الاستشارة. شكراً لك!
pub-feedback-not-yet = لم يكتب الفريق عن ذلك بعد. عد لاحقاً.
pub-see-results = عرض النتائج

# Archived results stay published; an administrator may withdraw them.
pub-archived = مؤرشفة
pub-archived-note = انتهت الاستشارة وأُرشفت؛ تبقى نتائجها منشورة هنا ولن تتغير بعد الآن.
pub-withdraw-heading = سحب النشر
pub-withdraw-intro = لا يستطيع ذلك إلا المشرفون العامون. ستعرض صفحة النتائج وتنزيلاتها ومدخلها في البيانات المفتوحة السبب الذي تكتبه بدل النتائج. لا يمكن التراجع عن ذلك.
pub-withdraw-reason = السبب الذي سيقرؤه الجمهور
pub-withdraw-button = سحب النتائج
pub-withdraw-reason-missing = اكتب السبب الذي سيقرؤه الجمهور بدل النتائج.
pub-withdraw-reason-long = { $max ->
    [one] يمكن أن يتكون السبب من حرف واحد على الأكثر.
    [two] يمكن أن يتكون السبب من حرفين على الأكثر.
    [few] يمكن أن يتكون السبب من { $max } أحرف على الأكثر.
    [many] يمكن أن يتكون السبب من { $max } حرفًا على الأكثر.
   *[other] يمكن أن يتكون السبب من { $max } حرف على الأكثر.
}
pub-withdrawn-title = سُحبت هذه النتائج
pub-withdrawn-intro = سحب أحد المشرفين العامين النتائج المنشورة لهذه الاستشارة للسبب التالي:
pub-withdrawn-on = تاريخ السحب
pub-headlines-heading = ما توصّلنا إليه
pub-headlines-title = أبرز النتائج
pub-headlines-intro = من ثلاث إلى خمس نتائج قصيرة، نتيجة في كل سطر، بكل لغة. تظهر في أول صفحة النتائج العامة.
pub-headlines-in = النتائج باللغة
pub-headlines-save = حفظ النتائج
pub-headlines-too-many = { $max ->
    [one] اكتب نتيجة واحدة على الأكثر، نتيجة في كل سطر.
    [two] اكتب نتيجتين على الأكثر، نتيجة في كل سطر.
    [few] اكتب { $max } نتائج على الأكثر، نتيجة في كل سطر.
    [many] اكتب { $max } نتيجة على الأكثر، نتيجة في كل سطر.
   *[other] اكتب { $max } نتيجة على الأكثر، نتيجة في كل سطر.
} ({ $count ->
    [zero] لا أسطر الآن
    [one] سطر واحد الآن
    [two] سطران الآن
    [few] { $count } أسطر الآن
    [many] { $count } سطرًا الآن
   *[other] { $count } سطر الآن
})
pub-headlines-too-long = { $max ->
    [one] النتيجة { $line } طويلة جدًا: حرف واحد على الأكثر.
    [two] النتيجة { $line } طويلة جدًا: حرفان على الأكثر.
    [few] النتيجة { $line } طويلة جدًا: { $max } أحرف على الأكثر.
    [many] النتيجة { $line } طويلة جدًا: { $max } حرفًا على الأكثر.
   *[other] النتيجة { $line } طويلة جدًا: { $max } حرف على الأكثر.
}
