# 从其他工具导入表单（XLSForm、LimeSurvey）并导出为 XLSForm。
imp-file-heading = 导入表单文件
imp-file-intro = XLSForm（KoboToolbox、ODK、SurveyCTO、Ona：.xlsx、.csv 或 .md）或 LimeSurvey 问卷导出文件（.lss）会成为本小组的一份新草稿。随后编辑器会逐行显示哪些内容已导入、哪些被略过。
imp-file-label = 表单文件
imp-file-hint = .xlsx、.csv、.md 或 .lss，最大 10 MB。可识别个人身份的问题（电话、电子邮件、位置、照片、文件）一律不导入。
imp-file-submit = 导入文件
imp-paste-heading = 或粘贴 Consulta 文档
imp-export-xlsform = 下载为 XLSForm（.xlsx）
imp-report-heading = 从 { $format } 导入（{ $file }）
imp-report-summary = 问题：{ $questions } · 部分：{ $sections } · 已转换条件：{ $conditions } · 下方说明：{ $notes }
imp-report-languages = 语言
imp-report-items = 未按原样导入的行和元素
imp-report-dismiss = 我已阅读此报告
imp-lang-code = “{ $found }” → { $code }（按代码）
imp-lang-name = “{ $found }” → { $code }（按名称）
imp-lang-default = “{ $found }”（未注明语言）→ { $code }，表单的主要语言
imp-lang-unmatched = “{ $found }”不是 Consulta 的语言：其文本已略过
imp-at = { $place ->
    [survey] survey 工作表第 { $at } 行
    [choices] choices 工作表第 { $at } 行
    [settings] settings 工作表
    [question] 问题 { $at }
    [group] 问题组 { $at }
    [answer] 问题 { $at } 的答案
    [quota] 配额 { $at }
    [assessment] 评估 { $at }
    [language] 语言 { $at }
   *[other] { $place } { $at }
}
imp-why-identifying = 已略过：“{ $detail }”可能识别出年轻人、其设备或所在位置
imp-why-metadata = 已略过：表单元数据（“{ $detail }”），无需提问
imp-why-repeat = 已略过：不支持重复组
imp-why-calculation = 已略过：不支持计算
imp-why-unsupported-type = 已略过：类型“{ $detail }”在 Consulta 中没有对应项
imp-why-nested-group = 组内的组成为单独的部分
imp-why-condition-unsupported = 对所有人显示：条件“{ $detail }”无法在 Consulta 中表达（只能与前面的一个问题比较一次）
imp-why-constraint-unsupported = 约束“{ $detail }”未导入
imp-why-constraint-strict = “{ $detail }”中的严格界限改为包含的最小值或最大值
imp-why-language-unmatched = “{ $detail }”的文本已略过：不是 Consulta 的六种语言之一
imp-why-key-changed = 已重命名为“{ $detail }”（键只能使用小写字母、数字、_ 和 -）
imp-why-markup-removed = 已删除格式（HTML）：以纯文本导入
imp-why-or-other = 已添加“其他”选项；未添加用于说明的输入框
imp-why-quota = 已略过：不支持配额
imp-why-assessment = 已略过：不支持评估
imp-why-script = 已删除脚本，永不运行
imp-why-custom-style = 已删除自定义样式（CSS）
imp-why-no-label = 没有 { $detail } 文本：使用了其他语言的文本或其名称
imp-why-no-name = 已略过：没有名称
imp-why-too-many = 只保留了前 { $detail } 个选项
imp-why-too-long = 一段文本被截断为 { $detail } 个字符
imp-why-too-few-options = 已略过：选项少于两个
imp-why-subquestion = 拆分为 { $detail } 个问题，每个子问题一个
imp-why-unknown-element = 已略过：未知元素“{ $detail }”
imp-why-choice-filter = 显示所有选项：选项筛选“{ $detail }”未导入
imp-why-column-ignored = 未导入：{ $detail }
imp-why-required-expression = 改为选填：“required”取决于“{ $detail }”
imp-why-range-as-number = 改为数字题：范围 { $detail } 的点数过多，无法作为评分
imp-why-comment-dropped = 未导入评论框
imp-why-second-scale-dropped = 只导入了第一个量表
imp-why-asked-by-consulta = 已略过：Consulta 会自行询问此问题（性别），并提供“不愿透露”选项
imp-refuse-empty = 文件为空。
imp-refuse-format = 这既不是 XLSForm（.xlsx、.csv、.md），也不是 LimeSurvey 导出文件（.lss）。
imp-refuse-too-large = 文件超过 { $detail }。
imp-refuse-too-big = 工作簿解压后过大（{ $detail }）。
imp-refuse-too-many-rows = 某个工作表超过 { $detail } 行。
imp-refuse-too-many-columns = 某个工作表超过 { $detail } 列。
imp-refuse-not-workbook = 无法读取此工作簿（{ $detail }）。
imp-refuse-corrupt-zip = .xlsx 文件已损坏：不是有效的 zip 压缩包（{ $detail }）。
imp-refuse-not-text = 文件不是 UTF-8 文本。
imp-refuse-not-csv = 无法读取 CSV 文件（{ $detail }）。
imp-refuse-no-survey = 表单没有带“type”列的“survey”工作表。
imp-refuse-formula = 有单元格以“=”开头（公式）：{ $detail }。请去掉“=”后输入文本。
imp-refuse-duplicate-name = 两个问题名称相同：{ $detail }。
imp-refuse-duplicate-choice = 一个选项列表中有重复名称：{ $detail }。
imp-refuse-no-choices = 某个问题使用的选项列表不在“choices”工作表中：{ $detail }。
imp-refuse-no-language = 表单的语言都不是 Consulta 的语言（阿拉伯语、中文、英语、法语、俄语、西班牙语）。
imp-refuse-invalid = 导入的表单在 { $detail } 处违反了 Consulta 的规则。
imp-refuse-not-xml = .lss 文件不是有效的 XML（{ $detail }）。
imp-refuse-not-lss = 此 XML 不是 LimeSurvey 问卷导出文件（发现“{ $detail }”）。
imp-refuse-multipart = 无法读取上传内容：请选择文件后重新发送。
imp-refuse-too-many-questions = 表单的问题太多，超出一次征询的上限（{ $detail }）。
imp-refuse-too-many-sections = 表单的分组太多，超出一次征询的上限（{ $detail }）。
# The fixed answers of LimeSurvey's yes/no, uncertain and increase/same/decrease types.
imp-lss-answer-y = 是
imp-lss-answer-n = 否
imp-lss-answer-u = 不确定
imp-lss-answer-i = 增加
imp-lss-answer-s = 不变
imp-lss-answer-d = 减少
