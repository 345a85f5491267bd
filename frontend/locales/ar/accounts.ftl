form-has-problems = هناك مشكلة
login-title = تسجيل الدخول
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
groups-title = مجموعات العمل الخاصة بك
groups-none = لست عضوًا في أي مجموعة عمل بعد. يمكن للمسؤول دعوتك.
nav-label = القائمة الرئيسية
nav-groups = المجموعات
nav-logout = تسجيل الخروج
password-too-short = استخدم 12 حرفًا على الأقل.
password-too-long = استخدم 128 حرفًا على الأكثر.
password-too-common = كلمة المرور هذه شائعة جدًا. اختر كلمة أخرى.

## Shared words
save = حفظ
continue = متابعة
actions = إجراءات
yes = نعم
back-to-login = العودة إلى تسجيل الدخول
form-expired = انتهت صلاحية هذا النموذج. يُرجى المحاولة مرة أخرى.
email-invalid = اكتب عنوان بريد إلكتروني مثل name@example.org.
nav-account = حسابك
nav-admin = الإدارة
role-facilitator = ميسِّر
role-member = عضو في المجموعة
role-admin = مسؤول
role-facilitator-hint = يُنشئ الاستشارات ويديرها، ويراجع الإجابات، وينشر النتائج.
role-member-hint = يقرأ الملخصات وينزّلها.

## Sign in
login-forgot = هل نسيت كلمة المرور؟
login-email-missing = اكتب عنوان بريدك الإلكتروني.
login-password-missing = اكتب كلمة المرور.
login-wait = { $count ->
    [zero] محاولات فاشلة كثيرة. حاول مرة أخرى الآن.
    [one] محاولات فاشلة كثيرة. انتظر ثانية واحدة ثم حاول مرة أخرى.
    [two] محاولات فاشلة كثيرة. انتظر ثانيتين ثم حاول مرة أخرى.
    [few] محاولات فاشلة كثيرة. انتظر { $count } ثوانٍ ثم حاول مرة أخرى.
    [many] محاولات فاشلة كثيرة. انتظر { $count } ثانية ثم حاول مرة أخرى.
   *[other] محاولات فاشلة كثيرة. انتظر { $count } ثانية ثم حاول مرة أخرى.
}
login-locked = تم حظر تسجيل الدخول مؤقتًا بعد محاولات فاشلة كثيرة. أُرسل بريد إلكتروني إلى صاحب الحساب؛ وإعادة تعيين كلمة المرور ترفع الحظر فورًا.
login-notice-reset = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
login-notice-welcome = حسابك جاهز. أهلًا بك!
login-notice-added = تم قبول الدعوة. سجّل الدخول للمتابعة.
login-notice-signed-out = لقد سجّلت الخروج.
login-notice-ended = تم إنهاء جلساتك. سجّل الدخول مرة أخرى للمتابعة.

## Second factor
totp-login-title = أدخل رمز الأمان
totp-login-submit = متابعة
totp-login-restart = البدء من جديد
totp-code = رمز الأمان
totp-code-hint = الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
totp-code-hint-setup = الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن.
totp-code-missing = أدخل الرمز من تطبيق المصادقة.
totp-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه. انتظر رمزًا جديدًا وحاول مرة أخرى.
totp-enrol-title = إعداد عامل ثانٍ
totp-enrol-required = يشترط المسؤول عاملًا ثانيًا للميسّرين والمسؤولين. أعدّه الآن للمتابعة.
totp-title = العامل الثاني
totp-intro = مع العامل الثاني، يتطلب تسجيل الدخول كلمة المرور ورمزًا من تطبيق مصادقة على هاتفك (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).
totp-required-note = يشترط المسؤول عاملًا ثانيًا لحسابك.
totp-is-on = العامل الثاني مُفعَّل.
totp-is-off = العامل الثاني غير مُفعَّل.
totp-start = إعداد عامل ثانٍ
totp-setup-heading = الإعداد
totp-step-app = ثبّت تطبيق مصادقة على هاتفك إن لم يكن لديك واحد.
totp-step-scan = في التطبيق، أضف حسابًا وامسح رمز QR هذا.
totp-step-type = إن تعذّر المسح، اكتب هذا المفتاح بدلًا منه:
totp-step-confirm = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
totp-qr-label = رمز QR لإضافة Consulta إلى تطبيق المصادقة
totp-confirm = تفعيل العامل الثاني
totp-new-secret = البدء من جديد بمفتاح جديد
totp-codes-title = رموز الاسترداد الخاصة بك
totp-codes-on = العامل الثاني مُفعَّل.
totp-codes-intro = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. اطبعها أو احفظها في مدير كلمات المرور.
totp-codes-once = لن تُعرض هذه الرموز إلا الآن.
totp-codes-left = { $count ->
    [zero] لم يتبقَّ لديك أي رمز استرداد غير مستخدم.
    [one] لديك رمز استرداد واحد غير مستخدم.
    [two] لديك رمزا استرداد غير مستخدمين.
    [few] لديك { $count } رموز استرداد غير مستخدمة.
    [many] لديك { $count } رمزًا غير مستخدم.
   *[other] لديك { $count } رمز استرداد غير مستخدم.
}
totp-renew-heading = رموز استرداد جديدة
totp-renew-intro = تحلّ الرموز الجديدة محل جميع الرموز القديمة.
totp-renew-submit = إنشاء رموز استرداد جديدة
totp-disable-heading = إيقاف العامل الثاني
totp-disable-submit = إيقاف العامل الثاني
totp-required-cannot-disable = يشترط المسؤول عاملًا ثانيًا، لذا لا يمكن إيقافه.
totp-notice-off = تم إيقاف العامل الثاني.

## Forgotten password
forgot-title = إعادة تعيين كلمة المرور
forgot-intro = اكتب عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة.
forgot-sent-hint = يعمل الرابط لمدة 30 دقيقة ولمرة واحدة فقط. إذا لم يصلك شيء خلال بضع دقائق فتحقق من مجلد الرسائل غير المرغوب فيها.
reset-title = اختر كلمة مرور جديدة
reset-submit = حفظ كلمة المرور الجديدة
reset-ask-again = طلب رابط جديد

## Links that do not work
link-unknown-title = هذا الرابط لا يعمل
link-unknown = الرابط غير مكتمل، أو حلّ محله رابط أحدث. انسخ الرابط كاملًا من البريد الإلكتروني، أو اطلب رابطًا جديدًا.
link-used-title = سبق استخدام هذا الرابط
link-used = يعمل كل رابط مرة واحدة فقط. اطلب رابطًا جديدًا إذا لزم الأمر.
link-expired-title = انتهت صلاحية هذا الرابط
link-expired = حفاظًا على أمانك، لا تعمل الروابط إلا لمدة محدودة. يُرجى طلب رابط جديد.

## Passwords
password-title = تغيير كلمة المرور
password-intro = سيتم تسجيل الخروج من الجلسات الأخرى لحسابك.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-choose = اختر كلمة مرور
password-confirm = اكتب كلمة المرور مرة أخرى
password-rules = 12 حرفًا على الأقل. بضع كلمات لا رابط بينها سهلة التذكّر وصعبة التخمين.
password-submit = تغيير كلمة المرور
password-missing = اكتب كلمة مرور.
password-mismatch = كلمتا المرور غير متطابقتين.
password-current-missing = اكتب كلمة المرور الحالية.
password-current-wrong = كلمة المرور الحالية غير صحيحة.
password-same = اختر كلمة مرور مختلفة عن الحالية.

## Your account
account-title = حسابك
account-nav-label = حسابك
account-nav-profile = الملف الشخصي
account-nav-password = كلمة المرور
account-nav-2fa = العامل الثاني
account-nav-sessions = الجلسات
account-nav-tokens = رموز API
account-email = عنوان البريد الإلكتروني
account-admin = مسؤول
account-display-name = الاسم
account-display-name-hint = الاسم الذي يراه البالغون الآخرون في مجموعاتك. لا يراه الشباب أبدًا.
account-name-missing = اكتب اسمًا.
account-name-too-long = استخدم 100 حرف على الأكثر.
account-locale = لغة رسائلك الإلكترونية
account-locale-hint = تُكتب الرسائل التي يرسلها إليك Consulta بهذه اللغة.
account-locale-invalid = اختر إحدى اللغات في القائمة.
account-notice-profile = تم حفظ ملفك الشخصي.
account-notice-password = تم تغيير كلمة المرور. وتم تسجيل الخروج من جلساتك الأخرى.

## Sessions
sessions-title = أين سجّلت الدخول
sessions-intro = هذه هي المتصفحات التي سجّلت الدخول إلى حسابك. أنهِ أي جلسة لا تعرفها، ثم غيّر كلمة المرور.
sessions-device = الجهاز
sessions-created = تسجيل الدخول
sessions-last-seen = آخر نشاط
sessions-this-one = هذا المتصفح
sessions-end = إنهاء هذه الجلسة
sessions-end-all = تسجيل الخروج من كل مكان، بما في ذلك هنا
sessions-notice-ended = تم إنهاء الجلسة.

## API tokens
tokens-title = رموز API
tokens-intro = يتيح رمز API لبرنامج نصي أو أداة أخرى استخدام واجهة Consulta البرمجية بصلاحياتك. امنح كل أداة رمزها الخاص وألغِه عندما لا تعود بحاجة إليه.
tokens-none = ليس لديك رموز API.
tokens-name = الاسم
tokens-name-hint = الغرض من الرمز، مثل «التصدير الليلي».
tokens-name-missing = اكتب اسمًا للرمز.
tokens-name-too-long = استخدم 100 حرف على الأكثر.
tokens-created-at = تاريخ الإنشاء
tokens-last-used = آخر استخدام
tokens-never-used = لم يُستخدم قط
tokens-revoke = إلغاء
tokens-new-heading = رمز جديد
tokens-create = إنشاء الرمز
tokens-created = تم إنشاء رمز جديد:
tokens-secret = رمزك الجديد
tokens-secret-once = انسخه الآن: لن يُعرض مرة أخرى.
tokens-usage = أرسله في الترويسة
tokens-notice-revoked = تم إلغاء الرمز.
tokens-create-needs-role = لا يمكن إنشاء رموز واجهة البرمجة إلا للميسّرين والمسؤولين. لا يزال بإمكانك رؤية رموزك وإلغاؤها.

## Invitations and first administrator
invitation-title = الانضمام إلى Consulta
invitation-offer-group = أنت مدعو للانضمام إلى «{ $group }» بصفة { $role }.
invitation-offer-admin = أنت مدعو لتصبح مسؤولًا في Consulta.
invitation-has-account = لديك حساب بهذا العنوان بالفعل. اقبل الدعوة لإضافة هذا الدور إليه.
invitation-accept = قبول الدعوة
invitation-create = إنشاء حسابي
setup-title = إنشاء المسؤول الأول
setup-intro = لا يوجد مسؤول في Consulta هذا بعد. سيتمكن الحساب الذي تنشئه هنا من إدارة مجموعات العمل ودعوة الأشخاص وقراءة سجل التدقيق.
setup-email-hint = ستسجّل الدخول بهذا العنوان.
setup-email-taken = هناك حساب يستخدم هذا العنوان بالفعل.
setup-submit = إنشاء المسؤول

## Administration
admin-title = الإدارة
admin-nav-label = الإدارة
admin-nav-overview = نظرة عامة
admin-nav-groups = مجموعات العمل
admin-nav-accounts = الحسابات
admin-nav-audit = سجل التدقيق
admin-groups-count = { $count ->
    [zero] لا توجد مجموعات عمل
    [one] مجموعة عمل واحدة
    [two] مجموعتا عمل
    [few] { $count } مجموعات عمل
    [many] { $count } مجموعة عمل
   *[other] { $count } مجموعة عمل
}
admin-accounts-count = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
admin-security-heading = الأمان
admin-totp-legend = العامل الثاني
admin-totp-hint = عند التفعيل، يجب على كل ميسِّر ومسؤول استخدام تطبيق مصادقة لتسجيل الدخول. ومن ليس لديه واحد يُسجَّل خروجه ويُعدّه عند تسجيل دخوله التالي.
admin-totp-label = اشتراط عامل ثانٍ للميسّرين والمسؤولين
admin-totp-self-first = أعدّ العامل الثاني الخاص بك أولًا (حسابك › العامل الثاني).
admin-groups-title = مجموعات العمل
admin-groups-none = لا توجد مجموعات عمل بعد.
admin-group-new = مجموعة عمل جديدة
admin-group-create = إنشاء المجموعة
admin-members = الأعضاء
admin-members-none = لا يوجد أحد في هذه المجموعة بعد. ادعُ أشخاصًا أدناه.
admin-role-and-lead = الدور
admin-role-of = دور
admin-safeguarding-lead = مسؤول الحماية
admin-safeguarding-hint = يُبلَّغ مسؤول الحماية (وهو ميسِّر) عندما تشير إجابة إلى أن شابًا أو شابة قد يكون في خطر. لكل مجموعة مسؤول حماية واحد.
admin-remove = إزالة من المجموعة
admin-pending-invitations = دعوات لم تُقبل بعد
admin-expires = تنتهي في
admin-revoke = سحب
admin-invite-heading = دعوة شخص
admin-invite-intro = يتلقى بريدًا إلكترونيًا فيه رابط لاختيار اسمه وكلمة مروره (صالح 7 أيام). ومن لديه حساب بالفعل يحصل على الدور فورًا.
admin-invite-submit = إرسال الدعوة
admin-accounts-title = الحسابات
admin-status = الحالة
admin-has-2fa = العامل الثاني مُفعَّل
admin-no-2fa = بلا عامل ثانٍ
admin-locked = مقفل بعد محاولات دخول فاشلة
admin-unlock = فتح القفل
admin-revoke-admin = سحب صلاحيات الإدارة
admin-invite-admin-heading = دعوة مسؤول
admin-invite-admin-intro = يدير المسؤولون جميع مجموعات العمل وجميع الحسابات وإعدادات الأمان.
admin-notice-group-created = تم إنشاء مجموعة العمل. ادعُ أعضاءها الآن.
admin-notice-invited = تم إرسال الدعوة.
admin-notice-added = كان لهذا الشخص حساب بالفعل، وأصبح له الدور الآن.
admin-notice-no-mail = تم حفظ التغيير، لكن تعذّر إرسال البريد الإلكتروني. تحقق من إعدادات البريد، ثم أرسل الدعوة مرة أخرى.
admin-notice-changed = تم حفظ التغيير.
admin-notice-removed = تمت إزالة الشخص من المجموعة.
admin-notice-revoked = تم سحب الدعوة.
admin-notice-unlocked = تم فتح قفل الحساب.
admin-notice-settings = تم حفظ إعدادات الأمان.
group-name = الاسم
group-name-hint = مثل «فريق عمل المجلس المعني بحماية الأطفال على الإنترنت».
group-name-missing = اكتب اسم المجموعة.
group-name-too-long = استخدم 200 حرف على الأكثر.
group-slug = اسم مختصر للروابط
group-slug-hint = أحرف لاتينية صغيرة a–z وأرقام وشَرطات. اتركه فارغًا لإنشائه من الاسم.
group-slug-invalid = استخدم من 2 إلى 80 حرفًا لاتينيًا صغيرًا a–z أو أرقامًا أو شَرطات، من غير شَرطة في البداية أو النهاية.
group-slug-taken = هناك مجموعة أخرى تستخدم هذا الاسم المختصر بالفعل.
invite-role = الدور
invite-role-missing = اختر دورًا: ميسِّر أو عضو في المجموعة.
invite-email-missing = اكتب عنوان البريد الإلكتروني للشخص المدعو.
invite-locale = لغة الدعوة
invite-locale-hint = يكون البريد الإلكتروني والصفحة التي يؤدي إليها بهذه اللغة.
invite-already-member = لهذا الشخص دور في هذه المجموعة بالفعل. غيّره في جدول الأعضاء.
invite-already-admin = هذا الشخص مسؤول بالفعل.
member-lead-needs-facilitator = لا يمكن أن يكون مسؤول الحماية إلا ميسِّرًا.

## Audit log
audit-title = سجل التدقيق
audit-intro = الإجراءات الحساسة، الأحدث أولًا. لا يحتوي السجل على أي بيانات شخصية للشباب.
audit-when = الوقت (UTC)
audit-action = الإجراء
audit-actor = من قام به
audit-group = المجموعة
audit-details = التفاصيل
audit-from = من
audit-to = إلى
audit-any = الكل
audit-filter = تصفية
audit-clear = مسح عوامل التصفية
audit-none = لا توجد إدخالات مطابقة.
audit-older = إدخالات أقدم
audit-filter-invalid = اختر قيمة من القائمة.
audit-date-invalid = اكتب تاريخًا مثل 2027-03-31.
audit-dates-reversed = تاريخ النهاية يسبق تاريخ البداية.
audit-action-login = تسجيل دخول
audit-action-login-failed = محاولة دخول فاشلة
audit-action-login-locked = قفل الحساب
audit-action-login-2fa-failed = رمز أمان خاطئ
audit-action-logout = تسجيل خروج
audit-action-sessions-ended = تسجيل الخروج من كل مكان
audit-action-session-ended = إنهاء جلسة
audit-action-password-changed = تغيير كلمة المرور
audit-action-password-reset-requested = طلب إعادة تعيين كلمة المرور
audit-action-password-reset = إعادة تعيين كلمة المرور
audit-action-profile-changed = تعديل الملف الشخصي
audit-action-totp-enabled = تفعيل العامل الثاني
audit-action-totp-disabled = إيقاف العامل الثاني
audit-action-recovery-codes-renewed = رموز استرداد جديدة
audit-action-recovery-code-used = استخدام رمز استرداد
audit-action-api-token-created = إنشاء رمز API
audit-action-api-token-revoked = إلغاء رمز API
audit-action-group-created = إنشاء مجموعة عمل
audit-action-invitation-sent = إرسال دعوة
audit-action-invitation-revoked = سحب دعوة
audit-action-invitation-accepted = قبول دعوة
audit-action-membership-added = إضافة إلى مجموعة
audit-action-role-changed = تغيير الدور
audit-action-membership-removed = إزالة من مجموعة
audit-action-safeguarding-lead-set = تعيين مسؤول الحماية
audit-action-safeguarding-lead-unset = سحب مسؤول الحماية
audit-action-admin-created = إنشاء مسؤول
audit-action-admin-granted = منح صلاحيات الإدارة
audit-action-admin-revoked = سحب صلاحيات الإدارة
audit-action-account-unlocked = فتح قفل حساب
audit-action-security-setting-changed = تغيير إعداد أمان

## E-mails
email-greeting = مرحبًا،
email-footer = أُرسل هذا البريد الإلكتروني من Consulta ‏({ $site }). إذا لم تكن تتوقعه، يمكنك تجاهله.
email-link-fallback = إذا لم يعمل الزر، انسخ هذا الرابط إلى متصفحك:
email-invitation-subject = أنت مدعو إلى Consulta
email-invitation-group = أنت مدعو للانضمام إلى مجموعة العمل «{ $group }» في Consulta بصفة { $role }.
email-invitation-admin = أنت مدعو لتصبح مسؤولًا في Consulta.
email-invitation-action = اختر اسمك وكلمة مرورك
email-invitation-expiry = يعمل هذا الرابط مرة واحدة، لمدة 7 أيام.
email-added-subject = لديك دور جديد في Consulta
email-added-body = أصبحت الآن { $role } في مجموعة العمل «{ $group }» في Consulta. سجّل الدخول بعنوان بريدك الإلكتروني وكلمة مرورك المعتادين.
email-added-action = تسجيل الدخول
email-reset-subject = اختر كلمة مرور جديدة لـ Consulta
email-reset-body = طلب شخص ما، ربما أنت، إعادة تعيين كلمة مرور حسابك في Consulta.
email-reset-action = اختر كلمة مرور جديدة
email-reset-expiry = يعمل هذا الرابط مرة واحدة، لمدة 30 دقيقة. إذا لم تطلبه، فتجاهل هذا البريد: كلمة مرورك تبقى كما هي.
email-reset-tokens = اختيار كلمة مرور جديدة يلغي أيضًا جميع رموز واجهة البرمجة الخاصة بك: ستحتاج النصوص البرمجية والأدوات التي تستخدمها إلى رموز جديدة.
email-locked-subject = تم قفل حسابك في Consulta
email-locked-body = بعد { $attempts ->
        [one] محاولة دخول فاشلة واحدة
        [two] محاولتَي دخول فاشلتين
        [few] { $attempts } محاولات دخول فاشلة
        [many] { $attempts } محاولةَ دخول فاشلة
       *[other] { $attempts } محاولة دخول فاشلة
    }، تم قفل حسابك لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. إذا لم تكن أنت، فقد يحاول شخص ما تخمين كلمة مرورك.
email-locked-action = أعد تعيين كلمة المرور (وهذا يفتح قفل الحساب أيضًا)
email-changed-subject = تم تغيير كلمة مرورك في Consulta
email-changed-body = تم للتو تغيير كلمة مرور حسابك في Consulta، وتم تسجيل الخروج من جلساتك الأخرى.
email-changed-warning = إذا لم تكن أنت من فعل ذلك، فأعد تعيين كلمة المرور الآن:
email-changed-action = إعادة تعيين كلمة المرور
