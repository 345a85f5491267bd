# Импорт форм из других инструментов (XLSForm, LimeSurvey) и экспорт в XLSForm.
imp-file-heading = Импортировать файл формы
imp-file-intro = Форма XLSForm (KoboToolbox, ODK, SurveyCTO, Ona: .xlsx, .csv или .md) или экспорт опроса LimeSurvey (.lss) становится новым черновиком этой группы. Затем редактор показывает, что было импортировано и что пропущено, строка за строкой.
imp-file-label = Файл формы
imp-file-hint = .xlsx, .csv, .md или .lss, не больше 10 МБ. Вопросы, которые позволяют установить личность (телефон, e-mail, местоположение, фото, файлы), никогда не импортируются.
imp-file-submit = Импортировать файл
imp-paste-heading = Или вставьте документ Consulta
imp-export-xlsform = Скачать как XLSForm (.xlsx)
imp-report-heading = Импортировано из { $format } ({ $file })
imp-report-summary = Вопросов: { $questions } · разделов: { $sections } · переведённых условий: { $conditions } · замечаний ниже: { $notes }
imp-report-languages = Языки
imp-report-items = Строки и элементы, импортированные не как есть
imp-report-dismiss = Я прочитал(а) этот отчёт
imp-lang-code = «{ $found }» → { $code } (по коду)
imp-lang-name = «{ $found }» → { $code } (по названию)
imp-lang-default = «{ $found }» (язык не указан) → { $code }, основной язык формы
imp-lang-unmatched = «{ $found }» — не язык Consulta: его тексты пропущены
imp-at = { $place ->
    [survey] Строка { $at } листа survey
    [choices] Строка { $at } листа choices
    [settings] Лист settings
    [question] Вопрос { $at }
    [group] Группа { $at }
    [answer] Ответы вопроса { $at }
    [quota] Квота { $at }
    [assessment] Оценка { $at }
    [language] Язык { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = пропущено: «{ $detail }» позволило бы установить личность молодого человека, его устройство или местонахождение
imp-why-metadata = пропущено: метаданные формы («{ $detail }»), спрашивать нечего
imp-why-repeat = пропущено: повторяющиеся группы не поддерживаются
imp-why-calculation = пропущено: вычисления не поддерживаются
imp-why-unsupported-type = пропущено: у типа «{ $detail }» нет аналога в Consulta
imp-why-nested-group = группа внутри группы стала отдельным разделом
imp-why-condition-unsupported = показывается всем: условие «{ $detail }» нельзя выразить в Consulta (одно сравнение с предыдущим вопросом)
imp-why-constraint-unsupported = ограничение «{ $detail }» не импортировано
imp-why-constraint-strict = строгая граница в «{ $detail }» стала включённым минимумом или максимумом
imp-why-language-unmatched = тексты на «{ $detail }» пропущены: это не один из шести языков Consulta
imp-why-key-changed = переименовано в «{ $detail }» (ключи — строчные латинские буквы, цифры, _ и -)
imp-why-markup-removed = оформление (HTML) удалено: импортировано как простой текст
imp-why-or-other = добавлен вариант «Другое»; поле для уточнения — нет
imp-why-quota = пропущено: квоты не поддерживаются
imp-why-assessment = пропущено: оценки не поддерживаются
imp-why-script = скрипт удалён и никогда не выполняется
imp-why-custom-style = пользовательские стили (CSS) удалены
imp-why-no-label = нет текста на { $detail }: использован текст на другом языке или имя
imp-why-no-name = пропущено: нет имени
imp-why-too-many = сохранены только первые { $detail } вариантов
imp-why-too-long = текст обрезан до { $detail } символов
imp-why-too-few-options = пропущено: меньше двух вариантов
imp-why-subquestion = стало вопросами ({ $detail }), по одному на подвопрос
imp-why-unknown-element = пропущено: неизвестный элемент «{ $detail }»
imp-why-choice-filter = показаны все варианты: фильтр «{ $detail }» не импортирован
imp-why-column-ignored = не импортировано: { $detail }
imp-why-required-expression = стало необязательным: «required» зависит от «{ $detail }»
imp-why-range-as-number = стало числовым вопросом: в диапазоне { $detail } слишком много точек для оценки
imp-why-comment-dropped = поля для комментариев не импортированы
imp-why-second-scale-dropped = импортирована только первая шкала
imp-why-asked-by-consulta = пропущено: Consulta задаёт этот вопрос сама (пол), с ответом «предпочитаю не говорить»
imp-refuse-empty = Файл пуст.
imp-refuse-format = Это не XLSForm (.xlsx, .csv, .md) и не экспорт LimeSurvey (.lss).
imp-refuse-too-large = Файл больше { $detail }.
imp-refuse-too-big = Книга слишком велика после распаковки ({ $detail }).
imp-refuse-too-many-rows = На листе больше { $detail } строк.
imp-refuse-too-many-columns = На листе больше { $detail } столбцов.
imp-refuse-not-workbook = Эту книгу невозможно прочитать ({ $detail }).
imp-refuse-corrupt-zip = Файл .xlsx повреждён: это не корректный zip-архив ({ $detail }).
imp-refuse-not-text = Файл не является текстом в UTF-8.
imp-refuse-not-csv = Файл CSV невозможно прочитать ({ $detail }).
imp-refuse-no-survey = В форме нет листа «survey» со столбцом «type».
imp-refuse-formula = Ячейка начинается со знака «=» (формула): { $detail }. Введите текст без него.
imp-refuse-duplicate-name = У двух вопросов одинаковое имя: { $detail }.
imp-refuse-duplicate-choice = В списке вариантов одно имя встречается дважды: { $detail }.
imp-refuse-no-choices = Вопрос использует список вариантов, которого нет на листе «choices»: { $detail }.
imp-refuse-no-language = Ни один язык формы не входит в языки Consulta (английский, арабский, испанский, китайский, русский, французский).
imp-refuse-invalid = Импортированная форма нарушает правило Consulta в { $detail }.
imp-refuse-not-xml = Файл .lss не является корректным XML ({ $detail }).
imp-refuse-not-lss = Этот XML не является экспортом опроса LimeSurvey (найдено «{ $detail }»).
imp-refuse-multipart = Не удалось прочитать отправленное: выберите файл и отправьте его ещё раз.
imp-refuse-too-many-questions = В форме слишком много вопросов для одного опроса ({ $detail }).
imp-refuse-too-many-sections = В форме слишком много групп для одного опроса ({ $detail }).
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = Да
imp-lss-answer-n = Нет
imp-lss-answer-u = Не уверен
imp-lss-answer-i = Увеличить
imp-lss-answer-s = Без изменений
imp-lss-answer-d = Уменьшить
