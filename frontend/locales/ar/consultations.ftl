## رسائل التحقق (بجانب الحقل)
cn-v-required = اكتب هذا النص.
cn-v-too-long = { $max ->
    [one] استخدم حرفًا واحدًا على الأكثر (هذا النص فيه { $count }).
    [two] استخدم حرفين على الأكثر (هذا النص فيه { $count }).
    [few] استخدم { $max } أحرف على الأكثر (هذا النص فيه { $count }).
    [many] استخدم { $max } حرفًا على الأكثر (هذا النص فيه { $count }).
   *[other] استخدم { $max } حرف على الأكثر (هذا النص فيه { $count }).
}
cn-v-too-many = { $max } على الأكثر.
cn-v-key-format = استخدم حروفًا لاتينية صغيرة وأرقامًا و«_» أو «-»، على أن يبدأ بحرف (64 على الأكثر).
cn-v-key-duplicate = «{ $key }» مستخدم هنا من قبل. يجب أن يكون كل مفتاح مختلفًا.
cn-v-code-format = استخدم حروفًا لاتينية وأرقامًا و«_» أو «-» أو «.» (64 على الأكثر).
cn-v-option-code-duplicate = الرمز «{ $code }» مستخدم مرتين. لكل خيار رمزه الخاص.
cn-v-options-too-few = أضف خيارين على الأقل.
cn-v-options-not-used = هذا النوع من الأسئلة ليس له خيارات.
cn-v-languages-empty = اختر لغة واحدة على الأقل.
cn-v-language-unknown = «{ $code }» ليست من اللغات التي يوفرها Consulta.
cn-v-language-duplicate = { $language } مذكورة مرتين.
cn-v-default-language = يجب أن تكون اللغة الرئيسية من بين اللغات المختارة.
cn-v-range = اكتب رقمًا من { $min } إلى { $max }.
cn-v-number = اكتب رقمًا.
cn-v-threshold-min = لا يمكن أن يقل الحد عن 5: فالمجموعات الأصغر قد تكشف هوية أحد الشباب.
cn-v-retention-range = احتفظ بالإجابات الأصلية بين يوم واحد و365 يومًا بعد الإغلاق.
cn-v-phases-empty = اختر مرحلة واحدة على الأقل.
cn-v-phases-duplicate = إحدى المراحل مذكورة مرتين.
cn-v-access-code = استخدم من 4 إلى 20 حرفًا أو رقمًا.
cn-v-country = استخدم رمز بلد من حرفين (مثل EG) أو * لكل البلدان الأخرى.
cn-v-phone = أرقام ومسافات و+ و- وأقواس فقط (40 على الأكثر).
cn-v-url = اكتب عنوان ويب كاملًا يبدأ بـ https://.
cn-v-helpline-contact = أعطِ رقم هاتف أو عنوان ويب.
cn-v-percent = الحصص نسب مئوية من 0 إلى 100.
cn-v-age-bands-empty = اعرض فئة عمرية واحدة على الأقل.
cn-v-age-band-code = رمز الفئة العمرية يتكون من أرقام وحروف لاتينية و«+» أو «-» أو «_».
cn-v-age-band-range = يجب أن تمتد الفئة { $band } من عمر أصغر إلى عمر أكبر، بين 5 و30 سنة.
cn-v-age-band-order = الفئة { $band } تتداخل مع التي قبلها أو ليست في ترتيبها.
cn-v-age-band-format = «{ $band }» ليست فئة عمرية: اكتبها هكذا 13-15.
cn-v-easy-read-band = لم تعد هناك فئة عمرية { $band }.
cn-v-info-required = النص الإعلامي لا يتطلب إجابة، فلا يمكن أن يكون إلزاميًا.
cn-v-pictorial-needs-pictures = أعطِ كل درجة صورة، أو أوقف الصور.
cn-v-pictorial-scale-only = مقاييس الموافقة وحدها لها نسخة بالصور.
cn-v-same-as-kind = لا تُقارَن في التقارير إلا أسئلة الاختيار الواحد والمتعدد والمقاييس والتقييمات.
cn-v-same-as-here = سؤال آخر في هذه الاستشارة يُقارَن أصلًا تحت «{ $key }».
cn-v-max-choices = اكتب رقمًا من 1 إلى { $count } (عدد الخيارات).
cn-v-not-for-kind = هذا الإعداد لا ينطبق على هذا النوع من الأسئلة.
cn-v-min-above-max = أصغر قيمة أكبر من أكبر قيمة.
cn-v-condition-forward = «{ $question }» يأتي لاحقًا (أو هو هذا السؤال نفسه): لا يمكن أن يعتمد الشرط إلا على سؤال سابق.
cn-v-condition-missing = لا يوجد سؤال «{ $question }».
cn-v-condition-info = النص الإعلامي ليس له إجابة يُعتمد عليها.
cn-v-condition-nested = «{ $question }» له شرطه الخاص: الشروط مستوى واحد فقط.
cn-v-condition-operator = هذه المقارنة لا تناسب ذلك السؤال: «يساوي» للاختيار الواحد والمقاييس والتقييمات، و«يتضمن» للاختيار المتعدد.
cn-v-condition-value = اختر أحد خيارات «{ $question }».
cn-v-no-question = أضف سؤالًا واحدًا على الأقل يمكن للشباب الإجابة عنه.
cn-v-slug-format = استخدم من 3 إلى 80 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات.
cn-v-slug-taken = العنوان «{ $slug }» تستخدمه استشارة أخرى.
cn-v-slug-locked = لا يمكن تغيير العنوان بعد أن يحصل الشباب على الرابط.
cn-v-meeting = اختر أحد اجتماعات هذا الفريق.
cn-v-dates-order = يجب أن يكون تاريخ الإغلاق بعد تاريخ الفتح.
cn-v-closes-past = تاريخ الإغلاق قد مضى.
cn-v-date = اكتب تاريخًا.
cn-v-datetime = اكتب تاريخًا ووقتًا.
cn-v-meeting-dates = تاريخ النهاية قبل تاريخ البداية.
cn-v-place-or-online = اذكر مكان انعقاد الاجتماع، أو اختر «عبر الإنترنت».
cn-v-kind = اختر نوع السؤال.
cn-v-json = هذا ليس مستند استشارة: { $detail }
cn-missing-text = { $language }: ينقص { $what }.
cn-stale-version = غيّر شخص آخر هذه الاستشارة أثناء تحريرك لها (أصبحت الآن في النسخة { $version }). لم يُحفظ شيء. أعد تحميلها ثم أجرِ تغييرك من جديد.
cn-stale-version-form = حفظ شخص آخر تغييرًا على هذه الاستشارة أثناء تحريرك لها. لم يُحفظ شيء. ما كتبته موجود أدناه: راجع النسخة الحالية (تُفتح في علامة تبويب جديدة)، ثم احفظ مرة أخرى لتحل محلها.
cn-locked-archived = هذه الاستشارة مؤرشفة: لم يعد من الممكن تغييرها.
cn-locked-answers = لهذه الاستشارة { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
  }، لذا لم يعد من الممكن تغيير أسئلتها. لا يزال بإمكانك تصحيح الصياغة والترجمات.
cn-locked-question = السؤال «{ $question }»: لا يمكن تغيير هذا بعد وجود إجابات.
cn-locked-removed = لا يمكن حذف السؤال «{ $question }» بعد وجود إجابات.
cn-locked-added = لا يمكن إضافة السؤال «{ $question }» بعد وجود إجابات.
cn-locked-order = لا يمكن نقل الأسئلة بعد وجود إجابات.
cn-locked-age-bands = لا يمكن تغيير الفئات العمرية بعد وجود إجابات.
cn-locked-open-incomplete = يجيب الشباب عن هذه الاستشارة الآن، لذا يجب أن تبقى كل لغة مكتملة:
cn-locked-delete-answers = لهذه الاستشارة { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
  }: لا يمكن حذفها. أرشفها بدلًا من ذلك.
cn-locked-delete-open = أغلق هذه الاستشارة قبل حذفها.
cn-locked-has-answers = لها بالفعل { $count ->
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
  }، لذا لا يمكن إعادتها إلى مسودة.
cn-transition-not-allowed = لا يمكن أن تنتقل الاستشارة من «{ $from }» إلى «{ $to }».
cn-live-needs-phase = للانتقال إلى البث المباشر، أضف مرحلة «أثناء الاجتماع» في الإعدادات.
cn-status-moved = غيّر شخص آخر الحالة في هذه الأثناء: هذه الاستشارة الآن «{ $status }».

## ما هو النص (في قوائم النصوص الناقصة)
cn-slot-title = العنوان
cn-slot-introduction = المقدمة
cn-slot-data-use = «ماذا يحدث لإجاباتك»
cn-slot-closing = رسالة الختام
cn-slot-feedback = «ماذا فعلنا بآرائكم»
cn-slot-results-note = الملاحظة عن النتائج
cn-slot-section-title = عنوان القسم «{ $section }»
cn-slot-question-text = نص السؤال «{ $question }»
cn-slot-question-help = مساعدة السؤال «{ $question }»
cn-slot-easy-read = الصياغة المبسطة للسؤال «{ $question }» للفئة { $band }
cn-slot-option-label = الخيار «{ $code }» من السؤال «{ $question }»
cn-v-section-missing = لا يوجد (أو لم يعد يوجد) قسم «{ $key }».
cn-v-question-missing = لا يوجد (أو لم يعد يوجد) سؤال «{ $key }».
cn-v-question-used = السؤال «{ $dependent }» يظهر بحسب «{ $question }»: غيّر شرطه أولًا.
cn-v-text-path = لا يوجد نص في هذا المسار.
cn-v-version = أرسل النسخة التي عدّلتها (من آخر رد).

## الحالات
cn-status-draft = مسودة
cn-status-open = مفتوحة
cn-status-live = مباشرة
cn-status-closed = مغلقة
cn-status-published = منشورة
cn-status-archived = مؤرشفة

## كلمات مشتركة
cn-save = حفظ
cn-cancel = إلغاء
cn-back = رجوع
cn-edit = تعديل
cn-delete = حذف
cn-move-up = تحريك لأعلى
cn-move-down = تحريك لأسفل
cn-required = إلزامي
cn-section = القسم
cn-language = اللغة
cn-main-language = اللغة الرئيسية
cn-error-prefix = خطأ:
cn-no-meeting = دون اجتماع
cn-conflict-open-current = افتح النسخة الحالية في علامة تبويب جديدة
cn-stale-meeting = غيّر شخص آخر هذا الاجتماع أثناء تحريرك له. لم يُحفظ شيء. ما كتبته موجود أدناه: احفظ مرة أخرى لتحل محل تغييراته.
cn-stale-version-overview = غيّر شخص آخر هذه الاستشارة قبلك مباشرة. لم يتغير شيء: انظر إلى القائمة مرة أخرى وكرر ما أردت فعله.
cn-transition-refused = لا يمكن أن تصبح «{ $to }» بعد:
cn-saved-version = تم الحفظ (النسخة { $count }).
cn-editor-version = النسخة { $count }
cn-editor-tabs = أجزاء هذه الاستشارة

## المراحل
cn-phase-before = قبل الاجتماع (مفتوحة لأيام أو أسابيع)
cn-phase-during = أثناء الاجتماع (مباشرة)

## صفحة الفريق
cn-group-new-consultation = استشارة جديدة
cn-group-new-meeting = اجتماع جديد
cn-group-import = استيراد استشارة
cn-group-meetings = الاجتماعات
cn-group-no-meetings = لا توجد اجتماعات بعد.
cn-group-unattached = استشارات دون اجتماع
cn-group-no-consultations = لا توجد استشارات بعد.
cn-group-responses = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
  }

## الاجتماعات
cn-meeting-title = عنوان الاجتماع
cn-meeting-title-hint = مثلًا: فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت، الاجتماع الثاني عشر.
cn-meeting-starts-on = اليوم الأول
cn-meeting-ends-on = اليوم الأخير
cn-meeting-ends-on-hint = اتركه فارغًا إذا كان الاجتماع ليوم واحد.
cn-meeting-place = المكان
cn-meeting-place-hint = المدينة ومكان الانعقاد. اتركه فارغًا إذا كان الاجتماع عبر الإنترنت فقط.
cn-meeting-online = عبر الإنترنت (أيضًا أو فقط)
cn-meeting-online-short = عبر الإنترنت
cn-meeting-edit = تعديل الاجتماع
cn-meeting-delete-title = حذف هذا الاجتماع؟
cn-meeting-delete-message = سيُحذف الاجتماع «{ $title }». تبقى استشاراته، دون اجتماع.
cn-meeting-delete-button = حذف الاجتماع

## الإنشاء والاستيراد
cn-new-title = العنوان
cn-new-title-hint = باللغة الرئيسية. يمكنك تغييره وإضافة اللغات الأخرى لاحقًا.
cn-new-create = إنشاء المسودة
cn-field-slug = العنوان في الرابط
cn-field-slug-hint = نهاية الرابط الذي يفتحه الشباب (/c/…): حروف لاتينية صغيرة وأرقام وشرطات. اتركه فارغًا لإنشائه من العنوان.
cn-field-meeting = الاجتماع
cn-field-languages = اللغات
cn-field-languages-hint = يجب كتابة كل نص بكل لغة مختارة قبل فتح الاستشارة.
cn-field-default-language = اللغة الرئيسية
cn-field-default-language-hint = اللغة التي تكتب بها أولًا؛ وتُترجم منها اللغات الأخرى.
cn-field-phases = متى يجيب الشباب
cn-field-phases-hint = اختر إحداهما أو كلتيهما.
cn-field-key = المفتاح
cn-import-title = استيراد استشارة
cn-import-intro = الصق مستند استشارة مُصدَّرًا من Consulta (ملف JSON). يصبح مسودة جديدة في هذا الفريق.
cn-import-document = مستند الاستشارة (JSON)
cn-import-document-hint = افتح ملف .json المُصدَّر في محرر نصوص، وانسخ كل شيء، والصقه هنا.
cn-import-slug-hint = اتركه فارغًا للإبقاء على عنوان المستند (يُختار عنوان متاح إذا كان مستخدمًا).
cn-import-submit = استيراد
cn-replace-title = الاستبدال من مستند
cn-replace-intro = الصق مستند استشارة (JSON): تحل أسئلته ونصوصه وإعداداته محل ما في هذه الاستشارة. يبقى عنوانها وإجاباتها.

## علامات تبويب المحرر
cn-tab-overview = نظرة عامة
cn-tab-details = التفاصيل
cn-tab-texts = النصوص
cn-tab-settings = الإعدادات
cn-tab-translations = الترجمات
cn-tab-preview = معاينة

## نظرة عامة
cn-overview-address = الرابط للشباب
cn-overview-join-code = رمز الانضمام
cn-overview-responses = الإجابات
cn-overview-publish-page = افتح صفحة النشر
cn-overview-locked = { $count ->
    [one] أجاب شاب واحد،
    [two] أجاب شابان،
    [few] أجاب { $count } شباب،
    [many] أجاب { $count } شابًا،
   *[other] أجاب { $count } شاب،
  } لذا أصبحت الأسئلة ثابتة: لا يزال بإمكانك تصحيح الصياغة والترجمات.
cn-overview-status = الحالة
cn-overview-problems = { $count ->
    [one] أمر واحد يجب إنجازه قبل الفتح
    [two] أمران يجب إنجازهما قبل الفتح
    [few] { $count } أمور يجب إنجازها قبل الفتح
    [many] { $count } أمرًا يجب إنجازها قبل الفتح
   *[other] { $count } أمر يجب إنجازها قبل الفتح
  }
cn-overview-see-translations = اعرض النصوص الناقصة في كل لغة
cn-overview-ready = كل شيء جاهز: يمكن فتحها.
cn-overview-no-moves = هذه الاستشارة مؤرشفة: لن يحدث لها شيء بعد الآن.
cn-overview-questions = الأقسام والأسئلة
cn-overview-no-sections = لا توجد أقسام بعد. أضف قسمًا، ثم أضف إليه أسئلة.
cn-overview-no-questions = لا توجد أسئلة في هذا القسم بعد.
cn-overview-add-question = أضف سؤالًا من هذا النوع
cn-overview-add = إضافة
cn-overview-add-section = إضافة قسم
cn-overview-more = المزيد
cn-overview-duplicate = نسخ كمسودة جديدة
cn-overview-export = تصدير كمستند JSON
cn-overview-history = السجل
cn-history-when = متى
cn-history-from = من
cn-history-to = إلى
cn-history-by-schedule = حسب الجدول الزمني
cn-move-to-draft = إعادة إلى مسودة
cn-move-to-draft-hint = فقط ما دام لم يُجب أحد.
cn-move-to-open = فتح
cn-move-to-open-hint = يمكن للشباب الإجابة بالرابط أو برمز الانضمام.
cn-move-to-live = بدء البث المباشر
cn-move-to-live-hint = للجلسة أثناء الاجتماع.
cn-move-to-closed = إغلاق
cn-move-to-closed-hint = لا تُقبل إجابات جديدة.
cn-move-to-published = نشر النتائج
cn-move-to-published-hint = تصبح النتائج علنية.
cn-move-to-archived = أرشفة
cn-move-to-archived-hint = تُحفظ للسجل؛ ولا يمكن تغيير شيء بعد ذلك.
cn-consultation-delete-title = حذف هذه الاستشارة
cn-consultation-delete-message = ستُحذف «{ $title }» وكل ما فيها نهائيًا.
cn-section-delete-title = حذف هذا القسم؟
cn-section-delete-message = سيُحذف القسم «{ $section }» و{ $count ->
    [zero] لا أسئلة فيه
    [one] سؤاله الوحيد
    [two] سؤالاه
    [few] أسئلته الـ{ $count }
    [many] أسئلته الـ{ $count }
   *[other] أسئلته الـ{ $count }
  }.
cn-question-delete-title = حذف هذا السؤال؟
cn-question-delete-message = سيُحذف السؤال «{ $question }».
cn-condition-summary-equals = يظهر فقط إذا كانت الإجابة عن «{ $question }» هي «{ $value }».
cn-condition-summary-includes = يظهر فقط إذا تضمنت الإجابات عن «{ $question }» «{ $value }».
cn-condition-summary-not-answered = يظهر فقط إذا لم تتم الإجابة عن «{ $question }».

## أنواع الأسئلة
cn-kind-single_choice = اختيار واحد
cn-kind-single_choice-hint = يختار الشباب خيارًا واحدًا (أزرار دائرية).
cn-kind-multiple_choice = اختيار متعدد
cn-kind-multiple_choice-hint = يختار الشباب كل الخيارات المناسبة، حتى حد أقصى إن حددته.
cn-kind-scale = مقياس الموافقة
cn-kind-scale-hint = خمس درجات من «لا أوافق إطلاقًا» إلى «أوافق بشدة»، مع صور للأطفال الأصغر سنًا إن أردت.
cn-kind-rating = تقييم
cn-kind-rating-hint = علامة من 0 إلى 10 أو من 1 إلى 5.
cn-kind-ranking = ترتيب
cn-kind-ranking-hint = يرتب الشباب اختياراتهم المفضلة (أول 3 عندما تكون الخيارات أكثر من 4).
cn-kind-number = رقم
cn-kind-number-hint = رقم بين أصغر قيمة وأكبر قيمة.
cn-kind-short_text = نص قصير
cn-kind-short_text-hint = بضع كلمات (200 حرف ما لم تحدد حدًا آخر).
cn-kind-long_text = نص طويل
cn-kind-long_text-hint = عدة جمل (2000 حرف ما لم تحدد حدًا آخر).
cn-kind-info = نص إعلامي
cn-kind-info-hint = نص للقراءة، دون إجابة.

## النصوص
cn-texts-intro = ما يقرؤه الشباب قبل الأسئلة وبعدها، بكل لغة.
cn-text-title = العنوان
cn-text-title-hint = قصير وواضح، للشباب.
cn-text-introduction = المقدمة
cn-text-introduction-hint = من يسأل ولماذا، بكلمات بسيطة.
cn-text-data-use = ماذا يحدث لإجاباتك
cn-text-data-use-hint = من يقرأ الإجابات، وما الذي يُنشر، ومتى تُحذف الإجابات الأصلية.
cn-text-closing = رسالة الختام
cn-text-closing-hint = تظهر بعد إرسال الإجابات.
cn-text-feedback = ماذا فعلنا بآرائكم
cn-text-feedback-hint = تُكتب بعد الاجتماع، لإطلاع الشباب على ما حدث. ليست مطلوبة للفتح.

## الإعدادات
cn-settings-audience = الشباب
cn-settings-age-bands = الفئات العمرية
cn-settings-age-bands-hint = مفصولة بفواصل، مثلًا 9-12, 13-15, 16-17, 18-24. يختار الشباب فئة، ولا يُطلب تاريخ الميلاد أبدًا.
cn-settings-min-age = الحد الأدنى للعمر
cn-settings-min-age-hint = يُعتذر بلطف من الأطفال الأصغر سنًا.
cn-settings-consent-age = سن الموافقة
cn-settings-consent-age-hint = دون هذا السن يؤكد أحد الوالدين أو الوصي أو المعلم (13 سنة في معظم الأماكن).
cn-settings-ask-country = السؤال عن البلد
cn-settings-ask-gender = السؤال عن النوع الاجتماعي
cn-settings-ask-gender-hint = اختياري دائمًا، مع «أفضّل ألا أقول» وإمكانية الوصف الذاتي.
cn-settings-duration = المدة بالدقائق
cn-settings-duration-hint = { $count ->
    [zero] اتركه فارغًا لتقديره من الأسئلة: أقل من دقيقة الآن.
    [one] اتركه فارغًا لتقديره من الأسئلة: دقيقة واحدة تقريبًا الآن.
    [two] اتركه فارغًا لتقديره من الأسئلة: دقيقتان تقريبًا الآن.
    [few] اتركه فارغًا لتقديره من الأسئلة: { $count } دقائق تقريبًا الآن.
    [many] اتركه فارغًا لتقديره من الأسئلة: { $count } دقيقة تقريبًا الآن.
   *[other] اتركه فارغًا لتقديره من الأسئلة: { $count } دقيقة تقريبًا الآن.
}
cn-settings-dates = التواريخ
cn-settings-opens-at = الفتح (UTC)
cn-settings-closes-at = الإغلاق (UTC)
cn-settings-dates-hint = اختياري. تتوقف الإجابات عند وقت الإغلاق.
cn-settings-privacy = الخصوصية
cn-settings-threshold = أصغر مجموعة تُعرض
cn-settings-threshold-hint = تُخفى الأرقام المبنية على عدد أقل من الشباب عن الجميع باستثناء الميسّرين. لا تقل عن 5؛ ويُنصح بـ10.
cn-settings-retention = أيام الاحتفاظ بالإجابات الأصلية
cn-settings-retention-hint = بعد الإغلاق، 365 يومًا على الأكثر؛ وتبقى الملخصات.
cn-settings-access-code = رمز الدخول
cn-settings-access-code-hint = اختياري: يكتبه الشباب قبل الإجابة (صف أو قاعة). من 4 إلى 20 حرفًا أو رقمًا.
cn-settings-results = النتائج
cn-settings-results-note = متى وأين ستُنشر النتائج ({ $language })
cn-settings-helplines = خطوط المساعدة
cn-settings-helplines-hint = تُعرض على الشباب الذين قد يحتاجون إلى مساعدة، حسب البلد. استخدم * لكل البلدان الأخرى. أفرغ السطر لحذفه.
cn-v-targets-format = اكتب كل فئة ونسبتها بالشكل «الفئة: النسبة»، مفصولة بفواصل، مثلًا 13-15: 40, 16-17: 60.
cn-v-target-group = «{ $key }» ليست من فئات هذه القائمة.
cn-settings-targets = أهداف التمثيل
cn-settings-targets-hint = نسبة الشباب المئوية التي تأمل أن تسمع منها في كل فئة. يشير الملخص إلى الفئة التي تقل نسبتها عن هدفها بأكثر من الخُمس. اترك الحقل فارغًا إن لم يكن هناك هدف.
cn-settings-target-age_band = الفئات العمرية
cn-settings-target-age_band-hint = رموز الفئات العمرية أعلاه، مثلًا 13-15: 40, 16-17: 60.
cn-settings-target-country = البلدان
cn-settings-target-country-hint = رموز البلدان من حرفين، مثلًا FR: 50, SN: 50.
cn-settings-target-gender = النوع الاجتماعي
cn-settings-target-gender-hint = girl أو boy أو self_described أو prefer_not_to_say، مثلًا girl: 50, boy: 50.
cn-settings-target-language = اللغات
cn-settings-target-language-hint = رموز لغات هذه الاستشارة، مثلًا en: 50, fr: 50.
cn-settings-target-phase = المراحل
cn-settings-target-phase-hint = before (عبر الإنترنت قبل الاجتماع) أو during (مباشرة)، مثلًا before: 70, during: 30.
cn-helpline-number = خط المساعدة { $count }
cn-helpline-country = رمز البلد
cn-helpline-name = الاسم
cn-helpline-phone = الهاتف
cn-helpline-url = عنوان الويب

## الأقسام
cn-section-edit = تعديل القسم
cn-section-key-hint = اسم قصير لا يتغير أبدًا، مثل you_online.
cn-section-titles = العنوان
cn-section-titles-hint = اختياري. عنوان فوق أسئلة القسم.
cn-section-title-in = العنوان ({ $language })

## الأسئلة
cn-question-new = سؤال جديد
cn-question-edit = تعديل السؤال
cn-question-kind = نوع السؤال
cn-question-change-kind = تغيير النوع
cn-question-key-hint = اسم قصير لا يتغير أبدًا، مثل feel_safe: تُحفظ الإجابات والنتائج تحته.
cn-question-required = إلزامي
cn-question-required-hint = الأفضل أن يكون اختياريًا: يمكن للشباب تخطي أي شيء. اجعل السؤال إلزاميًا فقط إذا فقدت الإجابات معناها دونه.
cn-question-text = السؤال
cn-question-info-text = النص المقروء
cn-question-help = المساعدة
cn-question-help-hint = اختياري: توضيح تحت السؤال.
cn-question-easy-read = صياغة مبسطة
cn-question-easy-read-hint = اختياري: كلمات أبسط لفئة عمرية، تظهر لها بدل السؤال.
cn-question-easy-read-band = للفئة { $band }
cn-question-options = الخيارات
cn-question-options-hint = لكل خيار رمز لا يتغير أبدًا، حتى تبقى النتائج قابلة للمقارنة بين اللغات والصياغات. تُهمل الأسطر الفارغة.
cn-option-number = الخيار { $count }
cn-option-new = خيار جديد
cn-option-code = الرمز
cn-option-code-hint = يُنشأ من النص إذا تركته فارغًا.
cn-option-label-in = النص ({ $language })
cn-option-emoji = صورة (رمز تعبيري)
cn-option-value = النقاط
cn-option-value-hint = تُستخدم للمتوسطات؛ وإن كانت فارغة فالترتيب.
cn-option-remove = إزالة
cn-option-add-more = مزيد من الخيارات الفارغة
cn-preset-agree = استخدام درجات الموافقة الخمس
cn-preset-rating-10 = استخدام من 0 إلى 10
cn-preset-rating-5 = استخدام من 1 إلى 5
cn-question-max-choices = أكبر عدد من الخيارات يمكن اختياره
cn-question-max-choices-hint = اتركه فارغًا دون حد.
cn-question-rank-places-hint = يرتب الشباب خيارات حتى هذا العدد ويمكنهم ترك الباقي. اتركه فارغًا للقيمة الافتراضية: أول 3 عندما تكون الخيارات أكثر من 4، وإلا فكلها.
cn-question-rank-places = عدد المراتب (أول N)
cn-question-min = أصغر قيمة
cn-question-max = أكبر قيمة
cn-question-max-length = أكبر عدد من الحروف
cn-question-max-length-hint = اتركه فارغًا ليكون { $count }.
cn-question-pictorial = عرض صور مع الدرجات
cn-question-pictorial-hint = للأطفال الأصغر سنًا: تحتاج كل درجة إلى صورة.
cn-question-condition = اعرض هذا السؤال فقط إذا…
cn-question-condition-hint = يعتمد على إجابة سؤال سابق (مستوى واحد فقط).
cn-condition-none = اعرضه دائمًا
cn-condition-question = السؤال السابق
cn-condition-operator = المقارنة
cn-condition-op-equals = الإجابة هي
cn-condition-op-includes = الإجابات تتضمن
cn-condition-op-not_answered = لم تتم الإجابة عنه
cn-condition-value = الإجابة
cn-condition-value-hint = غير مطلوبة مع «لم تتم الإجابة عنه».
cn-question-save = حفظ السؤال
cn-question-not-saved = لم يُحفظ بعد: راجع السؤال، ثم اضغط «حفظ السؤال».
cn-question-locked = أجاب شباب بالفعل: يمكنك تصحيح الصياغة والترجمات، لكن ليس المفتاح أو النوع أو الخيارات أو الشرط.

## الترجمات
cn-translations-intro = يجب كتابة كل نص بكل لغة قبل فتح الاستشارة. تصبح الترجمة قديمة إذا تغيّر نص اللغة الرئيسية بعد ترجمتها.
cn-translations-missing = ناقصة
cn-translations-stale = قديمة
cn-translations-complete = { $count ->
    [one] مكتملة: النص مكتوب.
    [two] مكتملة: النصان مكتوبان.
    [few] مكتملة: النصوص الـ{ $count } كلها مكتوبة.
    [many] مكتملة: النصوص الـ{ $count } كلها مكتوبة.
   *[other] مكتملة: النصوص الـ{ $count } كلها مكتوبة.
  }
cn-translations-missing-count = { $count ->
    [one] نص واحد ناقص
    [two] نصان ناقصان
    [few] { $count } نصوص ناقصة
    [many] { $count } نصًا ناقصًا
   *[other] { $count } نص ناقص
  }
cn-translations-stale-count = { $count ->
    [one] ترجمة واحدة قديمة
    [two] ترجمتان قديمتان
    [few] { $count } ترجمات قديمة
    [many] { $count } ترجمة قديمة
   *[other] { $count } ترجمة قديمة
  }
cn-translations-stale-hint = تغيّر نص اللغة الرئيسية بعد ترجمة هذه النصوص: راجعها.
cn-translations-work-on = اكتب الناقص والقديم
cn-translations-all-texts = اعرض كل النصوص
cn-translate-title = النصوص باللغة: { $language }
cn-translate-nothing = لا شيء لعمله هنا: كل النصوص مكتوبة ومحدّثة.
cn-translate-still-right = هذه الترجمة لا تزال صحيحة
cn-text-state-missing = ناقص
cn-text-state-stale = قديم
cn-text-state-current = محدّث

## المعاينة
cn-preview-intro = هذا ما يراه الشاب. جرّب الإجابات: لا يُرسل شيء ولا يُحفظ.
cn-preview-language = اللغة
cn-preview-band = الفئة العمرية
cn-preview-show = عرض
cn-preview-band-alone = يجيب الشباب في هذا العمر بأنفسهم.
cn-preview-band-guardian = { $age ->
    [one] دون سنة واحدة، يؤكد أحد الوالدين أو الوصي أو المعلم أولًا.
    [two] دون سنتين، يؤكد أحد الوالدين أو الوصي أو المعلم أولًا.
    [few] دون { $age } سنوات، يؤكد أحد الوالدين أو الوصي أو المعلم أولًا.
    [many] دون { $age } سنة، يؤكد أحد الوالدين أو الوصي أو المعلم أولًا.
   *[other] دون { $age } سنة، يؤكد أحد الوالدين أو الوصي أو المعلم أولًا.
}
cn-preview-band-too-young = هذه الفئة دون الحد الأدنى للعمر: يُعتذر من هؤلاء الأطفال بلطف.
cn-preview-easy-read-used = صياغة مبسطة للفئة { $band }.
cn-preview-data-use = ماذا يحدث لإجاباتك
cn-preview-optional = اختياري
cn-preview-choose-any = اختر كل ما ينطبق.
cn-preview-choose-up-to = { $count ->
    [one] اختر إجابة واحدة.
    [two] اختر حتى إجابتين.
    [few] اختر حتى { $count } إجابات.
    [many] اختر حتى { $count } إجابة.
   *[other] اختر حتى { $count } إجابة.
  }
cn-preview-rank = { $count ->
    [one] أعطِ الاختيار الأول الرقم 1.
    [two] رقّم اختيارين: 1 للأول.
    [few] رقّم حتى { $count } اختيارات: 1 للأول.
    [many] رقّم حتى { $count } اختيارًا: 1 للأول.
   *[other] رقّم حتى { $count } اختيار: 1 للأول.
}
cn-preview-number-between = رقم من { $min } إلى { $max }.
cn-preview-max-length = { $count ->
    [one] حرف واحد على الأكثر.
    [two] حرفان على الأكثر.
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
  }
cn-preview-duration = { $count ->
    [one] دقيقة واحدة تقريبًا.
    [two] دقيقتان تقريبًا.
    [few] { $count } دقائق تقريبًا.
    [many] { $count } دقيقة تقريبًا.
   *[other] { $count } دقيقة تقريبًا.
  }
cn-preview-thanks = شكرًا لك
cn-v-live-threshold-min = لا يمكن أن يقل حد العرض المباشر عن 3: فالمجموعات الأصغر قد تكشف هوية أحد الشباب.
cn-settings-live-threshold = تظهر النتائج المباشرة ابتداءً من
cn-settings-live-threshold-hint = على جهاز العرض المباشر، يُظهر السؤال المكشوف كل الخيارات متى أجاب عنه هذا العدد من الأشخاص على الأقل (تحتفظ الأسئلة الحساسة بأصغر مجموعة معروضة). لا يقل عن 3؛ ويُنصح بـ5.
cn-settings-quotes-per-question = عدد الاقتباسات المعروضة لكل سؤال
cn-settings-quotes-per-question-hint = أكبر عدد من الإجابات يُقتبس في النتائج العامة لكل سؤال: أولى الإجابات التي تختارونها اقتباسات. من 1 إلى 20؛ ويُنصح بـ5.
cn-question-sensitive = سؤال حساس
cn-question-sensitive-hint = على جهاز العرض المباشر، الاستمرار في إخفاء كل خيار اختاره عدد من الشباب أقل من أصغر مجموعة معروضة.
cn-question-same-as = قارن في تقارير المجموعة مع
cn-question-same-as-hint = تعرض تقارير المجموعة السنوية والختامية السؤال المطروح مرة أخرى في عدة استشارات كاتجاه. الأسئلة ذات المفتاح نفسه تُقارَن أصلًا؛ اختر هنا إذا سبق طرح هذا السؤال بمفتاح آخر.
cn-question-same-as-own = الأسئلة ذات هذا المفتاح فقط

# A draft whose opening date has passed but which the calendar could not open.
cn-not-opened = كان من المقرر أن تُفتح في { $date } لكنها لم تُفتح: ستبقى مسودة حتى يُنجَز ما يمنع فتحها.
cn-confirm-move-title = يُرجى التأكيد
cn-confirm-move-closed = هل تريد إغلاق «{ $title }»؟ لن يتمكن الشباب من الإجابة بعد الآن. يمكنك فتحها مرة أخرى لاحقًا.
cn-confirm-move-archived = هل تريد أرشفة «{ $title }»؟ ستُحفظ للسجل ولن يمكن تغيير أي شيء فيها بعد الآن.
cn-confirm-move-draft = هل تريد إعادة «{ $title }» إلى مسودة؟ لن يتمكن الشباب من الإجابة حتى تفتحها مرة أخرى.

# The journey step by step in a phone-sized frame (preview tab, question editor).
cn-preview-phone-heading = خطوة بخطوة، كما على الهاتف
cn-preview-phone-title = شاشات الشاب خطوة بخطوة (معاينة: لا يُحفظ شيء)
cn-preview-phone-restart = ابدأ المعاينة من جديد
cn-preview-all-heading = كل الأسئلة في صفحة واحدة
cn-preview-phone-link = معاينة على شاشة بحجم الهاتف
