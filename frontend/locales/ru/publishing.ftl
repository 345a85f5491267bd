# Загрузки, публикация и открытые результаты
pub-col-field = Поле
pub-col-value = Значение
pub-col-question = Вопрос
pub-col-kind = Тип
pub-col-text = Текст
pub-col-answered = Ответили
pub-col-skipped = Пропустили
pub-col-group = Группа
pub-col-group-label = Название группы
pub-col-group-responses = Молодых людей в группе
pub-col-option = Вариант
pub-col-option-label = Ответ
pub-col-count = Число
pub-col-percent = Процент
pub-col-suppressed = Скрыто (маленькая группа)
pub-col-average-rank = Средний ранг
pub-col-from = От
pub-col-to = До
pub-col-statistic = Показатель
pub-col-language = Язык
pub-col-term = Термин
pub-col-quote = Цитата
pub-col-dimension = Признак
pub-about = Об этой сводке
pub-overview = Обзор
pub-questions = Вопросы
pub-options = Ответы
pub-bins = Интервалы
pub-statistics = Статистика
pub-answered-table = Ответили и пропустили
pub-key-terms = Ключевые слова
pub-quotes = Цитаты, одобренные для публикации
pub-representativeness = Кто участвовал
pub-by = По признаку: { $dimension }
pub-field-title = Название
pub-field-slug = Краткое имя
pub-field-language = Язык
pub-field-audience = Для кого
pub-field-responses = Ответы
pub-field-generated = Цифры рассчитаны
pub-field-methodology = Методология
pub-audience-facilitator = Ведущие (все цифры)
pub-audience-member = Участники группы
pub-audience-public = Публика
pub-methodology = Молодые люди отвечали анонимно; каждый ответ был необязательным. Проценты считаются от тех, кто ответил на вопрос. Чтобы защитить молодых людей, не показывается ни одно число, основанное на ответах менее чем { $threshold ->
        [one] { $threshold } человека
        [few] { $threshold } человек
       *[other] { $threshold } человек
    }, ни одна цифра, из которой его можно вычислить. Свободные ответы проверял модератор, прежде чем их цитировать.
pub-answered-of = ответили: { $answered }, пропустили: { $skipped }
pub-responses = Ответы: { $count }
pub-hidden-note = — : меньше молодых людей, чем порог
pub-report-context = Контекст
pub-report-methodology = Как получены цифры
pub-report-results = Результаты
pub-chart-desc = Полосы показывают долю молодых людей, выбравших каждый ответ.
pub-download-summary-csv = Сводка (CSV)
pub-download-summary-xlsx = Сводка (Excel)
pub-download-summary-json = Сводка (JSON)
pub-download-responses-csv = Обезличенные ответы (CSV)
pub-download-responses-xlsx = Обезличенные ответы (Excel)
pub-download-report-pdf = Отчёт (PDF)
pub-downloads = Загрузки
pub-manage-title = Загрузки и публикация
pub-manage-link = Вернуться к управлению этим опросом: загрузки, публикация и «что мы сделали с вашими мнениями»
pub-publish-heading = Опубликовать результаты
pub-publish-intro = Публикация размещает результаты на открытой странице, которую любой может открыть без пароля. Цифры фиксируются в нынешнем виде.
pub-pending = { $count ->
    [one] { $count } свободный ответ ещё ждёт модерации.
    [few] { $count } свободных ответа ещё ждут модерации.
   *[other] { $count } свободных ответов ещё ждут модерации.
}
pub-skip-moderation = Опубликовать без ответов, ожидающих модерации
pub-publish-button = Опубликовать результаты
pub-only-closed = Опубликовать можно только закрытый опрос.
pub-is-published = Результаты открыты:
pub-error-not-closed = Опубликовать можно только закрытый опрос; у этой статус { $status }.
pub-error-pending = Свободных ответов, ожидающих модерации: { $count }. Сначала проверьте их или отметьте поле, чтобы опубликовать без них.
pub-error-pending-overview = Свободных ответов, ожидающих модерации: { $count }. Сначала проверьте их или опубликуйте результаты без них на странице публикации.
pub-error-safeguarding = Открытых сообщений о возможном причинении вреда: { $count }. Ответственный за защиту детей в группе должен записать принятые меры до публикации результатов.
pub-feedback-title = Что мы сделали с вашими мнениями
pub-feedback-intro = Расскажите молодым людям на каждом языке, как группа использовала их ответы. Разделяйте абзацы пустой строкой.
pub-feedback-in = Текст на языке:
pub-feedback-save = Сохранить
pub-results-title = Опубликованные результаты
pub-results-intro = Результаты опросов с молодёжью, открытые для всех.
pub-results-none = Пока не опубликовано ни одного результата.
pub-published-on = Опубликовано
pub-open-data = Открытые данные (JSON)
pub-cite = Как ссылаться на эти результаты
pub-cite-intro = Постоянная ссылка:
pub-licence = Опубликовано по лицензии Creative Commons «Атрибуция» 4.0 (CC BY 4.0).
pub-feedback-link = Есть код ответов? Узнай, что стало с твоим мнением
pub-feedback-page-title = Что стало с твоим мнением
pub-feedback-page-intro = Введи код ответов, который приходит после отправки ответов, чтобы узнать, что с ними сделала группа.
pub-feedback-unknown-code = Мы не знаем такого кода. Проверь его и попробуй ещё раз.
pub-feedback-you-took-part = Спасибо за участие в этом опросе!
pub-feedback-not-yet = Группа ещё не написала об этом. Загляни позже.
pub-see-results = Посмотреть результаты

# Archived results stay published; an administrator may withdraw them.
pub-archived = В архиве
pub-archived-note = Опрос завершён и перенесён в архив; его результаты остаются опубликованными здесь и больше не меняются.
pub-withdraw-heading = Отозвать публикацию
pub-withdraw-intro = Это могут сделать только администраторы. Вместо результатов страница, её файлы для скачивания и запись в открытых данных покажут вашу причину. Отменить это нельзя.
pub-withdraw-reason = Причина, которую увидят все
pub-withdraw-button = Отозвать результаты
pub-withdraw-reason-missing = Укажите причину, которую люди прочитают вместо результатов.
pub-withdraw-reason-long = { $max ->
    [one] Причина может содержать не более { $max } символа.
    [few] Причина может содержать не более { $max } символов.
    [many] Причина может содержать не более { $max } символов.
   *[other] Причина может содержать не более { $max } символа.
}
pub-withdrawn-title = Эти результаты отозваны
pub-withdrawn-intro = Администратор отозвал опубликованные результаты этого опроса по такой причине:
pub-withdrawn-on = Отозваны
pub-headlines-heading = Что мы узнали
pub-headlines-title = Главные выводы
pub-headlines-intro = От трёх до пяти коротких выводов, по одному в строке, на каждом языке. Ими открывается открытая страница результатов.
pub-headlines-in = Выводы на языке:
pub-headlines-save = Сохранить выводы
pub-headlines-too-many = { $max ->
    [one] Напишите не более { $max } вывода, по одному в строке
    [few] Напишите не более { $max } выводов, по одному в строке
    [many] Напишите не более { $max } выводов, по одному в строке
   *[other] Напишите не более { $max } вывода, по одному в строке
} (сейчас { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}).
pub-headlines-too-long = { $max ->
    [one] Вывод { $line } слишком длинный: не более { $max } символа.
    [few] Вывод { $line } слишком длинный: не более { $max } символов.
    [many] Вывод { $line } слишком длинный: не более { $max } символов.
   *[other] Вывод { $line } слишком длинный: не более { $max } символа.
}
