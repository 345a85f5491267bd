# Утверждения, за которые голосуют молодые люди, и карта мнений (задача 23).
cn-kind-statements = Утверждения для голосования
cn-kind-statements-hint = Молодые люди соглашаются, не соглашаются или пропускают короткие утверждения; если вы разрешите, они могут добавлять свои.
agg-kind-statements = Утверждения
p-hint-statements = Для каждого утверждения выбери: согласен, не согласен или пропустить. Любое можно оставить без ответа.
p-vote-agree = Согласен
p-vote-disagree = Не согласен
p-vote-pass = Пропустить
p-statement-add = Добавь своё утверждение (по желанию)
p-statement-add-hint = Одно короткое предложение, до 140 знаков. Не пиши своё имя и ничего о том, кто ты. Его проверят, прежде чем другие его увидят.
p-err-statement-unknown = Здесь нет утверждения «{ $code }», за которое можно голосовать.
p-err-vote = Выбери «согласен», «не согласен» или «пропустить» для «{ $code }».
p-err-statements-closed = В этом опросе ты не можешь добавлять утверждения.
p-err-statements-too-many = { $count ->
    [one] Добавь не больше { $count } утверждения.
    [few] Добавь не больше { $count } утверждений.
    [many] Добавь не больше { $count } утверждений.
   *[other] Добавь не больше { $count } утверждения.
}
p-err-shape-votes = Передай объект с "votes" (код утверждения → agree, disagree или pass) и, при желании, "new_statements" (список текстов).
cn-slot-statement = утверждение { $code } вопроса { $question }
cn-question-statements = Начальные утверждения
cn-question-statements-hint = Короткие утверждения, за которые голосуют молодые люди; у каждого постоянный код (создаётся из текста, если оставить пустым) и текст на каждом языке. Утверждения, добавленные молодыми людьми, появляются здесь после модерации.
cn-question-statements-shown = Сколько утверждений видит один человек
cn-question-statements-shown-hint = Сначала начальные, затем новые с наименьшим числом голосов. Пусто: 20.
cn-question-statements-allow = Молодые люди могут добавлять утверждения
cn-question-statements-allow-hint = Из добавленного удаляются личные данные, и оно ждёт в очереди модерации, прежде чем его увидят другие.
cn-question-statements-age = Минимальный возраст для добавления утверждений
cn-question-statements-age-hint = Возрастные группы, начинающиеся ниже этого возраста, не могут добавлять. Пусто: 13.
agg-opinion-heading = Карта мнений
agg-opinion-summary = Молодых людей: { $participants }, голосов: { $votes }, групп мнений: { $groups }.
agg-opinion-group = Группа { $number }
agg-opinion-map = Карта мнений
agg-opinion-map-desc = Каждая затенённая область — группа мнений: те, кто голосовал похоже, находятся рядом. В таблице ниже — те же группы.
agg-opinion-groups = Группы мнений и чем каждая выделяется
agg-opinion-group-col = Группа
agg-opinion-size-col = Молодых людей
agg-opinion-representative-col = Характерные утверждения
agg-opinion-hidden = скрыто от участников
agg-opinion-consensus = Утверждения, с которыми согласны все группы
agg-opinion-divisive = Утверждения, которые разделяют группы
agg-opinion-consensus-by = Согласие между возрастными группами, странами, полами и языками
agg-opinion-by-age_band = Между возрастными группами
agg-opinion-by-country = Между странами
agg-opinion-by-gender = Между полами
agg-opinion-by-language = Между языками
agg-opinion-by-none = Недостаточно групп нужного размера для сравнения.
agg-opinion-left-out = { $count ->
    [one] Не учтена { $count } группа: меньше порога.
    [few] Не учтены { $count } группы: меньше порога.
    [many] Не учтено { $count } групп: меньше порога.
   *[other] Не учтено { $count } группы: меньше порога.
}
agg-opinion-none = Пока нет.
agg-opinion-api = Карта мнений в формате JSON

p-statement-progress = Утверждение { $step } из { $steps }
p-statement-vote = Твой голос по этому утверждению
p-statement-back = Предыдущее утверждение
p-statements-done = Все утверждения показаны. Ниже можно изменить любой голос, а потом продолжить.

# The Pol.is import through the API: why a conversation was refused (file names stay as they are).
imp-polis-missing = Нет файла { $file }: отправьте comments.csv и votes.csv двумя частями тела multipart/form-data.
imp-polis-column = В { $file } нет столбца { $column }. Ничего не импортировано.
imp-polis-unreadable = Не удалось прочитать { $file } как CSV. Ничего не импортировано.
imp-polis-empty = Из comments.csv не удалось прочитать ни одного комментария. Ничего не импортировано.
