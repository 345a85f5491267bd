# The group's public record: meetings, documents (issue #25).
rec-title = Открытый архив
rec-intro = Заседания группы, опросы, проведённые до и во время них, и опубликованные группой документы: вклады членов, отчёты и сводки. Открыто для всех, без пароля.
rec-group-home = Вернуться на страницу группы
rec-link = Заседания и документы
rec-records-heading = Заседания и документы групп
rec-records-intro = Каждая рабочая группа ведёт открытый архив своих заседаний, вкладов и отчётов.
rec-search-heading = Поиск по документам
rec-search-words = Слова в названии
rec-search-year = Год
rec-search-any = Любой
rec-search-button = Найти
rec-results-heading = Найденные документы
rec-results-count = { $count ->
    [0] Ни один документ не соответствует запросу.
    [one] Найден { $count } документ.
    [few] Найдено { $count } документа.
    [many] Найдено { $count } документов.
   *[other] Найдено { $count } документа.
  }
rec-meetings = Заседания
rec-no-meetings = У группы пока нет заседаний.
rec-documents-count = { $count ->
    [0] нет документов
    [one] { $count } документ
    [few] { $count } документа
    [many] { $count } документов
   *[other] { $count } документа
  }
rec-meeting-dates = Даты
rec-meeting-place = Место
rec-manage-documents = Документы заседания
rec-consultations = Опросы до и во время заседания
rec-no-consultations = С этим заседанием пока не связан ни один опрос.
rec-documents = Документы
rec-no-documents = Для этого заседания пока не опубликовано ни одного документа.
rec-field-type = Тип
rec-field-author-org = Организация-автор
rec-field-date = Дата
rec-field-meeting = Заседание
rec-field-language = Язык
rec-field-status = Статус
rec-field-title = Название
rec-field-file = Файл
rec-file-hint = PDF, DOCX, XLSX, PPTX или ODT, не более 25 МБ.
rec-files = Скачать
rec-withdrawn = Отозван
rec-withdrawn-intro = Ведущие группы отозвали этот документ по следующей причине:
rec-kind-contribution = Вклад
rec-kind-report = Отчёт
rec-kind-summary = Сводка
rec-kind-other = Другое
rec-status-draft = Черновик (не опубликован)
rec-status-published = Опубликован
rec-status-withdrawn = Отозван
rec-public-page = Открытая страница заседания
rec-manage-intro = Члены группы и ведущие загружают документы; публикуют их только ведущие. Документ становится открытым после публикации, а вместо отозванного показывается причина.
rec-add-language = Добавить или заменить языковую версию
rec-upload-button = Загрузить
rec-upload-heading = Загрузить документ
rec-publish-button = Опубликовать
rec-withdraw-heading = Отозвать этот документ
rec-withdraw-reason = Причина, которую увидят все
rec-withdraw-button = Отозвать документ
rec-v-query-long = Слишком длинный запрос: не более 200 символов.
rec-v-year = Выберите год из списка.
rec-v-type = Выберите тип из списка.
rec-v-language = Выберите язык из списка.
rec-v-title = Укажите название документа (не более 300 символов).
rec-v-author-org = Укажите организацию, подготовившую документ (не более 200 символов).
rec-v-date = Введите дату документа, например 2027-03-14.
rec-v-reason = Укажите причину, которую прочтут вместо документа (не более 2000 символов).
rec-v-withdrawn = Этот документ отозван: к нему нельзя добавить файл.
rec-v-file-missing = Выберите файл для загрузки.
rec-v-file-too-large = Файл больше 25 МБ. Уменьшите его, например сохранив PDF для интернета, и попробуйте снова.
rec-v-file-not-accepted = Этот файл не является документом PDF, DOCX, XLSX, PPTX или ODT. Выберите документ в одном из этих форматов.
rec-v-file-name-mismatch = Имя файла не соответствует его содержимому (например, документ Word с расширением .pdf). Исправьте расширение или выберите другой файл.

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = Регион (M49 ООН)
agg-dim-itu_region = Район МСЭ
rec-document-page = Страница документа
