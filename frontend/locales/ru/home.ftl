## Страница группы и вкладки цикла опроса
cn-tab-live = Живая сессия
cn-tab-moderation = Модерация
cn-tab-results = Результаты
cn-tab-downloads = Файлы
cn-tab-publish = Публикация
cn-tab-public = Публичная страница

gh-consultations = Опросы
gh-empty-intro = У этой группы ещё нет опросов. Опрос проходит такие шаги, и каждый — в одном щелчке отсюда:
gh-empty-step-write = Напишите вопросы на своём языке.
gh-empty-step-translate = Переведите их на языки, которые читают молодые люди.
gh-empty-step-open = Откройте её (и проведите живую сессию на встрече, если она есть).
gh-empty-step-publish = Закройте её, проверьте письменные ответы, опубликуйте результаты и расскажите, что сделано с мнениями.
gh-empty-create = Создать первый опрос
gh-empty-member = У этой группы ещё нет опросов. Их создают ведущие; результаты появятся здесь.
gh-opens = Открывается
gh-closes = Закрывается
gh-date-none = не задано
gh-answered = Ответили
gh-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
  }
gh-pending = Ждут модерации
gh-texts = { $count ->
    [one] { $count } текст
    [few] { $count } текста
    [many] { $count } текстов
   *[other] { $count } текста
  }
gh-safeguarding = Открытые сигналы о защите
gh-deletion = Исходные ответы будут удалены
gh-cycle-label = Страницы опроса
gh-link-editor = Вопросы и настройки
gh-step-write = Написать вопросы
gh-step-translate = Перевести
gh-step-finish = Доработать перед открытием
gh-step-open = Открыть
gh-step-start-live = Начать живую сессию
gh-step-run-live = Вести живую сессию
gh-step-close = Закрыть
gh-step-safeguarding = { $count ->
    [one] Разобрать { $count } сигнал о защите
    [few] Разобрать { $count } сигнала о защите
    [many] Разобрать { $count } сигналов о защите
   *[other] Разобрать { $count } сигнала о защите
  }
gh-step-moderate = { $count ->
    [one] Проверить { $count } текст
    [few] Проверить { $count } текста
    [many] Проверить { $count } текстов
   *[other] Проверить { $count } текста
  }
gh-step-publish = Опубликовать результаты
gh-step-feedback = Написать «что мы сделали с вашими мнениями»
gh-downloads-intro = Сводка и отчёт показывают ведущим все цифры; исходные ответы обезличены, и каждая их выгрузка записывается в журнал аудита.
gh-downloads-intro-member = Сводка и отчёт без малых групп, чтобы никого из молодых людей нельзя было узнать.
