agg-page-title = الملخص
agg-status = الحالة:
agg-responses = الردود:
# "12 people, 87 answers": young people who answered and the answers they gave (also on the projector).
agg-people-answers = { $people ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $people } أشخاص
    [many] { $people } شخصًا
   *[other] { $people } شخص
  }، { $answers ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $answers } إجابات
    [many] { $answers } إجابةً
   *[other] { $answers } إجابة
  }
agg-status-draft = مسودة
agg-status-open = مفتوحة
agg-status-live = مباشرة
agg-status-closed = مغلقة
agg-status-published = منشورة
agg-status-archived = مؤرشفة
agg-facilitator-note = ترى جميع الأرقام. الأرقام المعلَّمة بعلامة * مبنية على أقل من { $count } من الشباب، أو قد تكشف رقمًا كهذا: يرى أعضاء المجموعة والجمهور «أقل من { $count }» بدلًا منها.
agg-member-note = لحماية الشباب، يُعرض كل عدد يقل عن { $count } أشخاص على أنه «أقل من { $count }»، وكذلك كل رقم يمكن استنتاجه منه.
agg-hidden-marker = (مخفي عن الأعضاء والجمهور)
agg-fewer-than = أقل من { $count }
agg-hidden = مخفي
agg-controls = الجداول المتقاطعة والتصفية
agg-by-label = تفصيل كل سؤال حسب
agg-by-hint = يعرض كل سؤال لكل فئة، في جدول وفي أشرطة مكدسة.
agg-by-none = بدون تفصيل
agg-filter-label = عرض شباب فئة واحدة فقط
agg-filter-hint = استخدم إما التفصيل وإما التصفية، لا الاثنين معًا.
agg-filter-none = الجميع
agg-question-label = السؤال
agg-question-all = كل الأسئلة
agg-apply = عرض
agg-reset = البدء من جديد
agg-error-one-view = اختر إما التفصيل وإما التصفية، لا الاثنين.
agg-view-filtered = الشباب الذين { $dimension } لديهم: { $group } فقط.
agg-view-by = كل سؤال مفصَّل حسب { $dimension }.
agg-dim-age_band = الفئة العمرية
agg-dim-country = البلد
agg-dim-gender = النوع الاجتماعي
agg-dim-language = اللغة
agg-dim-phase = المرحلة
agg-not-stated = غير مذكور
agg-gender-girl = الفتيات
agg-gender-boy = الفتيان
agg-gender-self_described = وصفوه بكلماتهم
agg-gender-prefer_not_to_say = فضّلوا عدم الإفصاح
agg-phase-before = قبل الاجتماع
agg-phase-during = أثناء الاجتماع
agg-who-answered = من أجاب
agg-totals-by = الردود حسب { $dimension }
agg-young-people = الشباب
agg-representativeness = التمثيل
agg-no-targets = لم تُحدَّد أهداف لهذه الاستشارة، لذا لا يوجد ما نقارن به.
agg-targets-caption = نسبة الردود مقارنة بالهدف
agg-target = الهدف
agg-reached = المُحقَّق
agg-heard = هل سُمع صوتهم بما يكفي؟
agg-under-heard-short = صوتهم غير مسموع بما يكفي
agg-heard-ok = نعم
agg-nobody-under-heard = بلغت كل فئة لها هدف أربعة أخماس هدفها على الأقل.
agg-under-heard = أصوات هذه الفئات غير مسموعة بما يكفي (أقل من أربعة أخماس هدفها)، فاقرأ النتائج بحذر وفكّر في التواصل معها:
agg-no-questions = لا توجد في هذه الاستشارة أسئلة لتلخيصها بعد.
agg-answered-skipped = أجاب { $answered }، ولم يُجب { $skipped }
agg-answered = أجابوا
agg-chart-desc = إجابات { $answered } من الشباب. الأرقام نفسها في الجدول أسفل الرسم البياني.
agg-all = الجميع
agg-option = الخيار
agg-ranked-first = في المرتبة الأولى
agg-average-rank = متوسط الترتيب (1 = الأول)
agg-table-caption = أرقام الرسم البياني
agg-bin = المدى
agg-mean = المتوسط
agg-median = الوسيط
agg-median-option = الإجابة الوسطى
agg-q1 = الربيع الأول
agg-q3 = الربيع الثالث
agg-min = أصغر قيمة
agg-max = أكبر قيمة
agg-crosstab = جدول متقاطع
agg-crosstab-title = { $question } حسب { $dimension }
agg-crosstab-desc = شريط لكل فئة مقسَّم حسب الإجابة، مع النسب المئوية من الذين أجابوا في الفئة. الأرقام نفسها في الجدول أدناه.
agg-crosstab-caption = الأرقام حسب { $dimension } (نسب مئوية من الذين أجابوا في كل فئة)
agg-text-heading = ما كتبه الشباب
agg-text-answers = الإجابات المحلَّلة:
agg-no-text = لا توجد إجابات تمت مراجعتها بعد. يظهر النص الحر بعد أن يراجعه أحد الميسّرين.
agg-no-terms = لا توجد كلمة متكررة بما يكفي لعرضها.
agg-key-terms = الكلمات الرئيسية (عدد الإجابات التي تستخدمها):
agg-phrases = العبارات:
agg-cloud-title = الكلمات الرئيسية في «{ $question }» باللغة: { $language }
agg-cloud-desc = سحابة كلمات: كلما زاد عدد الإجابات التي تستخدم الكلمة كُتبت بحجم أكبر. الكلمات نفسها مدرجة أدناه.
agg-quotes = اقتباسات معتمدة
agg-no-quotes = لم يُعتمد أي اقتباس بعد.
agg-preview-heading = معاينة للميسّرين: تشمل إجابات تنتظر الإشراف
agg-preview-note = لا يرى أحد غيرك هذه المعاينة. وهي تشمل إجابات لم يراجعها أحد بعد.
agg-api-link = هذه الأرقام بصيغة JSON (واجهة البرمجة)
agg-kind-single_choice = اختيار واحد
agg-kind-multiple_choice = اختيارات متعددة (قد يزيد مجموع النسب على 100)
agg-kind-scale = مقياس الموافقة
agg-kind-rating = تقييم
agg-kind-ranking = ترتيب
agg-kind-number = رقم
agg-kind-short_text = نص قصير
agg-kind-long_text = نص طويل
agg-kind-info = معلومات
agg-contents = الأسئلة في لمحة
agg-preview-show = اعرض المعاينة مع الإجابات التي تنتظر الإشراف
agg-key-heading = الأرقام الرئيسية
agg-key-people = الشباب الذين أجابوا
agg-key-completion = أجابوا عن السؤال الأخير
agg-key-timeline = الإجابات في كل يوم
agg-key-busiest = اليوم الأكثر نشاطًا: { $day } ({ $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
})
agg-key-timeline-label = الإجابات في كل يوم من { $first } إلى { $last }. { $busiest }
agg-answered-share = أجاب { $percent }٪ من الجميع
