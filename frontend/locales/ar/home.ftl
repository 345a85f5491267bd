## صفحة الفريق وعلامات تبويب دورة الاستشارة
cn-tab-live = الجلسة المباشرة
cn-tab-moderation = الإشراف
cn-tab-results = النتائج
cn-tab-downloads = التنزيلات
cn-tab-publish = النشر
cn-tab-public = الصفحة العامة

gh-consultations = الاستشارات
gh-empty-intro = لا توجد لهذا الفريق أي استشارة بعد. تمر الاستشارة بهذه الخطوات، وكل واحدة منها على بعد نقرة من هنا:
gh-empty-step-write = اكتب الأسئلة بلغتك.
gh-empty-step-translate = ترجمها إلى اللغات التي يقرؤها الشباب.
gh-empty-step-open = افتحها (وأدر جلسة مباشرة في اجتماع إن وُجد).
gh-empty-step-publish = أغلقها، وراجع الإجابات المكتوبة، وانشر النتائج، وقل ما فعلتم بالآراء.
gh-empty-create = أنشئ الاستشارة الأولى
gh-empty-member = لا توجد لهذا الفريق أي استشارة بعد. ينشئها الميسّرون، وستجد نتائجها هنا.
gh-opens = تُفتح
gh-closes = تُغلق
gh-date-none = غير محدد
gh-answered = أجاب
gh-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
  }
gh-pending = بانتظار الإشراف
gh-texts = { $count ->
    [zero] لا نصوص
    [one] نص واحد
    [two] نصان
    [few] { $count } نصوص
    [many] { $count } نصًا
   *[other] { $count } نص
  }
gh-safeguarding = مخاوف حماية مفتوحة
gh-deletion = تُحذف الإجابات الأصلية في
gh-cycle-label = صفحات
gh-link-editor = الأسئلة والإعدادات
gh-step-write = اكتب الأسئلة
gh-step-translate = ترجِم
gh-step-finish = أكملها قبل فتحها
gh-step-open = افتحها
gh-step-start-live = ابدأ الجلسة المباشرة
gh-step-run-live = أدر الجلسة المباشرة
gh-step-close = أغلقها
gh-step-safeguarding = { $count ->
    [one] عالج مخاوف حماية واحدة
    [two] عالج مخاوف حماية اثنتين
    [few] عالج { $count } مخاوف حماية
    [many] عالج { $count } مخاوف حماية
   *[other] عالج { $count } من مخاوف الحماية
  }
gh-step-moderate = { $count ->
    [one] راجع نصًا واحدًا
    [two] راجع نصين
    [few] راجع { $count } نصوص
    [many] راجع { $count } نصًا
   *[other] راجع { $count } نص
  }
gh-step-publish = انشر النتائج
gh-step-feedback = اكتب «ما فعلناه بآرائكم»
gh-downloads-intro = يعرض الملخص والتقرير كل الأرقام على الميسّرين؛ الإجابات الأصلية مجهولة الهوية ويُسجَّل كل تنزيل لها في سجل التدقيق.
gh-downloads-intro-member = الملخص والتقرير بدون المجموعات الصغيرة، حتى لا يمكن التعرف على أي شاب.
