form-has-problems = Есть проблема
login-title = Вход
login-email = Адрес электронной почты
login-password = Пароль
login-submit = Войти
login-wrong = Адрес электронной почты или пароль указаны неверно.
groups-title = Ваши рабочие группы
groups-none = Вы пока не состоите ни в одной рабочей группе. Администратор может пригласить вас.
nav-label = Главное меню
nav-groups = Группы
nav-logout = Выйти
password-too-short = Используйте не менее 12 символов.
password-too-long = Используйте не более 128 символов.
password-too-common = Этот пароль слишком распространён. Выберите другой.

## Shared words
save = Сохранить
continue = Продолжить
actions = Действия
yes = Да
back-to-login = Вернуться ко входу
form-expired = Срок действия этой формы истёк. Попробуйте ещё раз.
email-invalid = Введите адрес электронной почты, например name@example.org.
nav-account = Ваша учётная запись
nav-admin = Администрирование
role-facilitator = ведущий
role-member = участник группы
role-admin = администратор
role-facilitator-hint = Создаёт и проводит опросы, модерирует ответы и публикует результаты.
role-member-hint = Читает сводки и скачивает их.

## Sign in
login-forgot = Забыли пароль?
login-email-missing = Введите адрес электронной почты.
login-password-missing = Введите пароль.
login-wait = { $count ->
    [one] Слишком много неудачных попыток. Подождите { $count } секунду и попробуйте снова.
    [few] Слишком много неудачных попыток. Подождите { $count } секунды и попробуйте снова.
    [many] Слишком много неудачных попыток. Подождите { $count } секунд и попробуйте снова.
   *[other] Слишком много неудачных попыток. Подождите { $count } секунды и попробуйте снова.
}
login-locked = Вход временно заблокирован после слишком многих неудачных попыток. Владельцу учётной записи отправлено письмо; сброс пароля сразу снимает блокировку.
login-notice-reset = Пароль изменён. Войдите с новым паролем.
login-notice-welcome = Ваша учётная запись готова. Добро пожаловать!
login-notice-added = Приглашение принято. Войдите, чтобы продолжить.
login-notice-signed-out = Вы вышли из системы.
login-notice-ended = Ваши сеансы завершены. Войдите снова, чтобы продолжить.

## Second factor
totp-login-title = Введите код подтверждения
totp-login-submit = Продолжить
totp-login-restart = Начать заново
totp-code = Код подтверждения
totp-code-hint = Шестизначный код из приложения-аутентификатора или один из ваших резервных кодов.
totp-code-hint-setup = Шестизначный код, который сейчас показывает приложение-аутентификатор.
totp-code-missing = Введите код из приложения-аутентификатора.
totp-code-wrong = Код неверен или уже был использован. Дождитесь нового кода и попробуйте снова.
totp-enrol-title = Настройка второго фактора
totp-enrol-required = Администратор требует второй фактор от ведущих и администраторов. Настройте его сейчас, чтобы продолжить.
totp-title = Второй фактор
totp-intro = Со вторым фактором для входа нужны пароль и код из приложения-аутентификатора на телефоне (например, FreeOTP, Aegis, Google Authenticator или Microsoft Authenticator).
totp-required-note = Администратор требует второй фактор для вашей учётной записи.
totp-is-on = Второй фактор включён.
totp-is-off = Второй фактор выключен.
totp-start = Настроить второй фактор
totp-setup-heading = Настройка
totp-step-app = Установите на телефон приложение-аутентификатор, если его у вас нет.
totp-step-scan = В приложении добавьте учётную запись и отсканируйте этот QR-код.
totp-step-type = Если отсканировать не получается, введите этот ключ:
totp-step-confirm = Введите шестизначный код, который показывает приложение.
totp-qr-label = QR-код для добавления Consulta в приложение-аутентификатор
totp-confirm = Включить второй фактор
totp-new-secret = Начать заново с новым ключом
totp-codes-title = Ваши резервные коды
totp-codes-on = Второй фактор включён.
totp-codes-intro = Если вы потеряете телефон, каждый из этих кодов позволит один раз войти вместо кода из приложения. Распечатайте их или сохраните в менеджере паролей.
totp-codes-once = Эти коды показываются только сейчас.
totp-codes-left = { $count ->
    [one] У вас остался { $count } неиспользованный резервный код.
    [few] У вас осталось { $count } неиспользованных резервных кода.
    [many] У вас осталось { $count } неиспользованных резервных кодов.
   *[other] У вас осталось { $count } неиспользованных резервных кода.
}
totp-renew-heading = Новые резервные коды
totp-renew-intro = Новые коды заменяют все старые.
totp-renew-submit = Создать новые резервные коды
totp-disable-heading = Выключить второй фактор
totp-disable-submit = Выключить второй фактор
totp-required-cannot-disable = Администратор требует второй фактор, поэтому его нельзя выключить.
totp-notice-off = Второй фактор выключен.

## Forgotten password
forgot-title = Сброс пароля
forgot-intro = Введите адрес электронной почты вашей учётной записи. Мы отправим ссылку для выбора нового пароля.
forgot-submit = Отправить ссылку
forgot-sent = Если этот адрес используется учётной записью, мы отправили на него ссылку для выбора нового пароля.
forgot-sent-hint = Ссылка действует 30 минут и только один раз. Если письмо не пришло через несколько минут, проверьте папку «Спам».
reset-title = Выберите новый пароль
reset-submit = Сохранить новый пароль
reset-ask-again = Запросить новую ссылку

## Links that do not work
link-unknown-title = Эта ссылка не работает
link-unknown = Ссылка неполная или её заменила более новая. Скопируйте ссылку из письма целиком или запросите новую.
link-used-title = Эта ссылка уже использована
link-used = Каждая ссылка работает только один раз. При необходимости запросите новую.
link-expired-title = Срок действия ссылки истёк
link-expired = Для вашей безопасности ссылки действуют ограниченное время. Запросите новую.

## Passwords
password-title = Смена пароля
password-intro = Другие сеансы вашей учётной записи будут завершены.
password-current = Текущий пароль
password-new = Новый пароль
password-choose = Придумайте пароль
password-confirm = Введите пароль ещё раз
password-rules = Не менее 12 символов. Несколько не связанных между собой слов легко запомнить и трудно угадать.
password-submit = Сменить пароль
password-missing = Введите пароль.
password-mismatch = Пароли не совпадают.
password-current-missing = Введите текущий пароль.
password-current-wrong = Текущий пароль введён неверно.
password-same = Выберите пароль, отличный от текущего.

## Your account
account-title = Ваша учётная запись
account-nav-label = Ваша учётная запись
account-nav-profile = Профиль
account-nav-password = Пароль
account-nav-2fa = Второй фактор
account-nav-sessions = Сеансы
account-nav-tokens = Токены API
account-email = Адрес электронной почты
account-admin = Администратор
account-display-name = Имя
account-display-name-hint = Имя, которое видят другие взрослые в ваших группах. Молодые люди его никогда не видят.
account-name-missing = Введите имя.
account-name-too-long = Не более 100 символов.
account-locale = Язык ваших писем
account-locale-hint = Письма от Consulta приходят вам на этом языке.
account-locale-invalid = Выберите один из языков списка.
account-notice-profile = Профиль сохранён.
account-notice-password = Пароль изменён. Другие ваши сеансы завершены.

## Sessions
sessions-title = Где выполнен вход
sessions-intro = Это браузеры, в которых выполнен вход в вашу учётную запись. Завершите незнакомые сеансы, а затем смените пароль.
sessions-device = Устройство
sessions-created = Вход
sessions-last-seen = Последняя активность
sessions-this-one = этот браузер
sessions-end = Завершить этот сеанс
sessions-end-all = Выйти везде, включая этот браузер
sessions-notice-ended = Сеанс завершён.

## API tokens
tokens-title = Токены API
tokens-intro = Токен API позволяет скрипту или другой программе работать с API Consulta с вашими правами. Выдавайте каждой программе отдельный токен и отзывайте его, когда он больше не нужен.
tokens-none = У вас нет токенов API.
tokens-name = Название
tokens-name-hint = Для чего токен, например «Ночной экспорт».
tokens-name-missing = Введите название токена.
tokens-name-too-long = Не более 100 символов.
tokens-created-at = Создан
tokens-last-used = Последнее использование
tokens-never-used = Никогда
tokens-revoke = Отозвать
tokens-new-heading = Новый токен
tokens-create = Создать токен
tokens-created = Создан новый токен:
tokens-secret = Ваш новый токен
tokens-secret-once = Скопируйте его сейчас: больше он показан не будет.
tokens-usage = Передавайте его в заголовке
tokens-notice-revoked = Токен отозван.
tokens-create-needs-role = Создавать API-токены могут только ведущие и администраторы. Вы по-прежнему можете видеть и отзывать свои токены.

## Invitations and first administrator
invitation-title = Присоединиться к Consulta
invitation-offer-group = Вас приглашают в группу «{ $group }». Ваша роль: { $role }.
invitation-offer-admin = Вас приглашают стать администратором Consulta.
invitation-has-account = У вас уже есть учётная запись с этим адресом. Примите приглашение, чтобы добавить к ней эту роль.
invitation-accept = Принять приглашение
invitation-create = Создать учётную запись
setup-title = Создание первого администратора
setup-intro = В этом экземпляре Consulta пока нет администратора. Созданная здесь учётная запись сможет управлять рабочими группами, приглашать людей и читать журнал аудита.
setup-email-hint = С этим адресом вы будете входить в систему.
setup-email-taken = Этот адрес уже используется учётной записью.
setup-submit = Создать администратора

## Administration
admin-title = Администрирование
admin-nav-label = Администрирование
admin-nav-overview = Обзор
admin-nav-groups = Рабочие группы
admin-nav-accounts = Учётные записи
admin-nav-audit = Журнал аудита
admin-groups-count = { $count ->
    [one] { $count } рабочая группа
    [few] { $count } рабочие группы
    [many] { $count } рабочих групп
   *[other] { $count } рабочей группы
}
admin-accounts-count = { $count ->
    [one] { $count } учётная запись
    [few] { $count } учётные записи
    [many] { $count } учётных записей
   *[other] { $count } учётной записи
}
admin-security-heading = Безопасность
admin-totp-legend = Второй фактор
admin-totp-hint = Если эта настройка включена, каждый ведущий и администратор должен входить с приложением-аутентификатором. Тем, у кого его нет, придётся войти заново и настроить его.
admin-totp-label = Требовать второй фактор от ведущих и администраторов
admin-totp-self-first = Сначала настройте собственный второй фактор (Ваша учётная запись › Второй фактор).
admin-groups-title = Рабочие группы
admin-groups-none = Рабочих групп пока нет.
admin-group-new = Новая рабочая группа
admin-group-create = Создать группу
admin-members = Участники
admin-members-none = В этой группе пока никого нет. Пригласите людей ниже.
admin-role-and-lead = Роль
admin-role-of = Роль:
admin-safeguarding-lead = Ответственный за защиту
admin-safeguarding-hint = Ответственный за защиту (ведущий) получает уведомление, если ответ молодого человека указывает на возможную опасность. У группы один ответственный.
admin-remove = Удалить из группы
admin-pending-invitations = Непринятые приглашения
admin-expires = истекает
admin-revoke = Отозвать
admin-invite-heading = Пригласить человека
admin-invite-intro = Человек получит письмо со ссылкой, чтобы выбрать имя и пароль (действует 7 дней). Тот, у кого уже есть учётная запись, сразу получает роль.
admin-invite-submit = Отправить приглашение
admin-accounts-title = Учётные записи
admin-status = Состояние
admin-has-2fa = второй фактор включён
admin-no-2fa = без второго фактора
admin-locked = Заблокирована после неудачных попыток входа
admin-unlock = Разблокировать
admin-revoke-admin = Снять права администратора
admin-invite-admin-heading = Пригласить администратора
admin-invite-admin-intro = Администраторы управляют всеми рабочими группами, всеми учётными записями и настройками безопасности.
admin-notice-group-created = Рабочая группа создана. Теперь пригласите её участников.
admin-notice-invited = Приглашение отправлено.
admin-notice-added = У этого человека уже была учётная запись, теперь у него есть эта роль.
admin-notice-no-mail = Изменение сохранено, но письмо отправить не удалось. Проверьте настройки почты и отправьте приглашение ещё раз.
admin-notice-changed = Изменение сохранено.
admin-notice-removed = Человек удалён из группы.
admin-notice-revoked = Приглашение отозвано.
admin-notice-unlocked = Учётная запись разблокирована.
admin-notice-settings = Настройки безопасности сохранены.
group-name = Название
group-name-hint = Например, «Рабочая группа Совета по защите ребёнка в онлайновой среде».
group-name-missing = Введите название группы.
group-name-too-long = Не более 200 символов.
group-slug = Короткое имя для ссылок
group-slug-hint = Строчные латинские буквы a–z, цифры и дефисы. Оставьте пустым, чтобы образовать его из названия.
group-slug-invalid = Используйте от 2 до 80 строчных латинских букв a–z, цифр и дефисов; дефис не может стоять в начале или в конце.
group-slug-taken = Это короткое имя уже занято другой группой.
invite-role = Роль
invite-role-missing = Выберите роль: ведущий или участник группы.
invite-email-missing = Введите адрес электронной почты приглашаемого.
invite-locale = Язык приглашения
invite-locale-hint = Письмо и страница, на которую оно ведёт, будут на этом языке.
invite-already-member = У этого человека уже есть роль в этой группе. Измените её в таблице участников.
invite-already-admin = Этот человек уже администратор.
member-lead-needs-facilitator = Ответственным за защиту может быть только ведущий.

## Audit log
audit-title = Журнал аудита
audit-intro = Важные действия, сначала самые новые. В журнале нет персональных данных молодых людей.
audit-when = Когда (UTC)
audit-action = Действие
audit-actor = Кто
audit-group = Группа
audit-details = Подробности
audit-from = С
audit-to = По
audit-any = Любое
audit-filter = Отфильтровать
audit-clear = Сбросить фильтры
audit-none = Записей не найдено.
audit-older = Более ранние записи
audit-filter-invalid = Выберите значение из списка.
audit-date-invalid = Введите дату в виде 2027-03-31.
audit-dates-reversed = Дата окончания раньше даты начала.
audit-action-login = Вход
audit-action-login-failed = Неудачный вход
audit-action-login-locked = Учётная запись заблокирована
audit-action-login-2fa-failed = Неверный код подтверждения
audit-action-logout = Выход
audit-action-sessions-ended = Выход со всех устройств
audit-action-session-ended = Сеанс завершён
audit-action-password-changed = Пароль изменён
audit-action-password-reset-requested = Запрошен сброс пароля
audit-action-password-reset = Пароль сброшен
audit-action-profile-changed = Профиль изменён
audit-action-totp-enabled = Второй фактор включён
audit-action-totp-disabled = Второй фактор выключен
audit-action-recovery-codes-renewed = Новые резервные коды
audit-action-recovery-code-used = Использован резервный код
audit-action-api-token-created = Создан токен API
audit-action-api-token-revoked = Отозван токен API
audit-action-group-created = Создана рабочая группа
audit-action-invitation-sent = Отправлено приглашение
audit-action-invitation-revoked = Приглашение отозвано
audit-action-invitation-accepted = Приглашение принято
audit-action-membership-added = Добавлен в группу
audit-action-role-changed = Роль изменена
audit-action-membership-removed = Удалён из группы
audit-action-safeguarding-lead-set = Назначен ответственный за защиту
audit-action-safeguarding-lead-unset = Снят ответственный за защиту
audit-action-admin-created = Создан администратор
audit-action-admin-granted = Выданы права администратора
audit-action-admin-revoked = Сняты права администратора
audit-action-account-unlocked = Учётная запись разблокирована
audit-action-security-setting-changed = Изменена настройка безопасности

## E-mails
email-greeting = Здравствуйте!
email-footer = Это письмо отправлено Consulta ({ $site }). Если вы его не ждали, просто не обращайте на него внимания.
email-link-fallback = Если кнопка не работает, скопируйте эту ссылку в браузер:
email-invitation-subject = Приглашение в Consulta
email-invitation-group = Вас приглашают присоединиться к рабочей группе «{ $group }» в Consulta; ваша роль: { $role }.
email-invitation-admin = Вас приглашают стать администратором Consulta.
email-invitation-action = Выбрать имя и пароль
email-invitation-expiry = Эта ссылка работает один раз в течение 7 дней.
email-added-subject = У вас новая роль в Consulta
email-added-body = Теперь ваша роль в рабочей группе «{ $group }» в Consulta: { $role }. Входите с обычными адресом электронной почты и паролем.
email-added-action = Войти
email-reset-subject = Выберите новый пароль для Consulta
email-reset-body = Кто-то, вероятно вы, запросил сброс пароля вашей учётной записи Consulta.
email-reset-action = Выбрать новый пароль
email-reset-expiry = Эта ссылка работает один раз в течение 30 минут. Если вы её не запрашивали, проигнорируйте письмо: ваш пароль не изменится.
email-reset-tokens = При выборе нового пароля также отзываются все ваши API-токены: скриптам и инструментам, которые их используют, понадобятся новые.
email-locked-subject = Ваша учётная запись Consulta заблокирована
email-locked-body = После { $attempts ->
        [one] { $attempts } неудачной попытки
        [few] { $attempts } неудачных попыток
       *[other] { $attempts } неудачных попыток
    } входа ваша учётная запись заблокирована на { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }. Если это были не вы, возможно, кто-то пытается подобрать ваш пароль.
email-locked-action = Сбросить пароль (это также снимет блокировку)
email-changed-subject = Пароль Consulta изменён
email-changed-body = Пароль вашей учётной записи Consulta только что был изменён, а другие ваши сеансы завершены.
email-changed-warning = Если это были не вы, сбросьте пароль прямо сейчас:
email-changed-action = Сбросить пароль
