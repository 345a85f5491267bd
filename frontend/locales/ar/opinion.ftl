# عبارات يصوّت عليها الشباب، وخريطة الآراء (المسألة 23).
cn-kind-statements = عبارات للتصويت
cn-kind-statements-hint = يوافق الشباب أو يعارضون أو يتخطّون عبارات قصيرة؛ ويمكنهم إضافة عباراتهم إن سمحت بذلك.
agg-kind-statements = عبارات
p-hint-statements = اختر لكل عبارة: أوافق أو لا أوافق أو تخطٍّ. يمكنك ترك أيّ منها.
p-vote-agree = أوافق
p-vote-disagree = لا أوافق
p-vote-pass = تخطٍّ
p-statement-add = أضف عبارتك الخاصة (اختياري)
p-statement-add-hint = جملة قصيرة واحدة، حتى 140 حرفًا. لا تكتب اسمك ولا أي شيء يدلّ على هويتك. سيراجعها شخص قبل أن يراها الآخرون.
p-err-statement-unknown = لا توجد هنا عبارة «{ $code }» للتصويت عليها.
p-err-vote = اختر أوافق أو لا أوافق أو تخطٍّ للعبارة «{ $code }».
p-err-statements-closed = إضافة العبارات غير متاحة لك في هذه الاستشارة.
p-err-statements-too-many = { $count ->
    [zero] لا يمكنك إضافة عبارات.
    [one] أضف عبارة واحدة على الأكثر.
    [two] أضف عبارتين على الأكثر.
    [few] أضف { $count } عبارات على الأكثر.
    [many] أضف { $count } عبارةً على الأكثر.
   *[other] أضف { $count } عبارة على الأكثر.
}
p-err-shape-votes = أرسل كائنًا فيه "votes" (رمز العبارة ← agree أو disagree أو pass) واختياريًا "new_statements" (قائمة نصوص).
cn-slot-statement = العبارة { $code } في السؤال { $question }
cn-question-statements = العبارات الأولى
cn-question-statements-hint = عبارات قصيرة يصوّت عليها الشباب، لكل منها رمز ثابت (يُصنع من النص إن تُرك فارغًا) ونصّها بكل لغة. تظهر هنا العبارات التي يضيفها الشباب بعد الإشراف.
cn-question-statements-shown = عدد العبارات المعروضة لكل شخص
cn-question-statements-shown-hint = تأتي العبارات الأولى أولًا، ثم العبارات الجديدة الأقل تصويتًا. إن تُرك فارغًا: 20.
cn-question-statements-allow = يمكن للشباب إضافة عبارات
cn-question-statements-allow-hint = تُزال البيانات الشخصية مما يضيفونه، وينتظر في قائمة الإشراف قبل أن يراه الآخرون.
cn-question-statements-age = أصغر عمر يمكنه إضافة عبارات
cn-question-statements-age-hint = لا يمكن للفئات العمرية التي تبدأ دون هذا العمر الإضافة. إن تُرك فارغًا: 13.
agg-opinion-heading = خريطة الآراء
agg-opinion-summary = أدلى { $participants } من الشباب بـ { $votes } صوتًا؛ مجموعات الرأي: { $groups }.
agg-opinion-group = المجموعة { $number }
agg-opinion-map = خريطة الآراء
agg-opinion-map-desc = كل منطقة مظلّلة مجموعة رأي: الشباب الذين صوّتوا بشكل متشابه قريبون من بعضهم. يسرد الجدول أدناه المجموعات نفسها.
agg-opinion-groups = مجموعات الرأي وما يميّز كلًّا منها
agg-opinion-group-col = المجموعة
agg-opinion-size-col = عدد الشباب
agg-opinion-representative-col = العبارات المميِّزة
agg-opinion-hidden = مخفي عن الأعضاء
agg-opinion-consensus = عبارات توافق عليها كل المجموعات
agg-opinion-divisive = عبارات تفرّق بين المجموعات
agg-opinion-consensus-by = التوافق عبر الفئات العمرية والبلدان والأجناس واللغات
agg-opinion-by-age_band = عبر الفئات العمرية
agg-opinion-by-country = عبر البلدان
agg-opinion-by-gender = عبر الأجناس
agg-opinion-by-language = عبر اللغات
agg-opinion-by-none = لا توجد مجموعات كافية بالحجم المطلوب للمقارنة.
agg-opinion-left-out = { $count ->
    [zero] لم تُستبعد أي مجموعة.
    [one] استُبعدت مجموعة واحدة: أصغر من الحد.
    [two] استُبعدت مجموعتان: أصغر من الحد.
    [few] استُبعدت { $count } مجموعات: أصغر من الحد.
    [many] استُبعدت { $count } مجموعةً: أصغر من الحد.
   *[other] استُبعدت { $count } مجموعة: أصغر من الحد.
}
agg-opinion-none = لا شيء بعد.
agg-opinion-api = خريطة الآراء بصيغة JSON

p-statement-progress = العبارة { $step } من { $steps }
p-statement-vote = صوتك على هذه العبارة
p-statement-back = العبارة السابقة
p-statements-done = رأيت كل العبارات. يمكنك تغيير أيّ صوت أدناه، ثم المتابعة.

# The Pol.is import through the API: why a conversation was refused (file names stay as they are).
imp-polis-missing = الملف { $file } مفقود: أرسل comments.csv وvotes.csv جزأين من طلب multipart/form-data.
imp-polis-column = لا يحتوي { $file } على العمود { $column }. لم يُستورد أي شيء.
imp-polis-unreadable = تعذرت قراءة { $file } بصيغة CSV. لم يُستورد أي شيء.
imp-polis-empty = تعذرت قراءة أي تعليق من comments.csv. لم يُستورد أي شيء.
