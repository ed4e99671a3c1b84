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
attendees-count = { $name }：{ $count }
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

## 在频道中记录会议纪要：/meeting start、# 开头的行、/meeting end、/meeting minutes。

minutes-started = 📝 正在本频道记录 { $id }“{ $title }”的会议纪要，由 { $chair } 主持。以 #topic、#info、#agreed、#action 或 #link 开头的行会被记录；#undo 删除最后一行，#chair @某人 移交主持，{ $end } 结束纪要。
minutes-recorded = ✓ 已记录 #{ $kind }。
minutes-action-recorded = ✓ 已记录行动项 { $id }：
minutes-undone = ↶ 已删除最后一行：#{ $kind } { $text }
minutes-chair = { $user } 现在主持 { $id } 的会议纪要。
minutes-header = 📝 { $id }“{ $title }”会议纪要，自 { $started } 起，由 { $chair } 主持
minutes-nothing = 没有记录任何内容。
minutes-topic = { $has_number ->
    [yes] { $number } { $title }
   *[no] { $title }
}
minutes-info = 信息：{ $text }（{ $user }）
minutes-agreed = 商定：{ $text }
minutes-action = 行动项 { $id }：{ $text } — { $owner }{ $has_due ->
    [yes] ，截止 { $due }
   *[no] {""}
}
minutes-link = 链接：{ $url } { $text }（{ $user }）
minutes-file-sent = { $id }“{ $title }”的会议纪要，Markdown 文件（{ $path }）。
minutes-export-ready = { $id } 的会议纪要（{ $format }）：{ $path }
error-minutes-no-channel = 会议纪要要在频道中记录：请在频道中开始。
error-minutes-running = 本频道已在记录 { $id } 的会议纪要；请先用 { $end } 结束。
error-minutes-elsewhere = { $id } 的会议纪要正在 { $channel } 中记录；请先在那里结束。
error-minutes-members-only = { $id } 仅限成员：请在仅限成员的频道中记录其纪要。
error-minutes-not-running = 目前没有在记录 { $id } 的会议纪要。
error-minutes-none-here = 本频道没有在记录会议纪要；请用 { $start } 开始。
error-minutes-control = 只有主持纪要的 { $chair } 或秘书处可以使用 { $what }。
error-minutes-empty = #{ $kind } 后面需要文字，例如：{ $example }
error-minutes-link = #link 后面首先需要网址，例如：#link https://www.itu.int/cwg-internet 咨询页面
error-minutes-owner = #action 要先写负责人：某人（@名字）或加引号的机构，然后写行动内容，例如：#action "国际电联秘书处" 启动公开咨询 due 2024年10月1日
error-minutes-undo-nothing = 还没有记录任何内容，没有可删除的。
error-minutes-chair = 请说明接下来由谁主持纪要，例如：#chair @lena
error-minutes-chair-role = { $user } 不能主持会议纪要：需要成员、主席或秘书处角色。
error-minutes-never-taken = { $id } 没有记录会议纪要。
error-minutes-format = 请说 md 或 html。
