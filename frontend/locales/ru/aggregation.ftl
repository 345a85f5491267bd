agg-page-title = Сводка
agg-status = Статус:
agg-responses = Ответы:
# "12 people, 87 answers": young people who answered and the answers they gave (also on the projector).
agg-people-answers = { $people ->
    [one] { $people } человек
    [few] { $people } человека
    [many] { $people } человек
   *[other] { $people } человека
  }, { $answers ->
    [one] { $answers } ответ
    [few] { $answers } ответа
    [many] { $answers } ответов
   *[other] { $answers } ответа
  }
agg-status-draft = черновик
agg-status-open = открыта
agg-status-live = в прямом эфире
agg-status-closed = закрыта
agg-status-published = опубликована
agg-status-archived = в архиве
agg-facilitator-note = { $count ->
    [one] Вы видите все цифры. Цифры, отмеченные *, основаны на ответах менее чем { $count } молодого человека или позволили бы вычислить такую цифру: члены группы и публика видят вместо них «менее { $count }».
    [few] Вы видите все цифры. Цифры, отмеченные *, основаны на ответах менее чем { $count } молодых людей или позволили бы вычислить такую цифру: члены группы и публика видят вместо них «менее { $count }».
    [many] Вы видите все цифры. Цифры, отмеченные *, основаны на ответах менее чем { $count } молодых людей или позволили бы вычислить такую цифру: члены группы и публика видят вместо них «менее { $count }».
   *[other] Вы видите все цифры. Цифры, отмеченные *, основаны на ответах менее чем { $count } молодых людей или позволили бы вычислить такую цифру: члены группы и публика видят вместо них «менее { $count }».
}
agg-member-note = Чтобы защитить молодых людей, число меньше { $count } показывается как «менее { $count }», как и любая цифра, по которой его можно вычислить.
agg-hidden-marker = (скрыто от членов группы и публики)
agg-fewer-than = менее { $count }
agg-hidden = скрыто
agg-controls = Перекрёстные таблицы и фильтры
agg-by-label = Разбить каждый вопрос по
agg-by-hint = Показывает каждый вопрос по группам — в таблице и в виде составных полос.
agg-by-none = Без разбивки
agg-filter-label = Показать только молодых людей одной группы
agg-filter-hint = Используйте либо разбивку, либо фильтр, но не оба сразу.
agg-filter-none = Все
agg-question-label = Вопрос
agg-question-all = Все вопросы
agg-apply = Показать
agg-reset = Сбросить
agg-error-one-view = Выберите либо разбивку, либо фильтр, но не оба.
agg-view-filtered = Только молодые люди, у которых { $dimension }: { $group }.
agg-view-by = Каждый вопрос с разбивкой: { $dimension }.
agg-dim-age_band = Возрастная группа
agg-dim-country = Страна
agg-dim-gender = Пол
agg-dim-language = Язык
agg-dim-phase = Этап
agg-not-stated = Не указано
agg-gender-girl = Девушки
agg-gender-boy = Юноши
agg-gender-self_described = Описали своими словами
agg-gender-prefer_not_to_say = Предпочли не говорить
agg-phase-before = До встречи
agg-phase-during = Во время встречи
agg-who-answered = Кто ответил
agg-totals-by = Ответы: { $dimension }
agg-young-people = Молодые люди
agg-representativeness = Представленность
agg-no-targets = Для этого опроса не заданы целевые доли, поэтому сравнивать не с чем.
agg-targets-caption = Доля ответов по сравнению с целевой
agg-target = Цель
agg-reached = Достигнуто
agg-heard = Услышаны?
agg-under-heard-short = Недостаточно услышаны
agg-heard-ok = Да
agg-nobody-under-heard = Каждая группа с целевой долей достигла не менее четырёх пятых от неё.
agg-under-heard = Эти группы услышаны недостаточно (меньше четырёх пятых целевой доли) — читайте результаты осторожно и постарайтесь до них достучаться:
agg-no-questions = В этом опросе пока нет вопросов для сводки.
agg-answered-skipped = ответили: { $answered }, не ответили: { $skipped }
agg-answered = Ответили
agg-chart-desc = Ответы молодых людей: { $answered }. Те же цифры приведены в таблице под диаграммой.
agg-all = Все
agg-option = Вариант
agg-ranked-first = На первом месте
agg-average-rank = Среднее место (1 = первое)
agg-table-caption = Цифры диаграммы
agg-bin = Интервал
agg-mean = Среднее
agg-median = Медиана
agg-median-option = Средний ответ
agg-q1 = Первый квартиль
agg-q3 = Третий квартиль
agg-min = Наименьшее
agg-max = Наибольшее
agg-crosstab = Перекрёстная таблица
agg-crosstab-title = { $question } — по признаку «{ $dimension }»
agg-crosstab-desc = По одной полосе на группу, разделённой по ответам, с процентами от ответивших в группе. Те же цифры приведены в таблице ниже.
agg-crosstab-caption = Цифры по признаку «{ $dimension }» (проценты от ответивших в каждой группе)
agg-text-heading = Что написали молодые люди
agg-text-answers = Проанализировано ответов:
agg-no-text = Проверенных ответов пока нет. Свободный текст показывается после проверки ведущим.
agg-no-terms = Ни один термин не встречается достаточно часто, чтобы его показать.
agg-key-terms = Ключевые слова (число ответов с ними):
agg-phrases = Словосочетания:
agg-cloud-title = Ключевые слова вопроса «{ $question }» — { $language }
agg-cloud-desc = Облако слов: чем больше ответов используют слово, тем крупнее оно написано. Те же слова перечислены ниже.
agg-quotes = Одобренные цитаты
agg-no-quotes = Ни одна цитата пока не одобрена.
agg-preview-heading = Предпросмотр для ведущих: включает ответы, ожидающие проверки
agg-preview-note = Этот предпросмотр не видит никто, кроме вас. В нём есть ответы, которые ещё никто не проверил.
agg-api-link = Эти цифры в формате JSON (API)
agg-kind-single_choice = Один вариант
agg-kind-multiple_choice = Несколько вариантов (сумма процентов может превышать 100)
agg-kind-scale = Шкала согласия
agg-kind-rating = Оценка
agg-kind-ranking = Ранжирование
agg-kind-number = Число
agg-kind-short_text = Короткий текст
agg-kind-long_text = Длинный текст
agg-kind-info = Информация
agg-contents = Вопросы с первого взгляда
agg-preview-show = Показать предпросмотр с ответами, ожидающими проверки
agg-key-heading = Главные цифры
agg-key-people = Ответившие молодые люди
agg-key-completion = Ответили на последний вопрос
agg-key-timeline = Ответы по дням
agg-key-busiest = Самый активный день: { $day } ({ $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
})
agg-key-timeline-label = Ответы по дням с { $first } по { $last }. { $busiest }
agg-answered-share = ответили { $percent } % всех
