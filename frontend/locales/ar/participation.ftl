# رحلة الشباب. كلمات بسيطة: بعض القرّاء في التاسعة من العمر.

p-start = ابدأ
p-continue = متابعة
p-back = رجوع
p-change = تغيير
p-send = أرسل إجاباتي
p-opens-new-tab = (تُفتح في علامة تبويب جديدة)
p-questions-title = رأيك
p-required-mark = (يجب أن تجيب عن هذا السؤال)
p-no-answer = أفضّل ألّا أجيب
p-not-answered = بلا إجابة
p-rank-none = بلا ترتيب
p-results-link = اطّلع على نتائج هذه الاستشارة
p-all-results-link = اطّلع على النتائج المنشورة
p-withdraw-link = استرجع إجاباتي
p-duration = { $count ->
    [zero] تستغرق أقل من دقيقة.
    [one] تستغرق دقيقة واحدة تقريبًا.
    [two] تستغرق دقيقتين تقريبًا.
    [few] تستغرق { $count } دقائق تقريبًا.
   *[other] تستغرق { $count } دقيقة تقريبًا.
}
p-progress = الخطوة { $step } من { $steps }

p-chars-left = الأحرف المتبقية:
p-chars-over = الأحرف الزائدة:

# الصفحة الأولى
p-landing-asked-by = الجهة التي تسأل: { $group }
p-landing-anonymous = إجاباتك مجهولة الهوية. لا نسألك أبدًا عن اسمك أو بريدك الإلكتروني أو رقم هاتفك.
p-landing-skip-all = يمكنك تخطّي أي سؤال.
p-landing-skip-most = يمكنك تخطّي معظم الأسئلة. الأسئلة القليلة التي يجب أن تجيب عنها عليها علامة.
p-landing-why-heading = لماذا نسألك
p-landing-data-heading = ماذا يحدث لإجاباتك
p-landing-data-promise = تُجمع إجاباتك مع إجابات شباب آخرين. لن يعرف أحد أيّ الإجابات لك. وقبل أن يرى أحد ما كتبته، يراجعه شخص ويحذف المعلومات الشخصية.
p-landing-results-heading = متى يمكنك رؤية النتائج
p-landing-results-default = ستُنشر النتائج على هذا الموقع، لترى ما فعلته المجموعة برأيك.
p-landing-withdraw = غيّرت رأيك بعد الإجابة؟ استرجع إجاباتك.

# مغلقة أو لم تُفتح بعد
p-closed-title = انتهت هذه الاستشارة
p-closed-text = لم تعد تقبل إجابات. شكرًا لكل من شارك.
p-closed-not-yet-title = لم تُفتح هذه الاستشارة بعد
p-closed-not-yet = لا يمكنك الإجابة الآن. عُد لاحقًا من فضلك.
p-closed-opens-on = تُفتح في { $date }.
p-meeting-only-title = تجمع هذه المشاورة الإجابات أثناء الاجتماع
p-meeting-only = تُقدَّم الإجابات أثناء الاجتماع باستخدام الرمز المعروض على الشاشة في القاعة أو عبر الإنترنت.
p-meeting-only-join = أدخل الرمز

# رمز الدخول
p-access-title = اكتب رمز مجموعتك
p-access-hint = الرمز عند معلّمك أو عند الشخص الذي يدير الجلسة. مثلًا K7P-4MX.

# العمر
p-age-title = كم عمرك؟
p-age-hint = اختر فئتك العمرية. لا نسألك أبدًا عن تاريخ ميلادك.
p-age-band = من { $min } إلى { $max } سنة
p-age-under = { $count ->
    [few] أصغر من { $count } سنوات
   *[other] أصغر من { $count } سنة
}
p-too-young-title = شكرًا لأنك تريد المشاركة
p-too-young-text = { $count ->
    [few] هذه الاستشارة للشباب من عمر { $count } سنوات فما فوق. نأسف لأنك لا تستطيع الإجابة عنها. رأيك مهم، وستكون هناك طرق أخرى لمشاركته.
   *[other] هذه الاستشارة للشباب من عمر { $count } سنة فما فوق. نأسف لأنك لا تستطيع الإجابة عنها. رأيك مهم، وستكون هناك طرق أخرى لمشاركته.
}
p-too-young-results = يمكنك مع ذلك أن ترى ما قاله الشباب الآخرون عندما تُنشر النتائج.
p-too-young-back = اخترت العمر الخطأ

# موافقة شخص بالغ
p-consent-title = اسأل شخصًا بالغًا أولًا
p-consent-intro = بسبب عمرك، نحتاج إلى أن يوافق أحد والديك أو وليّ أمرك أو معلّمك على مشاركتك. أرِه هذه الصفحة من فضلك.
p-consent-adult-heading = للشخص البالغ
p-consent-anonymous = الإجابات مجهولة الهوية: لا نسأل عن اسم الطفل أو بريده الإلكتروني أو رقم هاتفه أو مكان سكنه.
p-consent-skip = يمكنه تخطّي أي سؤال والتوقف في أي وقت.
p-consent-nothing-stored = لا نحفظ أي شيء عنك.
p-consent-check = أنا أحد والدي هذا الطفل أو وليّ أمره أو معلّمه، وأوافق على مشاركته.

# عنك
p-about-title = عنك
p-about-intro = تساعدنا هذه الأسئلة على معرفة ما إذا كان شباب من كل الأنواع قد شاركوا. يمكنك تخطّيها.
p-about-country = في أي بلد تعيش؟
p-about-country-hint = نسأل عن البلد فقط، ولا نسأل أبدًا عن مدينتك أو عنوانك.
p-about-country-none = أفضّل ألّا أقول
p-about-gender = كيف تصف نفسك؟
p-about-gender-hint = اختر إجابة واحدة، أو تخطَّ هذا السؤال.
p-about-gender-description = بكلماتك الخاصة (إن أردت)
p-gender-girl = فتاة أو شابة
p-gender-boy = فتى أو شاب
p-gender-self_described = أصف نفسي بطريقة أخرى
p-gender-prefer_not_to_say = أفضّل ألّا أقول

# إرشادات تحت الأسئلة
p-hint-choose-any = اختر كل ما ينطبق.
p-hint-choose-up-to = { $count ->
    [one] اختر إجابة واحدة على الأكثر.
    [two] اختر إجابتين على الأكثر.
    [few] اختر حتى { $count } إجابات.
   *[other] اختر حتى { $count } إجابة.
}
p-hint-ranking = { $count ->
    [one] أعطِ اختيارك الأول الرقم 1. يمكنك ترك الباقي فارغًا.
   *[other] رقّم اختياراتك المفضلة من 1 (الأهم) حتى { $count }، وكل رقم مرة واحدة. يمكنك ترك الباقي فارغًا.
}
p-hint-number-range = رقم من { $min } إلى { $max }.
p-hint-number-min = رقم يساوي { $min } أو أكثر.
p-hint-number-max = رقم يساوي { $max } أو أقل.
p-hint-characters = { $count ->
    [one] حتى حرف واحد.
    [two] حتى حرفين.
    [few] حتى { $count } أحرف.
   *[other] حتى { $count } حرفًا.
}
p-condition-equals = أجب عن هذا السؤال إذا اخترت «{ $option }» في «{ $question }».
p-condition-includes = أجب عن هذا السؤال إذا حدّدت «{ $option }» في «{ $question }».
p-condition-not-answered = أجب عن هذا السؤال إذا تخطّيت «{ $question }».

# راجع إجاباتك
p-check-title = راجع إجاباتك
p-check-intro = ألقِ نظرة عليها قبل إرسالها. يمكنك تغيير أي إجابة.
p-check-about = عنك
p-check-age = فئتك العمرية
p-check-personal-details = قبل حفظ إجابتك، نحذف مما كتبته عناوين البريد الإلكتروني وأرقام الهواتف والروابط وأسماء المستخدمين والعناوين البريدية. الأسماء لا تُحذف: لا تكتب اسم أي شخص، ولا حتى اسمك.
p-check-send-heading = هل أنت مستعد؟
p-check-send-text = عندما ترسل إجاباتك، تحصل على رمز. احتفظ به: إنه الطريقة الوحيدة لاسترجاع إجاباتك.

# شكرًا
p-thanks-title = شكرًا! أُرسلت إجاباتك
p-thanks-receipt-label = رمزك:
p-thanks-copy = انسخ الرمز
p-thanks-copied = تم النسخ
p-thanks-print = اطبع هذه الصفحة أو احفظها
p-thanks-keep-code = اكتب هذا الرمز أو التقط له صورة. لن نعرضه مرة أخرى، ولا نستطيع العثور على إجاباتك من دونه.
p-thanks-repeated = لقد أرسلت هذه الإجابات من قبل. حُفظت مرة واحدة فقط.
p-thanks-next-heading = ماذا يحدث بعد ذلك
p-thanks-next = ستقرأ المجموعة إجابات كل الشباب معًا وتستخدمها في عملها.
p-thanks-help-heading = إذا كان شيء ما يؤذيك
p-thanks-help-text = شكرًا لأنك أخبرتنا. لست مضطرًا إلى مواجهة ذلك وحدك. يمكن لخط مساعدة الأطفال أن يستمع إليك ويساعدك مجانًا ومن دون أن يسألك عن اسمك. إذا كنت في خطر الآن، اتصل برقم الطوارئ في بلدك أو اذهب إلى شخص بالغ تثق به.
p-thanks-help-link = اعثر على المساعدة الآن
p-thanks-withdraw-heading = إذا غيّرت رأيك
p-thanks-withdraw = يمكنك استرجاع إجاباتك في أي وقت قبل حذفها. ستحتاج إلى رمزك.

# الإجابات نفسها أُرسلت مرتين لكنها مختلفة
p-conflict-title = أُرسلت هذه الإجابات من قبل
p-conflict-text = أُرسلت إجاباتك من قبل، ثم تغيّر شيء فيها. لم نحفظ التغييرات، لذلك بقيت إجاباتك الأولى.
p-conflict-what-to-do = إذا أردت أن تجيب بطريقة مختلفة، استرجع إجاباتك الأولى برمزك أولًا، ثم أجب من جديد.

# صفحة تغيّرت أو تعطّلت
p-start-again-title = ابدأ من جديد من فضلك
p-start-again-text = لم نتمكن من قراءة إجاباتك من هذه الصفحة. قد يحدث هذا عندما تتغيّر الصفحة أو تبقى مفتوحة مدة طويلة جدًا. لم يُرسل أي شيء. نأسف لذلك!
p-start-again-link = ابدأ من جديد

# الأخطاء
p-error-summary = هناك مشكلة
p-error-label = خطأ:
p-error-prefix = خطأ:
p-error-title = خطأ: { $title }
p-error-about = «{ $question }» — { $message }
p-err-submission-missing = معرّف الإرسال مفقود.
p-err-submission-malformed = يجب أن يكون معرّف الإرسال بصيغة UUID.
p-err-language = اختر إحدى لغات هذه الاستشارة.
p-err-access-code = هذا الرمز غير صحيح. تحقّق منه مع الشخص الذي أعطاك إياه.
p-err-age-required = اختر فئتك العمرية.
p-err-age-band = اختر إحدى الفئات العمرية المعروضة.
p-err-too-young = هذه الاستشارة لشباب أكبر سنًا.
p-err-guardian = يجب أن يوافق أحد الوالدين أو وليّ الأمر أو المعلّم أولًا.
p-err-guardian-required = يجب أن يضع شخص بالغ علامة في المربع قبل أن تتمكن من المتابعة.
p-err-country = اختر بلدًا من القائمة.
p-err-gender = اختر إحدى الإجابات المعروضة.
p-err-gender-description-alone = الكلمات التي تصف بها نفسك تأتي مع «أصف نفسي بطريقة أخرى».
p-err-required = أجب عن هذا السؤال لتتابع.
p-err-unknown-option = اختر إحدى الإجابات المعروضة.
p-err-duplicate-option = يمكن اختيار كل إجابة مرة واحدة فقط.
p-err-too-many = { $count ->
    [one] اختر إجابة واحدة على الأكثر.
    [two] اختر إجابتين على الأكثر.
    [few] اختر { $count } إجابات على الأكثر.
   *[other] اختر { $count } إجابة على الأكثر.
}
p-err-ranking = { $count ->
    [one] أعطِ الرقم 1 لعنصر واحد فقط.
   *[other] استخدم كل رقم من 1 إلى { $count } مرة واحدة على الأكثر.
}
p-err-number = اكتب رقمًا، مثلًا 12.
p-err-number-range = اكتب رقمًا من { $min } إلى { $max }.
p-err-number-min = اكتب رقمًا يساوي { $min } أو أكثر.
p-err-number-max = اكتب رقمًا يساوي { $max } أو أقل.
p-err-text-too-long = إجابتك فيها { $count } حرفًا. اجعلها { $max } حرفًا أو أقل من فضلك.
p-err-hidden-question = هذا السؤال لا يُطرح مع إجاباتك الأخرى.
p-err-info-answered = هذه معلومة وليست سؤالًا: لا تحتاج إلى إجابة.
p-err-unknown-question = لا يوجد سؤال بهذا المفتاح.
p-err-shape-code = أعطِ رمز خيار واحدًا كنص.
p-err-shape-codes = أعطِ قائمة برموز الخيارات.
p-err-shape-ranking = أعطِ رموز الخيارات التي ترتّبها، الأفضل أولًا، كقائمة.
p-err-shape-number = أعطِ رقمًا.
p-err-shape-text = أعطِ نصًا.
p-err-shape-string = أعطِ سلسلة نصية.
p-err-shape-bool = أعطِ true أو false.
p-err-shape-answers = أعطِ الإجابات ككائن مفاتيحه مفاتيح الأسئلة.

# المساعدة
p-help-phone = الهاتف:

# الانضمام برمز
p-join-title = اكتب رمزك
p-join-hint = الرمز الذي أُعطي لك، مثلًا K7P-4MX.
p-join-button = انضم
p-join-empty = اكتب الرمز الذي أُعطي لك.
p-join-unknown = لم نجد هذا الرمز. تحقّق من الحروف والأرقام وحاول مرة أخرى.

# استرجاع الإجابات
p-withdraw-title = استرجع إجاباتك
p-withdraw-intro = إذا كنت لا تريد أن تُستخدم إجاباتك، اكتب الرمز الذي حصلت عليه عندما أرسلتها. ستُحذف إجاباتك.
p-withdraw-code = رمزك
p-withdraw-hint = مثلًا K7P-4MX-9QA-TRE. الحروف الصغيرة والكبيرة كلاهما يعمل.
p-withdraw-empty = اكتب رمزك.
p-withdraw-not-found = لم نجد إجابات بهذا الرمز. تحقّق منه وحاول مرة أخرى. تُحذف الإجابات أيضًا من تلقاء نفسها بعد مدة من انتهاء الاستشارة.
p-withdraw-lost = أضعت رمزك؟ لا نستطيع العثور على إجاباتك من دونه، لأننا لا نعرف من أنت.
p-withdraw-confirm-title = هل أنت متأكد؟
p-withdraw-confirm-question = هل تريد حذف إجاباتك عن «{ $title }»؟
p-withdraw-confirm-text = لا يمكن التراجع عن هذا.
p-withdraw-confirm-button = نعم، احذف إجاباتي
p-withdraw-keep = لا، احتفظ بإجاباتي
p-withdrawn-title = حُذفت إجاباتك
p-withdrawn-text = شكرًا لأنك أخبرتنا. لن تُستخدم إجاباتك.
p-withdrawn-before-title = سُحبت هذه الإجابات
p-withdrawn-before-text = لقد سحبت هذه الإجابات برمز الإيصال، لذلك لم تُرسل مرة أخرى. إذا أردت أن تجيب من جديد، ابدأ إجابات جديدة.

## Offline answering
off-shared = هذا هاتف أو حاسوب مشترك: لا تحتفظ بأي شيء عليه بعد الإرسال
off-saved = حُفظت على هذا الهاتف. سترسل إجاباتك عندما تتصل بالإنترنت.
off-waiting = إجابة واحدة تنتظر الإرسال.
off-sending = جارٍ إرسال إجاباتك…
off-sent = أُرسلت إجاباتك. رمزك الذي تحتفظ به:
off-closed = انتهت الاستشارة قبل أن تُرسل إجاباتك، لذلك حُذفت من هذا الهاتف.
off-refused = تعذّر إرسال إجاباتك وحُذفت من هذا الهاتف. يمكنك الإجابة من جديد من البداية.
