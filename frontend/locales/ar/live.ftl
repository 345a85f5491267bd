# وضع الاجتماع المباشر: الهواتف وجهاز العرض وصفحة الميسّر.

live-title = أسئلة مباشرة
live-session-code = رمز الانضمام
live-join-button = انضمام
live-unknown-title = لم نجد هذا الاجتماع
live-unknown-text = ربما كُتب الرمز بشكل خاطئ، أو انتهى الاجتماع. تحقّق من الرمز على الشاشة وحاول مرة أخرى.
live-unknown-again = اكتب الرمز الظاهر على الشاشة
live-setup-title = قبل أن تبدأ
live-setup-language = بأي لغة تريد أن تجيب؟
live-setup-age = كم عمرك؟
live-setup-age-hint = نسأل عن الفئة العمرية فقط، ولا نسأل أبدًا عن تاريخ ميلادك.
live-age-under = أصغر من { $age }
live-age-band = من { $min } إلى { $max }
live-guardian-label = أحد الوالدين أو الوصي أو المعلّم يوافق على مشاركتي
live-guardian-hint = مطلوب فقط إذا كان عمرك أقل من { $age }.
live-err-language = اختر لغة.
live-err-age = اختر فئتك العمرية.
live-err-guardian = اسأل أحد الوالدين أو الوصي أو المعلّم، ثم ضع علامة في المربع.
live-err-empty = اختر إجابة أو اكتبها قبل الإرسال.
live-err-ranking = أعطِ خيارًا واحدًا على الأقل ترتيبًا قبل الإرسال.
live-waiting-title = انظر إلى الشاشة الكبيرة
live-waiting-text = سيظهر السؤال التالي هنا تلقائيًا.
live-too-young-title = شكرًا لحضورك
live-too-young-text = هذه الأسئلة لليافعين الأكبر سنًا. يمكنك متابعة الشاشة الكبيرة مع الجميع.
live-answered-title = وصلت إجابتك
live-answered-text = شكرًا! انظر إلى الشاشة الكبيرة. سيظهر السؤال التالي هنا تلقائيًا.
live-receipt = رمز إجاباتك (لسحب هذه الإجابة لاحقًا):
live-question-title = السؤال
live-send = أرسل إجابتي
live-refresh = تحقّق من وجود سؤال جديد
live-refused-title = هذا السؤال مغلق
live-refused-text = لم تُحفظ إجابتك لأن السؤال أُغلق الآن. انظر إلى الشاشة الكبيرة لترى السؤال التالي.
live-present-title = النتائج المباشرة
live-present-join = انضم من هاتفك:
live-qr-label = رمز QR للانضمام إلى الاجتماع
live-no-question = سيظهر السؤال الأول هنا قريبًا.
live-results-hidden = ستُعرض النتائج قريبًا.
live-answers-count = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
live-too-few = { $threshold ->
    [one] ستظهر النتائج عندما يجيب شخص واحد.
    [two] ستظهر النتائج عندما يجيب شخصان.
    [few] ستظهر النتائج عندما يجيب { $threshold } أشخاص.
    [many] ستظهر النتائج عندما يجيب { $threshold } شخصًا.
   *[other] ستظهر النتائج عندما يجيب { $threshold } شخص.
}
live-fewer-than = أقل من { $threshold }
live-chart-desc = عدد الأشخاص الذين اختاروا كل إجابة.
live-mean = المتوسط
live-median = القيمة الوسطى
live-state-waiting = لم يُطرح بعد
live-state-open = مفتوح
live-state-closed = مغلق
live-start-title = جلسة مباشرة
live-start-text = ابدأ جلسة مباشرة لطرح الأسئلة واحدًا تلو الآخر أثناء الاجتماع. ستحصل على رمز ورمز QR للقاعة.
live-start-button = ابدأ الجلسة المباشرة
live-start-not-open = افتح الاستشارة قبل بدء جلسة مباشرة.
live-start-no-phase = فعّل أولًا مرحلة «أثناء الاجتماع» في إعدادات الاستشارة.
live-start-no-question = لا تحتوي الاستشارة على أي سؤال.
live-api-unknown-action = إجراء غير معروف: استخدم open أو close أو reveal أو hide.
live-control-title = إدارة الجلسة المباشرة
live-open-presenter = افتح عرض جهاز العرض
live-control-questions = الأسئلة، واحدًا تلو الآخر
live-col-question = السؤال
live-col-state = الحالة
live-col-answers = الإجابات
live-col-actions = الإجراءات
live-current = على الشاشة
live-revealed = النتائج معروضة
live-action-open = افتح
live-action-close = أغلق
live-action-reveal = اعرض النتائج
live-action-hide = أخفِ النتائج
live-moderation-status = النصوص: { $shown } معروضة، { $held } قيد الإشراف، { $approved } مقبولة، { $rejected } مخفية
live-end-text = إنهاء الجلسة يوقف الرمز. تبقى الإجابات في ملخص الاستشارة.
live-end-button = أنهِ الجلسة المباشرة
live-people-answers = { $people ->
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
live-fullscreen = ملء الشاشة
live-fullscreen-exit = الخروج من ملء الشاشة
live-new-question = ظهر سؤال جديد على شاشتك.
live-votes-count = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
live-statements-top = العبارات الأكثر تصويتًا
live-opinion-forming = تظهر خريطة الآراء عندما يصوّت عدد كافٍ من الأشخاص على { $votes } عبارات على الأقل لكلٍّ منهم. { $threshold ->
    [one] لا تُعرض المجموعات التي تضم أقل من شخص واحد.
    [two] لا تُعرض المجموعات التي تضم أقل من شخصين.
    [few] لا تُعرض المجموعات التي تضم أقل من { $threshold } أشخاص.
    [many] لا تُعرض المجموعات التي تضم أقل من { $threshold } شخصًا.
   *[other] لا تُعرض المجموعات التي تضم أقل من { $threshold } شخص.
}
