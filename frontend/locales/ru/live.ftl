# Режим живой встречи: телефоны, проектор и страница ведущего.

live-title = Вопросы в прямом эфире
live-session-code = Код для входа
live-join-button = Присоединиться
live-unknown-title = Мы не нашли эту встречу
live-unknown-text = Возможно, код набран с ошибкой или встреча уже закончилась. Проверь код на экране и попробуй ещё раз.
live-unknown-again = Набери код с экрана
live-setup-title = Перед началом
live-setup-language = На каком языке ты хочешь отвечать?
live-setup-age = Сколько тебе лет?
live-setup-age-hint = Мы спрашиваем только возрастную группу, а не дату рождения.
live-age-under = Младше { $age }
live-age-band = От { $min } до { $max }
live-guardian-label = Родитель, опекун или учитель разрешает мне участвовать
live-guardian-hint = Нужно, только если тебе меньше { $age }.
live-err-language = Выбери язык.
live-err-age = Выбери свою возрастную группу.
live-err-guardian = Спроси родителя, опекуна или учителя и отметь поле.
live-err-empty = Выбери или напиши ответ, прежде чем отправлять.
live-err-ranking = Поставь место хотя бы одному варианту, прежде чем отправлять.
live-waiting-title = Смотри на большой экран
live-waiting-text = Следующий вопрос появится здесь сам.
live-too-young-title = Спасибо, что пришёл
live-too-young-text = Эти вопросы для ребят постарше. Ты можешь смотреть на большой экран вместе со всеми.
live-answered-title = Твой ответ принят
live-answered-text = Спасибо! Смотри на большой экран. Следующий вопрос появится здесь сам.
live-receipt = Твой код ответов (чтобы потом забрать этот ответ):
live-question-title = Вопрос
live-send = Отправить ответ
live-refresh = Проверить, есть ли новый вопрос
live-refused-title = Этот вопрос закрыт
live-refused-text = Твой ответ не сохранён, потому что вопрос уже закрыт. Смотри на большой экран, чтобы увидеть следующий.
live-present-title = Результаты в прямом эфире
live-present-join = Присоединяйтесь с телефона:
live-qr-label = QR-код для входа на встречу
live-no-question = Первый вопрос скоро появится здесь.
live-results-hidden = Результаты скоро будут показаны.
live-answers-count = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
live-too-few = { $threshold ->
    [one] Результаты появятся, когда ответит { $threshold } человек.
    [few] Результаты появятся, когда ответят { $threshold } человека.
    [many] Результаты появятся, когда ответят { $threshold } человек.
   *[other] Результаты появятся, когда ответят { $threshold } человека.
}
live-fewer-than = меньше { $threshold }
live-chart-desc = Сколько человек выбрали каждый ответ.
live-mean = Среднее
live-median = Медиана
live-state-waiting = Ещё не задан
live-state-open = Открыт
live-state-closed = Закрыт
live-start-title = Живая сессия
live-start-text = Начните живую сессию, чтобы задавать вопросы по одному во время встречи. Вы получите код и QR-код для зала.
live-start-button = Начать живую сессию
live-start-not-open = Откройте опрос, прежде чем начинать живую сессию.
live-start-no-phase = Сначала включите этап «во время встречи» в настройках опроса.
live-start-no-question = В опросе нет вопросов.
live-api-unknown-action = Неизвестное действие: используйте open, close, reveal или hide.
live-control-title = Ведение живой сессии
live-open-presenter = Открыть вид для проектора
live-control-questions = Вопросы по одному
live-col-question = Вопрос
live-col-state = Состояние
live-col-answers = Ответы
live-col-actions = Действия
live-current = на экране
live-revealed = результаты показаны
live-action-open = Открыть
live-action-close = Закрыть
live-action-reveal = Показать результаты
live-action-hide = Скрыть результаты
live-moderation-status = Тексты: показано { $shown }, на проверке { $held }, одобрено { $approved }, скрыто { $rejected }
live-end-text = После завершения сессии код перестанет работать. Ответы останутся в сводке опроса.
live-end-button = Завершить живую сессию
live-people-answers = { $people ->
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
live-fullscreen = Во весь экран
live-fullscreen-exit = Выйти из полноэкранного режима
live-new-question = На экране новый вопрос.
live-votes-count = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
live-statements-top = Утверждения с наибольшим числом голосов
live-opinion-forming = Карта мнений появится, когда достаточно людей проголосуют хотя бы по { $votes } утверждениям каждый. { $threshold ->
    [one] Группы меньше { $threshold } человека не показываются.
    [few] Группы меньше { $threshold } человек не показываются.
    [many] Группы меньше { $threshold } человек не показываются.
   *[other] Группы меньше { $threshold } человека не показываются.
}
