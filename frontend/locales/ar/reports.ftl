# التقارير السنوية والتقرير الختامي للمجموعة
rep-title-yearly = التقرير السنوي { $period }
rep-title-final = التقرير الختامي { $period }
rep-reports = التقارير السنوية والتقرير الختامي
rep-reports-intro = اكتب تقرير المجموعة إلى المجلس عن كل سنة، أو تقريرًا ختاميًا عن عدة سنوات: مقدمة واستنتاجات بكل لغة، وأهم نتائج كل استشارة. لا يصبح عامًا إلا عندما تنشره.
rep-no-years = لم تُجرَ أي استشارة بعد: يحتاج التقرير إلى استشارة واحدة على الأقل.
rep-state-published = منشور
rep-state-draft = مسودة
rep-final-heading = التقرير الختامي
rep-final-intro = يغطي التقرير الختامي عدة سنوات: اختر السنة الأولى والأخيرة.
rep-field-from = السنة الأولى
rep-field-to = السنة الأخيرة
rep-final-open = فتح التقرير الختامي
rep-introduction = المقدمة
rep-introduction-hint = بضع فقرات؛ اترك سطرًا فارغًا بين الفقرات.
rep-conclusions = الاستنتاجات
rep-consultations = الاستشارات
rep-consultations-count = { $count ->
    [zero] لا استشارات
    [one] استشارة واحدة
    [two] استشارتان
    [few] { $count } استشارات
    [many] { $count } استشارة
   *[other] { $count } استشارة
}
rep-no-consultations = لم تُجرَ أي استشارة في هذه الفترة.
rep-who-took-part = من شارك
rep-findings = أهم النتائج
rep-findings-heading = أهم نتائج كل استشارة
rep-findings-hint = نص قصير: ما قاله الشباب، بكلمات بسيطة.
rep-feedback = ماذا فعلنا بآرائكم
rep-top-figures = أبرز الأرقام
rep-quotes = اقتباسات اختارها الميسِّرون
rep-trends = أسئلة طُرحت مرة أخرى
rep-trends-intro = السؤال نفسه في عدة استشارات: نسبة كل إجابة، استشارة بعد استشارة.
rep-asked-again = طُرح مرة أخرى: { $question }
rep-results-not-public = نتائج هذه الاستشارة غير منشورة.
rep-published-note = هذا التقرير منشور: يمكن للجميع قراءته.
rep-draft-note = هذه مسودة: لا يراها إلا الميسِّرون في المجموعة حتى تُنشر.
rep-edit = تعديل التقرير
rep-draft = مسودة
rep-download-pdf = التقرير (PDF)
rep-download-xlsx = الأرقام (XLSX)
rep-download-json = بيانات مفتوحة (JSON)
rep-not-published-title = التقرير لم يُنشر بعد
rep-not-published = لم يُنشر هذا التقرير بعد. التقارير المنشورة مدرجة في السجل العام للمجموعة.
rep-bad-period-title = ليست سنة
rep-back-to-record = السجل العام للمجموعة
rep-v-period-malformed = اكتب سنة من أربعة أرقام، مثل 2026، أو سنتين بينهما شرطة، مثل 2024-2026.
rep-v-period-range = اختر سنة من 2000 إلى 2100.
rep-v-period-backwards = يجب أن تأتي السنة الأخيرة بعد الأولى.
rep-v-period-long = يغطي التقرير 30 سنة على الأكثر.
rep-v-too-long = { $count ->
    [zero] لا أحرف.
    [one] حرف واحد على الأكثر.
    [two] حرفان على الأكثر.
    [few] { $count } أحرف على الأكثر.
    [many] { $count } حرفًا على الأكثر.
   *[other] { $count } حرف على الأكثر.
}
rep-v-no-consultations = لم تُجرَ أي استشارة في هذه الفترة، فلا يوجد ما يُبلَّغ عنه.
rep-saved = تم الحفظ.
rep-preview = عرض التقرير
rep-language-nav = لغة النصوص
rep-publish = نشر التقرير
rep-publish-hint = سيتمكن الجميع من قراءته، بكل لغة، دون كلمة مرور.
rep-unpublish = إعادة التقرير إلى مسودة
rep-texts = المقدمة والاستنتاجات
rep-col-title = العنوان
rep-col-opens = الفتح
rep-col-closes = الإغلاق
rep-col-phases = المراحل
rep-col-status = الحالة
rep-col-year = السنة
rep-record-heading = التقارير
rep-record-none = لم يُنشر أي تقرير بعد.
rep-group-link = التقارير السنوية والتقرير الختامي
