# Ежегодные отчёты и итоговый отчёт группы
rep-title-yearly = Ежегодный отчёт { $period }
rep-title-final = Итоговый отчёт { $period }
rep-reports = Ежегодные и итоговый отчёты
rep-reports-intro = Напишите отчёт группы Совету за каждый год или итоговый отчёт за несколько лет: введение и выводы на каждом языке и главные итоги каждого опроса. Он станет открытым, только когда вы его опубликуете.
rep-no-years = Ни одного опроса ещё не проводилось: для отчёта нужен хотя бы один.
rep-state-published = Опубликован
rep-state-draft = Черновик
rep-final-heading = Итоговый отчёт
rep-final-intro = Итоговый отчёт охватывает несколько лет: выберите первый и последний.
rep-field-from = Первый год
rep-field-to = Последний год
rep-final-open = Открыть итоговый отчёт
rep-introduction = Введение
rep-introduction-hint = Несколько абзацев; между абзацами оставляйте пустую строку.
rep-conclusions = Выводы
rep-consultations = Опросы
rep-consultations-count = { $count ->
    [one] { $count } опрос
    [few] { $count } опроса
    [many] { $count } опросов
   *[other] { $count } опроса
}
rep-no-consultations = В этот период опросов не проводилось.
rep-who-took-part = Кто участвовал
rep-findings = Главные итоги
rep-findings-heading = Главные итоги каждого опроса
rep-findings-hint = Короткий текст: что сказали молодые люди, простыми словами.
rep-feedback = Что мы сделали с вашими мнениями
rep-top-figures = Главные цифры
rep-quotes = Цитаты, выбранные ведущими
rep-trends = Повторённые вопросы
rep-trends-intro = Один и тот же вопрос в нескольких опросах: доля каждого ответа, опрос за опросом.
rep-asked-again = Задан снова: { $question }
rep-results-not-public = Результаты этого опроса не опубликованы.
rep-published-note = Этот отчёт опубликован: его может прочитать каждый.
rep-draft-note = Это черновик: до публикации его видят только ведущие группы.
rep-edit = Изменить отчёт
rep-draft = Черновик
rep-download-pdf = Отчёт (PDF)
rep-download-xlsx = Цифры (XLSX)
rep-download-json = Открытые данные (JSON)
rep-not-published-title = Отчёт ещё не опубликован
rep-not-published = Этот отчёт ещё не опубликован. Опубликованные отчёты перечислены в открытом архиве группы.
rep-bad-period-title = Это не год
rep-back-to-record = Открытый архив группы
rep-v-period-malformed = Напишите год четырьмя цифрами, например 2026, или два года через дефис, например 2024-2026.
rep-v-period-range = Выберите год от 2000 до 2100.
rep-v-period-backwards = Последний год должен быть позже первого.
rep-v-period-long = Отчёт охватывает не больше 30 лет.
rep-v-too-long = { $count ->
    [one] Не больше { $count } символа.
    [few] Не больше { $count } символов.
    [many] Не больше { $count } символов.
   *[other] Не больше { $count } символа.
}
rep-v-no-consultations = В этот период опросов не проводилось, поэтому отчитываться не о чем.
rep-saved = Сохранено.
rep-preview = Посмотреть отчёт
rep-language-nav = Язык текстов
rep-publish = Опубликовать отчёт
rep-publish-hint = Его сможет прочитать каждый, на каждом языке, без пароля.
rep-unpublish = Вернуть отчёт в черновик
rep-texts = Введение и выводы
rep-col-title = Название
rep-col-opens = Открыт
rep-col-closes = Закрыт
rep-col-phases = Этапы
rep-col-status = Состояние
rep-col-year = Год
rep-record-heading = Отчёты
rep-record-none = Ни одного отчёта ещё не опубликовано.
rep-group-link = Ежегодные и итоговый отчёты
