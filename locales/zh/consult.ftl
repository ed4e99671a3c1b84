## 磋商。

round-created = 已创建 { $id }：“{ $title }”。
round-opens = 开始时间：{ $when }
round-closes = 截止时间：{ $when }
round-next-steps = 下一步：使用 { $question } 添加问题，然后发布该磋商。
question-added = 已向 { $round } 添加 { $id }：{ $text }
question-line = { $id }. { $text }
round-announcement = 📣 公开磋商 { $id }：“{ $title }”
round-members-only = （仅限成员）
round-deadline = 截止时间：{ $when }，还剩{ $left }。
button-respond = 作答
round-how-to-respond = 作答方式：{ $respond }（逐题作答）或 { $answer }。
round-announced = 已在 { $channels } 发布 { $id }。
round-announce-scheduled = { $id } 将在开始时于 { $channels } 发布，开始时间：{ $when }。
rounds-none = 目前没有进行中或即将开始的磋商。
rounds-header = { $count ->
   *[other] 共 { $count } 项磋商：
}
rounds-line-open = { $id } “{ $title }”——进行中，截止时间 { $closes }，还剩{ $left }
rounds-line-upcoming = { $id } “{ $title }”——开始时间 { $opens }
respond-start = 正在答复 { $id }：“{ $title }”。请每条消息回答一个问题；发送“-”可保留您之前的答复。
respond-ask = { $round } { $id }（共 { $total } 题）：{ $text }{ $has_previous ->
    [yes] （您之前的答复：“{ $previous }”）
   *[no] {""}
}
respond-done = 谢谢！您对 { $id } 的答复已记录。截止时间之前您可随时修改。
answer-received = 回执：您对 { $round } { $id } 的答复已记录（第 { $version } 版）。修改截止时间：{ $when }。
status-header = { $id } “{ $title }”——{ $state ->
    [open] 进行中
    [upcoming] 尚未开始
   *[closed] 已截止
}
status-dates = 开始时间：{ $opens }；截止时间：{ $closes }。
status-time-left = 剩余时间：{ $left }。
status-questions = { $count ->
    [0] 尚无问题。
   *[other] 共 { $count } 个问题。
}
status-yours = 您已回答 { $total } 个问题中的 { $answered } 个。
status-inputs = { $respondents ->
    [0] 尚未收到意见。
   *[other] 收到意见：{ $count } 条，来自 { $respondents } 位答复者。
}
status-per-question = { $id }：{ $count }
status-by-group = 按利益攸关方群体：
status-by-country = 按国家：
status-by-organisation = 按组织：
status-count-line = · { $name }：{ $count }
status-group-rate = · { $name }：受邀 { $invited } 人中 { $count } 人（{ $rate }）
status-count-more = · 其他（{ $count }）：{ $respondents }
status-respondents = 答复者：{ $names }
status-waiting = 尚未答复：{ $count } 人{ $count ->
    [0] {""}
   *[other] （{ $names }）
}
export-ready = { $count ->
    [0] 已将 { $id } 导出为 { $format }，目前尚无意见：{ $path }
   *[other] 已将 { $id } 的 { $count } 条意见导出为 { $format }：{ $path }
}
export-col-question = 问题
export-col-question-text = 问题内容
export-col-respondent = 答复者
export-col-organisation = 组织
export-col-country = 国家
export-col-group = 利益攸关方群体
export-col-submitted = 提交时间（UTC）
export-col-version = 版本
export-col-answer = 答复
export-md-period = 磋商期：{ $opens } 至 { $closes }。
export-md-summary = 汇总
export-md-totals = { $respondents ->
    [0] 尚未收到意见。
   *[other] 共 { $inputs } 条意见，来自 { $respondents } 位答复者。
}
export-md-by-group = 按利益攸关方群体
export-md-by-country = 按国家
export-md-by-organisation = 按组织
round-closed = { $id } 已截止，不再接受意见。
round-closed-announcement = 🔒 磋商 { $id } “{ $title }”现已截止。{ $respondents ->
    [0] 未收到任何意见。
   *[other] 感谢 { $respondents } 位答复者的参与。
}
round-closed-announcement-organisations = 🔒 磋商 { $id } “{ $title }”现已截止。{ $organisations ->
    [0] 没有任何组织提交意见。
   *[other] 感谢 { $organisations } 个组织的参与。
}
round-extended = { $id } 的截止时间现延至 { $when }。
round-extended-announcement = ⏳ 磋商 { $id } “{ $title }”已延期：新的截止时间为 { $when }。请使用 { $respond } 作答。
reminders-header = { $id } 的计划提醒（{ $offsets }）：共 { $count } 条
reminder-kind = { $kind ->
    [round-open] 磋商开始时
    [round-due] 截止前
    [rsvp-due] 出席回复截止前
    [action-due] 到期前
    [action-overdue] 已逾期
   *[meeting-start] 会议开始前
}
reminders-line-person = { $when } → { $user }（{ reminder-kind }）
reminders-line-channel = { $when } → { $channel }（{ reminder-kind }）
reminders-set = { $id } 的提醒现设为截止前 { $offsets }。
reminder-round-open = 📣 磋商 { $id } “{ $title }”现已开始，截止时间为 { $when }。请使用 { $respond } 作答。
reminder-round-due = ⏰ 提醒：磋商 { $id } “{ $title }”即将截止，截止时间为 { $when }，还剩{ $left }。请使用 { $respond } 作答。
error-missing-title = 请在引号内给出标题，例如 "互联网的多语言化"。
error-missing-closes = 请指明磋商的截止时间：closes 时间。
error-missing-round = 请指明磋商，例如 R1。
error-missing-question = 请指明问题，例如 Q1。
error-missing-text = 请在引号内给出文本。
error-unknown-round = 不存在磋商 { $id }。
error-unknown-question = { $round } 中没有问题 { $id }。
error-round-closed = { $id } 已截止。
error-round-late = 抱歉，{ $id } 已截止，截止时间为 { $when }；逾期提交的意见不予接受。
error-round-not-open = { $id } 尚未开始，开始时间为 { $when }。
error-round-no-questions = { $id } 尚未添加任何问题。
error-too-many-questions = 每项磋商最多可设 { $max } 个问题。
error-opens-after-closes = 磋商的开始时间必须早于截止时间。
error-members-only-channel = { $channel } 不是仅限成员的频道；仅限成员的事项只能在仅限成员的频道中发布。
error-export-format = 请输入 csv 或 md。
form-title = 答复 { $id }
form-submit = 提交
form-received = 谢谢！您对 { $id } 的答复已记录。
error-extend-earlier = { $id } 的截止时间为 { $current }。{ $when } 并不晚于该时间，因此不能算作延期；未作任何更改。如需立即结束本轮征询，请使用 { $close }。

## 按组织开展的磋商。
round-per-organisation = （每个组织一份意见：其任何代表均可提交或修改）
round-set-per-organisation = { $id }：{ $value ->
    [on] 每个组织一份意见；其任何代表均可提交或修改。
   *[off] 每人一份意见。
}
error-round-setting = 请写“per-organisation on”或“per-organisation off”（设置：{ $keys }）。
error-round-set-opened = { $id } 已经开始：{ $setting } 只能在磋商开始前更改。
error-round-no-organisation = { $id } 每个组织收取一份意见，而您尚未设置所属组织。请用 { $setting } 设置后再回答。
answer-received-organisation = 回执：{ $organisation } 对 { $round } { $id } 的回答已记录（第 { $version } 版）。{ $organisation } 的任何代表均可在 { $when } 前修改。
status-organisations = { $invited ->
    [0] 已回答的组织：尚未邀请任何组织。
   *[other] 已回答的组织：受邀 { $invited } 个中的 { $count } 个（{ $rate }）。
}
status-no-organisation = 受邀者中有 { $count } 人尚未设置所属组织，暂时无法回答。
