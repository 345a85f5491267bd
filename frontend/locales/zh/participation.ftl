# 青少年的参与流程。用简单的话：有些读者只有 9 岁。

p-start = 开始
p-continue = 继续
p-back = 返回
p-change = 修改
p-send = 提交我的回答
p-opens-new-tab = （在新标签页中打开）
p-questions-title = 你的看法
p-required-mark = （这道题需要回答）
p-no-answer = 我不想回答
p-not-answered = 未回答
p-rank-none = 不排名
p-hint-rank-moves = 选出对你最重要的几项（最多 { $count } 项）：按“添加”，再用箭头排好顺序。第一项最重要。其余的可以不选。
p-rank-mine = 我的排序
p-rank-rest = 未排序
p-rank-empty = 还没有。请按下面某一项旁边的“添加”。
p-rank-up = 上移
p-rank-down = 下移
p-rank-out = 移除
p-rank-in = 添加
p-rank-said-place = { $item }：第 { $place } 位。
p-rank-said-out = { $item }：未排序。
p-rank-said-full = 你的排序已满。请先移除一项。
p-results-link = 查看这份问卷的结果
p-all-results-link = 查看已公布的结果
p-withdraw-link = 撤回我的回答
p-duration = 大约需要 { $count } 分钟。
p-progress = 第 { $step } 步，共 { $steps } 步

p-chars-left = 剩余字数：
p-chars-over = 超出字数：

# 首页
p-landing-asked-by = 提问方：{ $group }
p-landing-anonymous = 你的回答是匿名的。我们从不询问你的姓名、电子邮箱或电话号码。
p-landing-skip-all = 任何问题都可以跳过。
p-landing-skip-most = 大部分问题都可以跳过。少数必须回答的问题会有标记。
p-landing-why-heading = 我们为什么要问你
p-landing-data-heading = 你的回答会怎样处理
p-landing-data-promise = 你的回答会和其他青少年的回答放在一起。没有人能知道哪些回答是你的。在任何人看到你写的内容之前，会有人先检查并删除个人信息。
p-landing-results-heading = 什么时候能看到结果
p-landing-results-default = 结果会在这个网站上公布，你可以看到小组是怎样使用你的意见的。
p-landing-withdraw = 回答后改变主意了？撤回你的回答。

# 已结束或尚未开始
p-closed-title = 这份问卷已经结束
p-closed-text = 现在不再接受回答。感谢所有参与的人。
p-closed-not-yet-title = 这份问卷还没有开始
p-closed-not-yet = 你现在还不能回答。请晚些时候再来。
p-closed-opens-on = 开始日期：{ $date }。
p-meeting-only-title = 这份问卷在会议期间收集回答
p-meeting-only = 请在会议期间使用会场或线上屏幕上显示的加入码作答。
p-meeting-only-join = 输入加入码

# 访问码
p-access-title = 输入你所在小组的代码
p-access-hint = 你的老师或主持活动的人有这个代码。例如 K7P-4MX。

# 年龄
p-age-title = 你多大了？
p-age-hint = 请选择你的年龄段。我们从不询问你的出生日期。
p-age-band = { $min } 到 { $max } 岁
p-age-under = 不到 { $count } 岁
p-too-young-title = 谢谢你想参与
p-too-young-text = 这份问卷面向 { $count } 岁及以上的青少年。很抱歉，你还不能回答。你的看法很重要，以后还会有其他方式分享。
p-too-young-results = 结果公布后，你仍然可以看看其他青少年说了什么。
p-too-young-back = 我选错了年龄

# 成年人同意
p-consent-title = 先问问成年人
p-consent-intro = 因为你的年龄，我们需要你的父母、监护人或老师同意你参与。请把这一页给他们看。
p-consent-adult-heading = 给成年人
p-consent-anonymous = 回答是匿名的：我们不询问孩子的姓名、电子邮箱、电话号码或住址。
p-consent-skip = 孩子可以跳过任何问题，也可以随时停止。
p-consent-nothing-stored = 我们不会保存任何关于您的信息。
p-consent-check = 我是这个孩子的父母、监护人或老师，我同意他或她参与。

# 关于你
p-about-title = 关于你
p-about-intro = 这些问题帮助我们了解是否有各种各样的青少年参与。你可以跳过。
p-about-country = 你住在哪个国家？
p-about-country-hint = 我们只问国家，从不问你的城市或地址。
p-about-country-none = 我不想说
p-about-gender = 你怎样描述自己？
p-about-gender-hint = 选一个答案，或者跳过这个问题。
p-about-gender-description = 用你自己的话（如果你愿意）
p-gender-girl = 女孩或年轻女性
p-gender-boy = 男孩或年轻男性
p-gender-self_described = 我用其他方式描述自己
p-gender-prefer_not_to_say = 我不想说

# 问题下方的提示
p-hint-choose-any = 选择所有符合的选项。
p-hint-choose-up-to = 最多选 { $count } 项。
p-hint-ranking = 给你最看重的几项写上数字，从 1（最重要）到 { $count }，每个数字只用一次。其余的可以留空。
p-hint-number-range = 从 { $min } 到 { $max } 的数字。
p-hint-number-min = 不小于 { $min } 的数字。
p-hint-number-max = 不大于 { $max } 的数字。
p-hint-characters = 最多 { $count } 个字。
p-condition-equals = 如果你在“{ $question }”中选择了“{ $option }”，请回答这道题。
p-condition-includes = 如果你在“{ $question }”中勾选了“{ $option }”，请回答这道题。
p-condition-not-answered = 如果你跳过了“{ $question }”，请回答这道题。

# 检查回答
p-check-title = 检查你的回答
p-check-intro = 提交前请看一看。每个回答都可以修改。
p-check-about = 关于你
p-check-age = 你的年龄段
p-check-personal-details = 保存你的回答之前，我们会从你写的内容中删除电子邮箱、电话号码、链接、用户名和住址。名字不会被删除：请不要写任何人的名字，包括你自己的。
p-check-send-heading = 准备好了吗？
p-check-send-text = 提交回答后，你会得到一个回答码。请保存好：这是撤回回答的唯一方法。

# 谢谢
p-thanks-title = 谢谢！你的回答已提交
p-thanks-receipt-label = 你的回答码：
p-thanks-copy = 复制回答码
p-thanks-copied = 已复制
p-thanks-print = 打印或保存此页
p-thanks-keep-code = 请把这个回答码写下来或拍照保存。我们不会再显示它，没有它我们就找不到你的回答。
p-thanks-repeated = 你之前已经提交过这些回答，它们只保存了一次。
p-thanks-next-heading = 接下来会怎样
p-thanks-next = 小组会一起阅读所有青少年的回答，并在工作中使用它们。
p-thanks-help-heading = 如果有事情在伤害你
p-thanks-help-text = 谢谢你告诉我们。你不必独自面对。儿童求助热线可以倾听并帮助你，免费，也不会问你的名字。如果你现在有危险，请拨打当地的紧急电话，或者去找一位你信任的成年人。
p-thanks-help-link = 马上寻求帮助
p-thanks-withdraw-heading = 如果你改变主意
p-thanks-withdraw = 在回答被删除之前，你可以随时撤回。你需要用到你的回答码。

# 同样的提交出现两次但内容不同
p-conflict-title = 这些回答已经提交过了
p-conflict-text = 你的回答之前已经提交，之后又有内容被修改。我们没有保存这些修改，所以保留的是你第一次的回答。
p-conflict-what-to-do = 如果你想换一种方式回答，请先用回答码撤回第一次的回答，然后重新回答。

# 页面被修改或出错
p-start-again-title = 请重新开始
p-start-again-text = 我们无法从这个页面读取你的回答。页面被修改或打开太久时可能会这样。没有任何内容被提交。很抱歉！
p-start-again-link = 重新开始

# 错误
p-error-label = 错误：
p-error-prefix = 错误：
p-error-title = 错误：{ $title }
p-error-about = “{ $question }”——{ $message }
p-err-submission-missing = 缺少提交编号。
p-err-submission-malformed = 提交编号必须是 UUID。
p-err-language = 请选择这份问卷的一种语言。
p-err-access-code = 这个代码不对。请向给你代码的人确认。
p-err-age-required = 请选择你的年龄段。
p-err-age-band = 请选择列出的年龄段之一。
p-err-too-young = 这份问卷面向年龄更大的青少年。
p-err-guardian = 需要父母、监护人或老师先确认。
p-err-guardian-required = 需要一位成年人勾选这个框，你才能继续。
p-err-country = 请从列表中选择一个国家。
p-err-gender = 请选择列出的答案之一。
p-err-gender-description-alone = 描述自己的话要和“我用其他方式描述自己”一起填写。
p-err-required = 请回答这道题再继续。
p-err-unknown-option = 请选择列出的答案之一。
p-err-duplicate-option = 每个答案只能选一次。
p-err-too-many = 最多选 { $count } 个答案。
p-err-ranking = 从 1 到 { $count } 的每个数字最多只能用一次。
p-err-number = 请输入一个数字，例如 12。
p-err-number-range = 请输入 { $min } 到 { $max } 之间的数字。
p-err-number-min = 请输入不小于 { $min } 的数字。
p-err-number-max = 请输入不大于 { $max } 的数字。
p-err-text-too-long = 你的回答有 { $count } 个字。请缩短到 { $max } 个字以内。
p-err-hidden-question = 根据你的其他回答，这道题不需要回答。
p-err-info-answered = 这是说明，不是问题：不需要回答。
p-err-unknown-question = 没有这个键对应的问题。
p-err-shape-code = 请以字符串形式给出一个选项代码。
p-err-shape-codes = 请给出选项代码的列表。
p-err-shape-ranking = 请以列表形式给出你排名的选项代码，最好的在前。
p-err-shape-number = 请给出一个数字。
p-err-shape-text = 请以字符串形式给出文字。
p-err-shape-string = 请给出一个字符串。
p-err-shape-bool = 请给出 true 或 false。
p-err-shape-answers = 请以问题键为键的对象形式给出回答。

# 帮助
p-help-phone = 电话：

# 用代码加入
p-join-title = 输入加入码
p-join-hint = 别人给你的加入码，例如 K7P-4MX。
p-join-button = 加入
p-join-empty = 请输入别人给你的加入码。
p-join-unknown = 我们找不到这个加入码。请检查字母和数字后再试一次。

# 撤回回答
p-withdraw-title = 撤回你的回答
p-withdraw-intro = 如果你不希望你的回答被使用，请输入提交时得到的回答码。你的回答会被删除。
p-withdraw-code = 你的回答码
p-withdraw-hint = 例如 K7PM-4MX9-QATR。大写或小写字母都可以。
p-withdraw-empty = 请输入你的回答码。
p-withdraw-not-found = 我们找不到这个回答码对应的回答。请检查后再试一次。问卷结束一段时间后，回答也会被自动删除。
p-withdraw-lost = 弄丢了回答码？没有它我们找不到你的回答，因为我们不知道你是谁。
p-withdraw-confirm-title = 你确定吗？
p-withdraw-confirm-question = 删除你对“{ $title }”的回答？
p-withdraw-confirm-text = 删除后无法恢复。
p-withdraw-confirm-button = 是的，删除我的回答
p-withdraw-keep = 不，保留我的回答
p-withdrawn-title = 你的回答已删除
p-withdrawn-text = 谢谢你告诉我们。你的回答不会被使用。
p-withdrawn-before-title = 这些回答已经撤回
p-withdrawn-before-text = 你已经用回答码撤回了这些回答，所以它们没有再次提交。如果你想再次回答，请重新开始。

## Offline answering
off-shared = 这是共用的手机或电脑：提交后不在上面保留任何内容
off-saved = 已保存在这部手机上。联网后会发送你的回答。
off-waiting = 有 1 份回答等待发送。
off-sending = 正在发送你的回答…
off-sent = 你的回答已发送。请保存你的回答码：
off-closed = 在你的回答发送之前，问卷已经结束，因此回答已从这部手机上删除。
off-refused = 你的回答无法发送，已从这部手机上删除。你可以从头重新回答。
off-page-title = 其余的问题
off-page-heading = 其余的问题
off-page-intro = 你现在没有联网。请在这里回答其余的问题：你的回答会保存在这部手机上，联网后发送。

# The facilitators' preview of the journey, in a phone-sized frame.
p-preview-banner = 预览——不会保存任何内容
