# The group's public record: meetings, documents (issue #25).
rec-title = 公开记录
rec-intro = 本小组的会议、会前和会中开展的征询，以及小组发布的文件：成员提交的文稿、报告和摘要。向所有人开放，无需密码。
rec-group-home = 返回小组主页
rec-link = 会议和文件
rec-records-heading = 各小组的会议和文件
rec-records-intro = 每个工作组都保存其会议、文稿和报告的公开记录。
rec-search-heading = 搜索文件
rec-search-words = 标题中的词语
rec-search-year = 年份
rec-search-any = 全部
rec-search-button = 搜索
rec-results-heading = 找到的文件
rec-results-count = { $count ->
    [0] 没有符合搜索条件的文件。
   *[other] 有 { $count } 份文件符合搜索条件。
  }
rec-meetings = 会议
rec-no-meetings = 本小组还没有会议。
rec-documents-count = { $count ->
    [0] 没有文件
   *[other] { $count } 份文件
  }
rec-meeting-dates = 日期
rec-meeting-place = 地点
rec-manage-documents = 会议文件
rec-consultations = 会前和会中的征询
rec-no-consultations = 目前还没有与本次会议关联的征询。
rec-documents = 文件
rec-no-documents = 本次会议还没有发布任何文件。
rec-field-type = 类型
rec-field-author-org = 撰写机构
rec-field-date = 日期
rec-field-meeting = 会议
rec-field-language = 语言
rec-field-status = 状态
rec-field-title = 标题
rec-field-file = 文件
rec-file-hint = PDF、DOCX、XLSX、PPTX 或 ODT，不超过 25 MB。
rec-files = 下载
rec-withdrawn = 已撤回
rec-withdrawn-intro = 小组主持人撤回了这份文件，原因如下：
rec-kind-contribution = 文稿
rec-kind-report = 报告
rec-kind-summary = 摘要
rec-kind-other = 其他
rec-status-draft = 草稿（未公开）
rec-status-published = 已发布
rec-status-withdrawn = 已撤回
rec-public-page = 会议的公开页面
rec-manage-intro = 成员和主持人都可以上传文件，只有主持人可以发布。文件发布后即公开；撤回的文件会在原处显示撤回原因。
rec-add-language = 添加或替换一种语言版本
rec-upload-button = 上传
rec-upload-heading = 上传文件
rec-publish-button = 发布
rec-withdraw-heading = 撤回这份文件
rec-withdraw-reason = 向公众显示的原因
rec-withdraw-button = 撤回文件
rec-v-query-long = 搜索内容太长：最多 200 个字符。
rec-v-year = 请从列表中选择年份。
rec-v-type = 请从列表中选择类型。
rec-v-language = 请从列表中选择语言。
rec-v-title = 请填写文件标题（最多 300 个字符）。
rec-v-author-org = 请填写撰写文件的机构（最多 200 个字符）。
rec-v-date = 请输入文件日期，例如 2027-03-14。
rec-v-reason = 请填写公众将看到的撤回原因（最多 2000 个字符）。
rec-v-withdrawn = 这份文件已撤回，不能再添加文件。
rec-v-file-missing = 请选择要上传的文件。
rec-v-file-too-large = 文件超过 25 MB。请缩小文件（例如将 PDF 另存为网页版）后再试。
rec-v-file-not-accepted = 这个文件不是 PDF、DOCX、XLSX、PPTX 或 ODT 文档。请选择这些格式之一的文件。
rec-v-file-name-mismatch = 文件名与文件内容不符（例如名为 .pdf 的 Word 文档）。请改用正确的扩展名，或选择其他文件。

# Breakdown dimensions worked out from the country (regions).
agg-dim-region = 区域（联合国M49）
agg-dim-itu_region = 国际电联区域
rec-document-page = 文件页面
