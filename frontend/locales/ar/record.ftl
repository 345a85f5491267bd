# The group's public record: meetings, documents (issue #25).
rec-title = السجل العام
rec-intro = اجتماعات الفريق، والاستشارات التي أُجريت قبلها وفي أثنائها، والوثائق التي نشرها: مساهمات الأعضاء والتقارير والملخصات. متاح للجميع دون كلمة مرور.
rec-group-home = العودة إلى صفحة الفريق
rec-link = الاجتماعات والوثائق
rec-records-heading = اجتماعات الأفرقة ووثائقها
rec-records-intro = يحتفظ كل فريق عامل بسجل عام لاجتماعاته ومساهماته وتقاريره.
rec-search-heading = البحث في الوثائق
rec-search-words = كلمات من العنوان
rec-search-year = السنة
rec-search-any = الكل
rec-search-button = بحث
rec-results-heading = الوثائق التي عُثر عليها
rec-results-count = { $count ->
    [0] لا توجد وثيقة تطابق بحثك.
    [zero] لا توجد وثيقة تطابق بحثك.
    [one] وثيقة واحدة تطابق بحثك.
    [two] وثيقتان تطابقان بحثك.
    [few] { $count } وثائق تطابق بحثك.
    [many] { $count } وثيقة تطابق بحثك.
   *[other] { $count } وثيقة تطابق بحثك.
  }
rec-meetings = الاجتماعات
rec-no-meetings = لا توجد اجتماعات للفريق بعد.
rec-documents-count = { $count ->
    [0] لا وثائق
    [zero] لا وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقة
   *[other] { $count } وثيقة
  }
rec-meeting-dates = التواريخ
rec-meeting-place = المكان
rec-manage-documents = وثائق الاجتماع
rec-consultations = الاستشارات قبل الاجتماع وفي أثنائه
rec-no-consultations = لم تُربط أي استشارة بهذا الاجتماع بعد.
rec-documents = الوثائق
rec-no-documents = لم تُنشر أي وثيقة لهذا الاجتماع بعد.
rec-field-type = النوع
rec-field-author-org = الجهة المعدّة
rec-field-date = التاريخ
rec-field-meeting = الاجتماع
rec-field-language = اللغة
rec-field-status = الحالة
rec-field-title = العنوان
rec-field-file = الملف
rec-file-hint = ملف PDF أو DOCX أو XLSX أو PPTX أو ODT، بحجم 25 ميغابايت على الأكثر.
rec-files = تنزيل
rec-withdrawn = مسحوبة
rec-withdrawn-intro = سحب ميسّرو الفريق هذه الوثيقة للسبب التالي:
rec-kind-contribution = مساهمة
rec-kind-report = تقرير
rec-kind-summary = ملخص
rec-kind-other = أخرى
rec-status-draft = مسودة (غير منشورة)
rec-status-published = منشورة
rec-status-withdrawn = مسحوبة
rec-public-page = الصفحة العامة للاجتماع
rec-manage-intro = يرفع الأعضاء والميسّرون الوثائق، ولا ينشرها إلا الميسّرون. تصبح الوثيقة عامة بعد نشرها، وتُعرض مكان الوثيقة المسحوبة أسباب سحبها.
rec-add-language = إضافة نسخة بلغة أخرى أو استبدالها
rec-upload-button = رفع
rec-upload-heading = رفع وثيقة
rec-publish-button = نشر
rec-withdraw-heading = سحب هذه الوثيقة
rec-withdraw-reason = السبب الذي يظهر للجمهور
rec-withdraw-button = سحب الوثيقة
rec-v-query-long = نص البحث طويل جدًا: استخدم 200 حرف على الأكثر.
rec-v-year = اختر سنة من القائمة.
rec-v-type = اختر نوعًا من القائمة.
rec-v-language = اختر لغة من القائمة.
rec-v-title = اكتب عنوانًا للوثيقة (300 حرف على الأكثر).
rec-v-author-org = اذكر الجهة التي أعدّت الوثيقة (200 حرف على الأكثر).
rec-v-date = أدخل تاريخ الوثيقة، مثلًا 2027-03-14.
rec-v-reason = اكتب السبب الذي سيقرؤه الجمهور مكان الوثيقة (2000 حرف على الأكثر).
rec-v-withdrawn = سُحبت هذه الوثيقة: لا يمكن إضافة ملفات إليها.
rec-v-file-missing = اختر الملف الذي تريد رفعه.
rec-v-file-too-large = حجم الملف أكبر من 25 ميغابايت. صغّره، مثلًا بحفظ ملف PDF بجودة الويب، ثم حاول مرة أخرى.
rec-v-file-not-accepted = هذا الملف ليس وثيقة PDF أو DOCX أو XLSX أو PPTX أو ODT. اختر وثيقة بأحد هذه الأنساق.
rec-v-file-name-mismatch = اسم الملف لا يطابق محتواه (مثل مستند Word باسم ينتهي بـ ‎.pdf). غيّر امتداد الاسم أو اختر ملفًا آخر.

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = المنطقة (M49 للأمم المتحدة)
agg-dim-itu_region = منطقة الاتحاد الدولي للاتصالات
rec-document-page = صفحة الوثيقة
