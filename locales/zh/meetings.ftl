## 会议和出席回复。

meeting-created = 已创建 { $id }：“{ $title }”。
meeting-when = 时间：{ $starts } 至 { $ends }
meeting-place = 地点：{ $place }
meeting-link = 远程参会链接：{ $link }
meeting-rsvp-by = 出席回复截止时间：{ $when }
meeting-capacity = 名额上限：{ $capacity }
meeting-members-only = 仅限成员。
meeting-next-steps = 请使用 { $announce } 发布会议通知。
meeting-announcement = 🗓 会议 { $id }：“{ $title }”
meeting-how-to-rsvp = 请使用 { $rsvp } 回复是否出席。
meeting-counts = 目前：现场出席 { $inperson } 人，远程参会 { $remote } 人{ $waitlist ->
    [0] {""}
   *[other] ，候补 { $waitlist } 人
}。
button-rsvp = { $choice ->
    [in-person] 现场出席
    [remote] 远程参会
   *[no] 不出席
}
meeting-announced = 已在 { $channels } 发布 { $id }。
rsvp-recorded = 您对 { $id } “{ $title }”的出席回复：{ $choice ->
    [in-person] 现场出席
    [remote] 远程参会
   *[no] 不出席
}{ $waitlisted ->
    [yes] ——会场已满，您已列入候补名单；如有空位，我们会通知您。
   *[no] 。
}
rsvp-night-warning = 注意：会议开始时间为 { $when }，正值您所在时区的夜间。
rsvp-promoted = 好消息：已有空位，您现已确认出席 { $id } “{ $title }”，会议时间：{ $when }。
meetings-none = 目前没有即将举行的会议。
meetings-header = { $count ->
   *[other] 共 { $count } 场即将举行的会议：
}
meetings-line = { $id } “{ $title }”——{ $when }{ $has_place ->
    [yes] ，{ $place }
   *[no] {""}
}——您的出席回复：{ $rsvp ->
    [in-person] 现场出席
    [remote] 远程参会
    [no] 不出席
    [waitlist] 候补
   *[none] 尚未回复
}
attendees-header = { $id } “{ $title }”的出席情况：
attendees-counts = 现场出席：{ $inperson } · 远程参会：{ $remote } · 不出席：{ $no } · 候补：{ $waitlist }
attendees-group = { $choice ->
    [in-person] 现场出席
    [remote] 远程参会
    [no] 不出席
   *[waitlist] 候补
}：{ $names }
attendees-by-country = 按国家：{ $counts }
attendees-by-organisation = 按组织：{ $counts }
ics-ready = { $id } 的日历文件：{ $path }
reminder-rsvp = ⏰ 请回复是否出席 { $id } “{ $title }”，截止时间为 { $when }。回复方式：{ $rsvp }
reminder-meeting = ⏰ 提醒：{ $id } “{ $title }”即将开始，时间：{ $when }。{ $place }
error-missing-meeting = 请指明会议，例如 M1。
error-unknown-meeting = 不存在会议 { $id }。
error-missing-at = 请指明会议开始时间：at 时间。
error-bad-link = “{ $link }”不是网页链接（https://…）。
error-capacity = 名额上限必须是大于零的整数，而不是“{ $value }”。
error-ends-before-start = 会议的结束时间必须晚于开始时间。
error-rsvp-after-start = 出席回复截止时间必须早于会议开始时间。
error-rsvp-choice = 请输入 in-person、remote 或 no。
error-rsvp-closed = { $id } 的出席回复已截止，截止时间为 { $when }。
error-meeting-past = { $id } 已经开始。

## 更改和取消会议。

meeting-updated = 已更新 { $id } “{ $title }”；{ $count ->
    [0] 尚无人回复，因此未通知任何人。
   *[other] 已通知 { $count } 位出席或候补的人：
}
meeting-changed = 🗓 { $id } “{ $title }”有变更：
meeting-cancelled = 已取消 { $id } “{ $title }”；{ $count ->
    [0] 尚无人回复，因此未通知任何人。
   *[other] 已通知 { $count } 位出席或候补的人。
}
meeting-cancelled-dm = ❌ 原定于 { $when } 举行的 { $id } “{ $title }”已取消。
meeting-announcement-cancelled = ❌ 已取消：会议 { $id } “{ $title }”
meeting-cancel-reason = 原因：{ $reason }
meetings-line-cancelled = { $id } “{ $title }”——{ $when }——已取消
error-meeting-cancelled = { $id } 已取消，不能再更改或回复。
error-nothing-to-change = { $id } 没有要更改的内容：请给出 at、until、place、link、capacity 或 rsvp-by 及新值。
