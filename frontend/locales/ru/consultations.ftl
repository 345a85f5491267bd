## Сообщения проверки (рядом с полем)
cn-v-required = Напишите этот текст.
cn-v-too-long = { $max ->
    [one] Не более { $max } символа (здесь { $count }).
    [few] Не более { $max } символов (здесь { $count }).
    [many] Не более { $max } символов (здесь { $count }).
   *[other] Не более { $max } символа (здесь { $count }).
}
cn-v-too-many = Не более { $max }.
cn-v-key-format = Используйте строчные латинские буквы, цифры, «_» или «-», начиная с буквы (не более 64).
cn-v-key-duplicate = «{ $key }» здесь уже используется. Каждый ключ должен быть разным.
cn-v-code-format = Используйте латинские буквы, цифры, «_», «-» или «.» (не более 64).
cn-v-option-code-duplicate = Код «{ $code }» использован дважды. У каждого варианта должен быть свой код.
cn-v-options-too-few = Укажите хотя бы два варианта.
cn-v-options-not-used = У вопросов этого типа нет вариантов.
cn-v-languages-empty = Выберите хотя бы один язык.
cn-v-language-unknown = «{ $code }» нет среди языков Consulta.
cn-v-language-duplicate = { $language } указан дважды.
cn-v-default-language = Основной язык должен быть среди выбранных языков.
cn-v-range = Укажите число от { $min } до { $max }.
cn-v-number = Напишите число.
cn-v-threshold-min = Порог не может быть меньше 5: в более маленьких группах можно узнать конкретного человека.
cn-v-retention-range = Храните исходные ответы от 1 до 365 дней после закрытия.
cn-v-phases-empty = Выберите хотя бы один этап.
cn-v-phases-duplicate = Этап указан дважды.
cn-v-access-code = Используйте от 4 до 20 букв или цифр.
cn-v-country = Используйте двухбуквенный код страны (например, RU) или * для всех остальных стран.
cn-v-phone = Только цифры, пробелы, +, - и скобки (не более 40).
cn-v-url = Напишите полный веб-адрес, начиная с https://.
cn-v-helpline-contact = Укажите номер телефона или веб-адрес.
cn-v-percent = Доли — это проценты от 0 до 100.
cn-v-age-bands-empty = Предложите хотя бы одну возрастную группу.
cn-v-age-band-code = Код возрастной группы состоит из цифр, латинских букв, «+», «-» или «_».
cn-v-age-band-range = Группа { $band } должна идти от меньшего возраста к большему, в пределах от 5 до 30 лет.
cn-v-age-band-order = Группа { $band } пересекается с предыдущей или стоит не по порядку.
cn-v-age-band-format = «{ $band }» — не возрастная группа: напишите, например, 13-15.
cn-v-easy-read-band = Возрастной группы { $band } больше нет.
cn-v-info-required = У информационного текста нет ответа, поэтому он не может быть обязательным.
cn-v-pictorial-needs-pictures = Добавьте картинку к каждому пункту или отключите картинки.
cn-v-pictorial-scale-only = Вариант с картинками есть только у шкалы согласия.
cn-v-same-as-kind = В отчётах сравниваются только вопросы с одним и несколькими вариантами, шкалы и оценки.
cn-v-same-as-here = Другой вопрос этого опроса уже сравнивается под ключом «{ $key }».
cn-v-max-choices = Укажите число от 1 до { $count } (количество вариантов).
cn-v-not-for-kind = Эта настройка не относится к вопросам этого типа.
cn-v-min-above-max = Наименьшее значение больше наибольшего.
cn-v-condition-forward = «{ $question }» идёт дальше (или это тот же вопрос): условие может зависеть только от предыдущего вопроса.
cn-v-condition-missing = Вопроса «{ $question }» нет.
cn-v-condition-info = У информационного текста нет ответа, от которого можно зависеть.
cn-v-condition-nested = У «{ $question }» есть своё условие: условия бывают только одного уровня.
cn-v-condition-operator = Это сравнение не подходит к тому вопросу: «равен» — для одного варианта, шкал и оценок, «включает» — для нескольких вариантов.
cn-v-condition-value = Выберите один из вариантов вопроса «{ $question }».
cn-v-no-question = Добавьте хотя бы один вопрос, на который молодые люди могут ответить.
cn-v-slug-format = Используйте от 3 до 80 строчных латинских букв, цифр и дефисов.
cn-v-slug-taken = Адрес «{ $slug }» уже занят другим опросом.
cn-v-slug-locked = Адрес нельзя менять, когда у молодых людей уже есть ссылка.
cn-v-meeting = Выберите одно из заседаний этой группы.
cn-v-dates-order = Дата закрытия должна быть позже даты открытия.
cn-v-closes-past = Дата закрытия уже прошла.
cn-v-date = Укажите дату.
cn-v-datetime = Укажите дату и время.
cn-v-meeting-dates = Дата окончания раньше даты начала.
cn-v-place-or-online = Укажите место проведения заседания или отметьте «Онлайн».
cn-v-kind = Выберите тип вопроса.
cn-v-json = Это не документ опроса: { $detail }
cn-missing-text = { $language }: не хватает: { $what }.
cn-stale-version = Пока вы редактировали этот опрос, его изменил кто-то другой (теперь это версия { $version }). Ничего не сохранено. Обновите страницу и повторите изменение.
cn-stale-version-form = Пока вы редактировали этот опрос, кто-то другой сохранил в нём изменение. Ничего не сохранено. Введённое вами — ниже: посмотрите текущую версию (откроется в новой вкладке) и сохраните ещё раз, чтобы заменить её.
cn-locked-archived = Этот опрос в архиве: изменить его больше нельзя.
cn-locked-answers = У этого опроса уже { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
  }, поэтому его вопросы больше нельзя менять. Исправлять формулировки и переводы по-прежнему можно.
cn-locked-question = Вопрос «{ $question }»: когда есть ответы, это менять нельзя.
cn-locked-removed = Когда есть ответы, вопрос «{ $question }» нельзя удалить.
cn-locked-added = Когда есть ответы, вопрос «{ $question }» нельзя добавить.
cn-locked-order = Когда есть ответы, вопросы нельзя переставлять.
cn-locked-age-bands = Когда есть ответы, возрастные группы нельзя менять.
cn-locked-open-incomplete = Сейчас на этот опрос отвечают молодые люди, поэтому каждый язык должен оставаться полным:
cn-locked-delete-answers = У этого опроса { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
  }: удалить его нельзя. Вместо этого отправьте его в архив.
cn-locked-delete-open = Закройте этот опрос, прежде чем удалять его.
cn-locked-has-answers = У него уже { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
  }, поэтому вернуть его в черновик нельзя.
cn-transition-not-allowed = Опрос не может перейти из состояния «{ $from }» в состояние «{ $to }».
cn-live-needs-phase = Чтобы перейти в прямой эфир, добавьте в настройках этап «во время заседания».
cn-status-moved = Тем временем кто-то другой изменил состояние: теперь этот опрос — «{ $status }».

## Что это за текст (в списках недостающих текстов)
cn-slot-title = заголовок
cn-slot-introduction = вступление
cn-slot-data-use = «что будет с твоими ответами»
cn-slot-closing = заключительное сообщение
cn-slot-feedback = «что мы сделали с вашим мнением»
cn-slot-results-note = примечание о результатах
cn-slot-section-title = заголовок раздела «{ $section }»
cn-slot-question-text = текст вопроса «{ $question }»
cn-slot-question-help = подсказка к вопросу «{ $question }»
cn-slot-easy-read = упрощённая формулировка вопроса «{ $question }» для группы { $band }
cn-slot-option-label = вариант «{ $code }» вопроса «{ $question }»
cn-v-section-missing = Раздела «{ $key }» нет (или больше нет).
cn-v-question-missing = Вопроса «{ $key }» нет (или больше нет).
cn-v-question-used = Вопрос «{ $dependent }» показывается в зависимости от «{ $question }»: сначала измените его условие.
cn-v-text-path = По этому пути нет текста.
cn-v-version = Передайте версию, которую вы изменяли (из последнего ответа).

## Состояния
cn-status-draft = черновик
cn-status-open = открыт
cn-status-live = в прямом эфире
cn-status-closed = закрыт
cn-status-published = опубликован
cn-status-archived = в архиве

## Общие слова
cn-save = Сохранить
cn-cancel = Отмена
cn-back = Назад
cn-edit = Изменить
cn-delete = Удалить
cn-move-up = Выше
cn-move-down = Ниже
cn-required = Обязательный
cn-section = раздел
cn-language = Язык
cn-main-language = основной язык
cn-error-prefix = Ошибка:
cn-no-meeting = Без заседания
cn-conflict-open-current = Открыть текущую версию в новой вкладке
cn-stale-meeting = Пока вы редактировали это заседание, его изменил кто-то другой. Ничего не сохранено. Введённое вами — ниже: сохраните ещё раз, чтобы заменить чужие изменения.
cn-stale-version-overview = Кто-то другой изменил этот опрос прямо перед вами. Ничего не изменено: посмотрите на список ещё раз и повторите то, что хотели сделать.
cn-transition-refused = Пока нельзя перевести в состояние «{ $to }»:
cn-saved-version = Сохранено (версия { $count }).
cn-editor-version = версия { $count }
cn-editor-tabs = Части этого опроса

## Этапы
cn-phase-before = До заседания (открыт несколько дней или недель)
cn-phase-during = Во время заседания (прямой эфир)

## Страница группы
cn-group-new-consultation = Новый опрос
cn-group-new-meeting = Новое заседание
cn-group-import = Импортировать опрос
cn-group-meetings = Заседания
cn-group-no-meetings = Заседаний пока нет.
cn-group-unattached = Опросы без заседания
cn-group-no-consultations = Опросов пока нет.
cn-group-responses = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
  }

## Заседания
cn-meeting-title = Название заседания
cn-meeting-title-hint = Например: Рабочая группа Совета по защите ребёнка в онлайновой среде, 12-е собрание.
cn-meeting-starts-on = Первый день
cn-meeting-ends-on = Последний день
cn-meeting-ends-on-hint = Оставьте пустым для однодневного заседания.
cn-meeting-place = Место
cn-meeting-place-hint = Город и место проведения. Оставьте пустым, если заседание только онлайн.
cn-meeting-online = Онлайн (также или только)
cn-meeting-online-short = онлайн
cn-meeting-edit = Изменить заседание
cn-meeting-delete-title = Удалить это заседание?
cn-meeting-delete-message = Заседание «{ $title }» будет удалено. Его опросы останутся, без заседания.
cn-meeting-delete-button = Удалить заседание

## Создание и импорт
cn-new-title = Заголовок
cn-new-title-hint = На основном языке. Потом его можно изменить и добавить другие языки.
cn-new-create = Создать черновик
cn-field-slug = Адрес
cn-field-slug-hint = Конец ссылки, которую открывают молодые люди (/c/…): строчные латинские буквы, цифры и дефисы. Оставьте пустым, чтобы сделать его из заголовка.
cn-field-meeting = Заседание
cn-field-languages = Языки
cn-field-languages-hint = Перед открытием опроса каждый текст должен быть написан на каждом выбранном языке.
cn-field-default-language = Основной язык
cn-field-default-language-hint = Язык, на котором вы пишете сначала; остальные языки переводятся с него.
cn-field-phases = Когда отвечают молодые люди
cn-field-phases-hint = Выберите один вариант или оба.
cn-field-key = Ключ
cn-import-title = Импортировать опрос
cn-import-intro = Вставьте документ опроса, экспортированный из Consulta (файл JSON). Он станет новым черновиком в этой группе.
cn-import-document = Документ опроса (JSON)
cn-import-document-hint = Откройте экспортированный файл .json в текстовом редакторе, скопируйте всё и вставьте сюда.
cn-import-slug-hint = Оставьте пустым, чтобы сохранить адрес из документа (если он занят, будет выбран свободный).
cn-import-submit = Импортировать
cn-replace-title = Заменить из документа
cn-replace-intro = Вставьте документ опроса (JSON): его вопросы, тексты и настройки заменят те, что есть в этом опросе. Адрес и ответы сохранятся.

## Вкладки редактора
cn-tab-overview = Обзор
cn-tab-details = Сведения
cn-tab-texts = Тексты
cn-tab-settings = Настройки
cn-tab-translations = Переводы
cn-tab-preview = Предпросмотр

## Обзор
cn-overview-address = Ссылка для молодых людей
cn-overview-join-code = Код для входа
cn-overview-responses = Ответы
cn-overview-publish-page = Открыть страницу публикации
cn-overview-locked = { $count ->
    [one] Уже ответил { $count } человек,
    [few] Уже ответили { $count } человека,
    [many] Уже ответили { $count } человек,
   *[other] Уже ответили { $count } человека,
  } поэтому вопросы закреплены: исправлять формулировки и переводы по-прежнему можно.
cn-overview-status = Состояние
cn-overview-problems = { $count ->
    [one] Перед открытием осталось сделать { $count } дело
    [few] Перед открытием осталось сделать { $count } дела
    [many] Перед открытием осталось сделать { $count } дел
   *[other] Перед открытием осталось сделать { $count } дела
  }
cn-overview-see-translations = Посмотреть недостающие тексты на каждом языке
cn-overview-ready = Всё готово: опрос можно открыть.
cn-overview-no-moves = Этот опрос в архиве: с ним больше ничего не произойдёт.
cn-overview-questions = Разделы и вопросы
cn-overview-no-sections = Разделов пока нет. Добавьте раздел, а затем вопросы в него.
cn-overview-no-questions = В этом разделе пока нет вопросов.
cn-overview-add-question = Добавить вопрос этого типа
cn-overview-add = Добавить
cn-overview-add-section = Добавить раздел
cn-overview-more = Ещё
cn-overview-duplicate = Создать копию-черновик
cn-overview-export = Экспортировать как документ JSON
cn-overview-history = История
cn-history-when = Когда
cn-history-from = Из
cn-history-to = В
cn-history-by-schedule = по расписанию
cn-move-to-draft = Вернуть в черновик
cn-move-to-draft-hint = Только пока никто не ответил.
cn-move-to-open = Открыть
cn-move-to-open-hint = Молодые люди могут отвечать по ссылке или коду.
cn-move-to-live = Начать прямой эфир
cn-move-to-live-hint = Для работы во время заседания.
cn-move-to-closed = Закрыть
cn-move-to-closed-hint = Ответы больше не принимаются.
cn-move-to-published = Опубликовать результаты
cn-move-to-published-hint = Результаты становятся общедоступными.
cn-move-to-archived = Отправить в архив
cn-move-to-archived-hint = Сохраняется для истории; больше ничего нельзя изменить.
cn-consultation-delete-title = Удалить этот опрос
cn-consultation-delete-message = «{ $title }» и всё его содержимое будут удалены навсегда.
cn-section-delete-title = Удалить этот раздел?
cn-section-delete-message = Раздел «{ $section }» будет удалён вместе с { $count ->
    [one] { $count } вопросом
    [few] { $count } вопросами
   *[other] { $count } вопросами
  }.
cn-question-delete-title = Удалить этот вопрос?
cn-question-delete-message = Вопрос «{ $question }» будет удалён.
cn-condition-summary-equals = Показывается, только если ответ на «{ $question }» — «{ $value }».
cn-condition-summary-includes = Показывается, только если ответы на «{ $question }» включают «{ $value }».
cn-condition-summary-not-answered = Показывается, только если на «{ $question }» не ответили.

## Типы вопросов
cn-kind-single_choice = Один вариант
cn-kind-single_choice-hint = Молодые люди выбирают один вариант (круглые кнопки).
cn-kind-multiple_choice = Несколько вариантов
cn-kind-multiple_choice-hint = Молодые люди отмечают все подходящие варианты, до заданного вами максимума.
cn-kind-scale = Шкала согласия
cn-kind-scale-hint = Пять пунктов от «совсем не согласен» до «полностью согласен», по желанию с картинками для младших детей.
cn-kind-rating = Оценка
cn-kind-rating-hint = Оценка от 0 до 10 или от 1 до 5.
cn-kind-ranking = Ранжирование
cn-kind-ranking-hint = Молодые люди расставляют по порядку самые важные варианты (первые 3, если вариантов больше 4).
cn-kind-number = Число
cn-kind-number-hint = Число между наименьшим и наибольшим значением.
cn-kind-short_text = Короткий текст
cn-kind-short_text-hint = Несколько слов (200 символов, если не задать другой предел).
cn-kind-long_text = Длинный текст
cn-kind-long_text-hint = Несколько предложений (2000 символов, если не задать другой предел).
cn-kind-info = Информационный текст
cn-kind-info-hint = Текст для чтения, без ответа.

## Тексты
cn-texts-intro = То, что молодые люди читают до и после вопросов, на каждом языке.
cn-text-title = Заголовок
cn-text-title-hint = Коротко и понятно для молодых людей.
cn-text-introduction = Вступление
cn-text-introduction-hint = Кто спрашивает и зачем — простыми словами.
cn-text-data-use = Что будет с твоими ответами
cn-text-data-use-hint = Кто читает ответы, что публикуется, когда удаляются исходные ответы.
cn-text-closing = Заключительное сообщение
cn-text-closing-hint = Показывается после отправки ответов.
cn-text-feedback = Что мы сделали с вашим мнением
cn-text-feedback-hint = Пишется после заседания, чтобы рассказать молодым людям о результатах. Для открытия не нужно.

## Настройки
cn-settings-audience = Молодые люди
cn-settings-age-bands = Возрастные группы
cn-settings-age-bands-hint = Через запятую, например 9-12, 13-15, 16-17, 18-24. Молодые люди выбирают группу, а не дату рождения.
cn-settings-min-age = Минимальный возраст
cn-settings-min-age-hint = Детям младше вежливо объясняют, что участвовать пока нельзя.
cn-settings-consent-age = Возраст согласия
cn-settings-consent-age-hint = Младше этого возраста подтверждает родитель, опекун или учитель (в большинстве стран — 13 лет).
cn-settings-ask-country = Спрашивать страну
cn-settings-ask-gender = Спрашивать пол
cn-settings-ask-gender-hint = Всегда по желанию, с вариантом «не хочу отвечать» и возможностью описать себя.
cn-settings-duration = Сколько минут занимает
cn-settings-duration-hint = { $count ->
    [one] Оставьте пустым, чтобы оценить по вопросам: сейчас около { $count } минуты.
    [few] Оставьте пустым, чтобы оценить по вопросам: сейчас около { $count } минут.
    [many] Оставьте пустым, чтобы оценить по вопросам: сейчас около { $count } минут.
   *[other] Оставьте пустым, чтобы оценить по вопросам: сейчас около { $count } минуты.
}
cn-settings-dates = Даты
cn-settings-opens-at = Открытие (UTC)
cn-settings-closes-at = Закрытие (UTC)
cn-settings-dates-hint = По желанию. Приём ответов прекращается в момент закрытия.
cn-settings-privacy = Конфиденциальность
cn-settings-threshold = Наименьшая показываемая группа
cn-settings-threshold-hint = Цифры по меньшему числу молодых людей скрыты от всех, кроме ведущих. Не меньше 5; рекомендуется 10.
cn-settings-retention = Сколько дней хранить исходные ответы
cn-settings-retention-hint = После закрытия, не более 365 дней; сводки остаются.
cn-settings-access-code = Код доступа
cn-settings-access-code-hint = По желанию: молодые люди вводят его перед ответом (класс или зал). От 4 до 20 букв или цифр.
cn-settings-results = Результаты
cn-settings-results-note = Когда и где будут опубликованы результаты ({ $language })
cn-settings-helplines = Телефоны доверия
cn-settings-helplines-hint = Показываются молодым людям, которым может понадобиться помощь, по странам. Используйте * для всех остальных стран. Очистите строку, чтобы удалить её.
cn-v-targets-format = Запишите каждую группу и её долю в виде «группа: доля» через запятую, например 13-15: 40, 16-17: 60.
cn-v-target-group = «{ $key }» — не одна из групп этого списка.
cn-settings-targets = Целевые показатели представительности
cn-settings-targets-hint = Доля молодых людей в процентах, которых вы надеетесь услышать в каждой группе. Сводка отмечает группу, доля которой более чем на пятую часть ниже цели. Оставьте поле пустым, если цели нет.
cn-settings-target-age_band = Возрастные группы
cn-settings-target-age_band-hint = Коды возрастных групп выше, например 13-15: 40, 16-17: 60.
cn-settings-target-country = Страны
cn-settings-target-country-hint = Двухбуквенные коды стран, например FR: 50, SN: 50.
cn-settings-target-gender = Пол
cn-settings-target-gender-hint = girl, boy, self_described или prefer_not_to_say, например girl: 50, boy: 50.
cn-settings-target-language = Языки
cn-settings-target-language-hint = Коды языков этого опроса, например en: 50, fr: 50.
cn-settings-target-phase = Этапы
cn-settings-target-phase-hint = before (онлайн до встречи) или during (в прямом эфире), например before: 70, during: 30.
cn-helpline-number = Телефон доверия { $count }
cn-helpline-country = Код страны
cn-helpline-name = Название
cn-helpline-phone = Телефон
cn-helpline-url = Веб-адрес

## Разделы
cn-section-edit = Изменить раздел
cn-section-key-hint = Короткое имя, которое никогда не меняется, например you_online.
cn-section-titles = Заголовок
cn-section-titles-hint = По желанию. Заголовок над вопросами раздела.
cn-section-title-in = Заголовок ({ $language })

## Вопросы
cn-question-new = Новый вопрос
cn-question-edit = Изменить вопрос
cn-question-kind = Тип вопроса
cn-question-change-kind = Сменить тип
cn-question-key-hint = Короткое имя, которое никогда не меняется, например feel_safe: под ним хранятся ответы и результаты.
cn-question-required = Обязательный
cn-question-required-hint = Лучше необязательный: молодые люди могут пропустить что угодно. Делайте вопрос обязательным, только если без него ответы теряют смысл.
cn-question-text = Вопрос
cn-question-info-text = Текст для чтения
cn-question-help = Подсказка
cn-question-help-hint = По желанию: пояснение под вопросом.
cn-question-easy-read = Упрощённая формулировка
cn-question-easy-read-hint = По желанию: более простые слова для возрастной группы, которые она увидит вместо вопроса.
cn-question-easy-read-band = Для группы { $band }
cn-question-options = Варианты
cn-question-options-hint = У каждого варианта есть код, который никогда не меняется, чтобы результаты можно было сравнивать между языками и формулировками. Пустые строки не учитываются.
cn-option-number = Вариант { $count }
cn-option-new = Новый вариант
cn-option-code = Код
cn-option-code-hint = Создаётся из подписи, если оставить пустым.
cn-option-label-in = Подпись ({ $language })
cn-option-emoji = Картинка (эмодзи)
cn-option-value = Баллы
cn-option-value-hint = Нужны для средних значений; если пусто — номер по порядку.
cn-option-remove = Убрать
cn-option-add-more = Ещё пустые варианты
cn-preset-agree = Взять пять пунктов шкалы согласия
cn-preset-rating-10 = Взять от 0 до 10
cn-preset-rating-5 = Взять от 1 до 5
cn-question-max-choices = Сколько вариантов можно выбрать максимум
cn-question-max-choices-hint = Оставьте пустым, чтобы не ограничивать.
cn-question-rank-places-hint = Молодые люди расставляют по порядку не больше этого числа вариантов и могут оставить остальные. Оставьте пустым для значения по умолчанию: первые 3, если вариантов больше 4, иначе все.
cn-question-rank-places = Сколько мест в рейтинге (первые N)
cn-question-min = Наименьшее значение
cn-question-max = Наибольшее значение
cn-question-max-length = Максимум символов
cn-question-max-length-hint = Оставьте пустым для { $count }.
cn-question-pictorial = Показывать картинки у пунктов
cn-question-pictorial-hint = Для младших детей: у каждого пункта должна быть картинка.
cn-question-condition = Показывать этот вопрос, только если…
cn-question-condition-hint = Зависит от ответа на предыдущий вопрос (только один уровень).
cn-condition-none = Показывать всегда
cn-condition-question = Предыдущий вопрос
cn-condition-operator = Сравнение
cn-condition-op-equals = ответ равен
cn-condition-op-includes = ответы включают
cn-condition-op-not_answered = на него не ответили
cn-condition-value = Ответ
cn-condition-value-hint = Не нужен для «на него не ответили».
cn-question-save = Сохранить вопрос
cn-question-not-saved = Ещё не сохранено: проверьте вопрос и нажмите «Сохранить вопрос».
cn-question-locked = Молодые люди уже ответили: можно исправить формулировки и переводы, но не ключ, тип, варианты или условие.

## Переводы
cn-translations-intro = Перед открытием опроса каждый текст должен быть написан на каждом языке. Перевод устарел, если текст на основном языке изменился после перевода.
cn-translations-missing = Нет
cn-translations-stale = Устарели
cn-translations-complete = { $count ->
    [one] Готово: написан { $count } текст.
    [few] Готово: написаны все { $count } текста.
    [many] Готово: написаны все { $count } текстов.
   *[other] Готово: написаны все { $count } текста.
  }
cn-translations-missing-count = { $count ->
    [one] Не хватает { $count } текста
    [few] Не хватает { $count } текстов
   *[other] Не хватает { $count } текстов
  }
cn-translations-stale-count = { $count ->
    [one] { $count } устаревший перевод
    [few] { $count } устаревших перевода
    [many] { $count } устаревших переводов
   *[other] { $count } устаревшего перевода
  }
cn-translations-stale-hint = Текст на основном языке изменился после этих переводов: проверьте их.
cn-translations-work-on = Написать недостающее и устаревшее
cn-translations-all-texts = Показать все тексты
cn-translate-title = Тексты: { $language }
cn-translate-nothing = Здесь делать нечего: все тексты написаны и актуальны.
cn-translate-still-right = Этот перевод по-прежнему верен
cn-text-state-missing = Нет
cn-text-state-stale = Устарел
cn-text-state-current = Актуален

## Предпросмотр
cn-preview-intro = Так это видит молодой человек. Попробуйте ответить: ничего не отправляется и не сохраняется.
cn-preview-language = Язык
cn-preview-band = Возрастная группа
cn-preview-show = Показать
cn-preview-band-alone = Молодые люди этого возраста отвечают сами.
cn-preview-band-guardian = { $age ->
    [one] До { $age } года сначала подтверждает родитель, опекун или учитель.
    [few] До { $age } лет сначала подтверждает родитель, опекун или учитель.
    [many] До { $age } лет сначала подтверждает родитель, опекун или учитель.
   *[other] До { $age } лет сначала подтверждает родитель, опекун или учитель.
}
cn-preview-band-too-young = Эта группа младше минимального возраста: этим детям вежливо объясняют, что участвовать пока нельзя.
cn-preview-easy-read-used = Упрощённая формулировка для группы { $band }.
cn-preview-data-use = Что будет с твоими ответами
cn-preview-optional = по желанию
cn-preview-choose-any = Выбери все подходящие.
cn-preview-choose-up-to = { $count ->
    [one] Выбери { $count } вариант.
    [few] Выбери до { $count } вариантов.
    [many] Выбери до { $count } вариантов.
   *[other] Выбери до { $count } вариантов.
  }
cn-preview-rank = { $count ->
    [one] Поставь номер 1 первому выбору.
    [few] Пронумеруй до { $count } пунктов: 1 — первому.
   *[other] Пронумеруй до { $count } пунктов: 1 — первому.
}
cn-preview-number-between = Число от { $min } до { $max }.
cn-preview-max-length = { $count ->
    [one] Не больше { $count } символа.
    [few] Не больше { $count } символов.
   *[other] Не больше { $count } символов.
  }
cn-preview-duration = { $count ->
    [one] Примерно { $count } минута.
    [few] Примерно { $count } минуты.
    [many] Примерно { $count } минут.
   *[other] Примерно { $count } минуты.
  }
cn-preview-thanks = Спасибо
cn-v-live-threshold-min = Порог для прямого эфира не может быть меньше 3: в более маленьких группах можно узнать конкретного человека.
cn-settings-live-threshold = Результаты в прямом эфире видны от
cn-settings-live-threshold-hint = На проекторе в прямом эфире открытый вопрос показывает все варианты, когда на него ответили хотя бы столько человек (чувствительные вопросы сохраняют наименьшую показываемую группу). Не меньше 3; рекомендуется 5.
cn-settings-quotes-per-question = Цитат на вопрос
cn-settings-quotes-per-question-hint = Наибольшее число ответов, цитируемых в публичных результатах по каждому вопросу: первые, которые вы выберете как цитаты. От 1 до 20; рекомендуется 5.
cn-question-sensitive = Чувствительный вопрос
cn-question-sensitive-hint = На проекторе в прямом эфире по-прежнему скрывать каждый вариант, выбранный меньшим числом молодых людей, чем наименьшая показываемая группа.
cn-question-same-as = Сравнивать в отчётах группы с
cn-question-same-as-hint = Годовой и итоговый отчёты группы показывают вопрос, заданный снова в нескольких опросах, как тенденцию. Вопросы с одинаковым ключом уже сравниваются; выберите здесь, если этот вопрос раньше задавался с другим ключом.
cn-question-same-as-own = Только вопросы с этим ключом

# A draft whose opening date has passed but which the calendar could not open.
cn-not-opened = Опрос должен был открыться { $date }, но не смог: он остаётся черновиком, пока не будет сделано то, что этому мешает.
cn-confirm-move-title = Подтвердите, пожалуйста
cn-confirm-move-closed = Закрыть «{ $title }»? Молодые люди больше не смогут отвечать. Позже её можно открыть снова.
cn-confirm-move-archived = Отправить «{ $title }» в архив? Она сохранится для истории, и ничего в ней больше нельзя будет изменить.
cn-confirm-move-draft = Вернуть «{ $title }» в черновик? Молодые люди не смогут отвечать, пока вы снова её не откроете.

# The journey step by step in a phone-sized frame (preview tab, question editor).
cn-preview-phone-heading = Шаг за шагом, как на телефоне
cn-preview-phone-title = Экраны молодого человека шаг за шагом (предпросмотр: ничего не сохраняется)
cn-preview-phone-restart = Начать предпросмотр заново
cn-preview-all-heading = Все вопросы на одной странице
cn-preview-phone-link = Предпросмотр на экране телефона
