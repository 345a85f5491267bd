# استيراد النماذج من أدوات أخرى (XLSForm وLimeSurvey) وتصدير XLSForm.
imp-file-heading = استيراد ملف نموذج
imp-file-intro = يصبح ملف XLSForm (KoboToolbox وODK وSurveyCTO وOna: ‏.xlsx أو ‏.csv أو ‏.md) أو ملف تصدير استبيان LimeSurvey ‏(.lss) مسودة جديدة في هذه المجموعة. ثم يعرض المحرر ما استُورد وما تُرك، صفًا صفًا.
imp-file-label = ملف النموذج
imp-file-hint = ‏.xlsx أو ‏.csv أو ‏.md أو ‏.lss، بحد أقصى 10 ميغابايت. لا تُستورد أبدًا الأسئلة التي تكشف هوية شخص (الهاتف، البريد الإلكتروني، الموقع، الصور، الملفات).
imp-file-submit = استيراد الملف
imp-paste-heading = أو الصق مستند Consulta
imp-export-xlsform = التنزيل بصيغة XLSForm ‏(.xlsx)
imp-report-heading = مستورد من { $format } ({ $file })
imp-report-summary = الأسئلة: { $questions } · الأقسام: { $sections } · الشروط المترجمة: { $conditions } · الملاحظات أدناه: { $notes }
imp-report-languages = اللغات
imp-report-items = صفوف وعناصر لم تُستورد كما هي
imp-report-dismiss = قرأت هذا التقرير
imp-lang-code = «{ $found }» ← { $code } (برمزها)
imp-lang-name = «{ $found }» ← { $code } (باسمها)
imp-lang-default = «{ $found }» (دون لغة) ← { $code }، اللغة الرئيسية للنموذج
imp-lang-unmatched = «{ $found }» ليست من لغات Consulta: تُركت نصوصها
imp-at = { $place ->
    [survey] الصف { $at } من ورقة survey
    [choices] الصف { $at } من ورقة choices
    [settings] ورقة settings
    [question] السؤال { $at }
    [group] المجموعة { $at }
    [answer] إجابات السؤال { $at }
    [quota] الحصة { $at }
    [assessment] التقييم { $at }
    [language] اللغة { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = تُرك: «{ $detail }» قد يكشف هوية شاب أو جهازه أو مكانه
imp-why-metadata = تُرك: بيانات وصفية للنموذج («{ $detail }»)، لا شيء يُسأل
imp-why-repeat = تُرك: المجموعات المتكررة غير مدعومة
imp-why-calculation = تُرك: الحسابات غير مدعومة
imp-why-unsupported-type = تُرك: النوع «{ $detail }» ليس له مقابل في Consulta
imp-why-nested-group = أصبحت مجموعة داخل مجموعة قسمًا مستقلًا
imp-why-condition-unsupported = يظهر للجميع: الشرط «{ $detail }» لا يمكن التعبير عنه في Consulta (مقارنة واحدة مع سؤال سابق)
imp-why-constraint-unsupported = لم يُستورد القيد «{ $detail }»
imp-why-constraint-strict = أصبح الحد الصارم في «{ $detail }» حدًا أدنى أو أقصى شاملًا
imp-why-language-unmatched = تُركت النصوص بلغة «{ $detail }»: ليست من لغات Consulta الست
imp-why-key-changed = أُعيدت تسميته «{ $detail }» (المفاتيح حروف لاتينية صغيرة وأرقام و_ و-)
imp-why-markup-removed = أُزيل التنسيق (HTML): استُورد نصًا عاديًا
imp-why-or-other = أُضيف خيار «غير ذلك»؛ ولم يُضف مربع التحديد
imp-why-quota = تُرك: الحصص غير مدعومة
imp-why-assessment = تُرك: التقييمات غير مدعومة
imp-why-script = أُزيل نص برمجي ولن يُنفَّذ أبدًا
imp-why-custom-style = أُزيلت الأنماط المخصصة (CSS)
imp-why-no-label = بلا نص باللغة { $detail }: استُخدم نص لغة أخرى أو اسمه
imp-why-no-name = تُرك: بلا اسم
imp-why-too-many = احتُفظ بأول { $detail } خيارًا فقط
imp-why-too-long = قُص نص إلى { $detail } حرفًا
imp-why-too-few-options = تُرك: أقل من خيارين
imp-why-subquestion = أصبح { $detail } أسئلة، سؤالًا لكل سؤال فرعي
imp-why-unknown-element = تُرك: عنصر غير معروف «{ $detail }»
imp-why-choice-filter = تظهر كل الخيارات: لم يُستورد مرشح الخيارات «{ $detail }»
imp-why-column-ignored = لم يُستورد: { $detail }
imp-why-required-expression = أصبح اختياريًا: «required» يعتمد على «{ $detail }»
imp-why-range-as-number = أصبح سؤالًا رقميًا: النطاق { $detail } فيه نقاط كثيرة جدًا للتقييم
imp-why-comment-dropped = لم تُستورد مربعات التعليق
imp-why-second-scale-dropped = استُورد المقياس الأول فقط
imp-why-asked-by-consulta = تُرك: يطرح Consulta هذا السؤال بنفسه (النوع الاجتماعي) مع خيار «أفضل عدم الإجابة»
imp-refuse-empty = الملف فارغ.
imp-refuse-format = هذا ليس ملف XLSForm ‏(.xlsx أو .csv أو .md) ولا تصدير LimeSurvey ‏(.lss).
imp-refuse-too-large = حجم الملف أكبر من { $detail }.
imp-refuse-too-big = المصنف كبير جدًا بعد فك ضغطه ({ $detail }).
imp-refuse-too-many-rows = في إحدى الأوراق أكثر من { $detail } صف.
imp-refuse-too-many-columns = في إحدى الأوراق أكثر من { $detail } عمود.
imp-refuse-not-workbook = هذا ليس مصنفًا يمكن قراءته ({ $detail }).
imp-refuse-corrupt-zip = ملف ‎.xlsx تالف: ليس أرشيف zip صالحًا ({ $detail }).
imp-refuse-not-text = الملف ليس نصًا بترميز UTF-8.
imp-refuse-not-csv = لا يمكن قراءة ملف CSV ‏({ $detail }).
imp-refuse-no-survey = لا يحتوي النموذج على ورقة «survey» فيها عمود «type».
imp-refuse-formula = تبدأ خلية بعلامة «=» (صيغة): { $detail }. اكتب النص من دونها.
imp-refuse-duplicate-name = لسؤالين الاسم نفسه: { $detail }.
imp-refuse-duplicate-choice = في قائمة خيارات الاسم نفسه مرتين: { $detail }.
imp-refuse-no-choices = يستخدم سؤال قائمة خيارات غير موجودة في ورقة «choices»: { $detail }.
imp-refuse-no-language = لا توجد أي لغة من لغات النموذج بين لغات Consulta (العربية والصينية والإنجليزية والفرنسية والروسية والإسبانية).
imp-refuse-invalid = النموذج المستورد يخالف قاعدة من قواعد Consulta في { $detail }.
imp-refuse-not-xml = ملف ‎.lss ليس XML صالحًا ({ $detail }).
imp-refuse-not-lss = ملف XML هذا ليس تصدير استبيان LimeSurvey (وُجد «{ $detail }»).
imp-refuse-multipart = تعذرت قراءة الملف المرسل: اختر ملفًا وأرسله مرة أخرى.
imp-refuse-too-many-questions = في النموذج أسئلة أكثر مما تتسع له استشارة واحدة ({ $detail }).
imp-refuse-too-many-sections = في النموذج مجموعات أكثر مما تتسع له استشارة واحدة ({ $detail }).
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = نعم
imp-lss-answer-n = لا
imp-lss-answer-u = غير متأكد
imp-lss-answer-i = زيادة
imp-lss-answer-s = كما هو
imp-lss-answer-d = نقصان
