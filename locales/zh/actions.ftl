## 行动项和摘要。

action-added = 已记录 { $id }：
action-line = { $has_ref ->
    [yes] { $ref }（{ $id }）
   *[no] { $id }{" "}
}{ $text }——{ $owner }——{ $status ->
    [open] 待处理
    [in-progress] 进行中
    [blocked] 受阻
    [done] 已完成
   *[cancelled] 已取消
}{ $has_due ->
    [yes] ，截止日期 { $due }{ $overdue ->
        [yes] {" "}⚠ 已逾期
       *[no] {""}
    }
   *[no] {""}
}
actions-header = { $filter ->
    [mine] 您的行动项
    [overdue] 逾期行动项
    [week] 本周到期的行动项
    [all] 全部行动项
   *[open] 未完成的行动项
}（{ $count }）：
actions-none = { $filter ->
    [mine] 您没有未完成的行动项。
    [overdue] 没有逾期的行动项。
    [week] 本周没有到期的行动项。
    [all] 尚未记录任何行动项。
   *[open] 没有未完成的行动项。
}
action-meeting = 在会议 { $id } “{ $title }”上商定。
action-history-header = 历史记录：
action-history-line = · { $when } { $user }：{ $status ->
    [open] 待处理
    [in-progress] 进行中
    [blocked] 受阻
    [done] 已完成
   *[cancelled] 已取消
}{ $has_note ->
    [yes] ——{ $note }
   *[no] {""}
}
action-updated = { $id } 的状态现为：{ $status ->
    [open] 待处理
    [in-progress] 进行中
    [blocked] 受阻
    [done] 已完成
   *[cancelled] 已取消
}。
error-missing-action = 请指明行动项，可使用编号（A1）或参考编号（7.3.1）。
error-unknown-action = 不存在行动项 { $id }。
error-missing-owner = 请指明行动项的负责方：owner @user 或 owner "机构名称"。
error-bad-ref = “{ $ref }”不是可用的参考编号；请使用类似 7.3.1 的格式。
error-ref-taken = 参考编号 { $ref } 已被其他行动项使用。
error-missing-status = 请输入：status open|in-progress|blocked|done|cancelled。
error-bad-status = “{ $value }”不是有效状态；请从 open、in-progress、blocked、done 或 cancelled 中选择。
error-action-filter = “{ $value }”不是有效的列表类型；请从 open、mine、overdue、week 或 all 中选择。
error-not-owner = 只有 { $id } 的负责方、主席或秘书处可以更新该行动项。
action-edited = 已修改 { $id } 的{ $field ->
    [text] 文本
    [owner] 负责方
    [due] 截止日期
    [ref] 编号
   *[meeting] 会议
}：
action-unchanged = { $id } 的{ $field ->
    [text] 文本
    [owner] 负责方
    [due] 截止日期
    [ref] 编号
   *[meeting] 会议
}已是如此，未作任何更改。
action-history-edit = · { $when } { $user }：{ $field ->
    [text] 文本改为“{ $value }”
    [owner] 负责方改为 { $value }
    [due] { $cleared ->
        [yes] 已取消截止日期
       *[no] 截止日期改为 { $value }
    }
    [ref] 编号改为 { $value }
   *[meeting] { $cleared ->
        [yes] 不再关联会议
       *[no] 关联到会议 { $value }
    }
}
error-edit-field = 请说明要修改什么：text "文本"、owner @用户|"机构"、due 日期|none、ref 编号 或 meeting M1|none。
error-edit-organisers = 只有主席或秘书处可以修改 { $id } 的{ $field ->
    [owner] 负责方
    [ref] 编号
   *[meeting] 会议
}。

digest-header = 📋 { $channel } 摘要——{ $when }
digest-section-overdue = 已逾期（{ $count }）：
digest-section-soon = 未来 7 天内到期（{ $count }）：
digest-section-done = 过去 7 天内完成（{ $count }）：
digest-section-rounds = 进行中的磋商（{ $count }）：
digest-round-line = { $id } “{ $title }”——{ $inputs ->
    [0] 目前尚无答复者
   *[other] 目前已有 { $inputs } 位答复者
}，截止时间 { $closes }，还剩{ $left }
digest-section-meetings = 即将举行的会议（{ $count }）：
digest-meeting-line = { $id } “{ $title }”——{ $when }——现场出席 { $inperson } 人，远程参会 { $remote } 人
digest-nothing = 没有逾期、即将到期或近期完成的行动项；没有进行中的磋商，也没有即将举行的会议。
digest-posted = 摘要已发布到 { $channel }。
digest-scheduled = 已为 { $channel } 设定定期摘要：{ $schedule }（{ $zone }）；下一次发送：{ $next }。
digest-schedule = { $kind ->
    [daily] 每天 { $at }
    [weekdays] { $first }至{ $last } { $at }
   *[days] 每{ $days } { $at }
}
digest-off = { $channel } 的定期摘要已关闭。

## 个人概览（Slack App Home）。

home-header = 待您处理的事项
home-inputs = { $count ->
    [0] 目前没有需要您提交意见的磋商。
   *[other] 有 { $count } 项磋商等待您提交意见：
}
home-rsvps = { $count ->
    [0] 目前没有需要您回复出席情况的会议。
   *[other] 有 { $count } 场会议等待您回复是否出席：
}
home-actions = { $count ->
    [0] 您没有负责的未完成行动项。
   *[other] 您负责的未完成行动项共 { $count } 项：
}
button-done = 标记为已完成

## 行动项提醒，以及发给新负责人的私信。

action-assigned = 📌 { $user } 已将行动项 { $id } “{ $text }”交由您负责{ $has_due ->
    [yes] ，截止时间为 { $due }{ $overdue ->
        [yes] {" "}⚠ 已逾期
       *[no] {""}
    }
   *[no] {""}
}。查看：{ $show }；完成后：{ $done }。
reminder-action-due = ⏰ { $body ->
    [yes] 致 { $owner } 的提醒：
   *[no] 提醒：
}行动项 { $id } “{ $text }”将于 { $when } 到期（还剩{ $left }）。完成后：{ $done }。
reminder-action-overdue = ⚠ { $body ->
    [yes] 致 { $owner }：
   *[no] 已逾期：
}行动项 { $id } “{ $text }”应于 { $when } 完成，目前尚未完成。完成后：{ $done }。
action-reminders-default = 没有单独设置提醒的行动项，现在将在到期前 { $offsets } 提醒，逾期时再提醒一次。
action-reminders-none = { $reason ->
    [closed] { $id } 已不再处于开放状态：不会发送提醒。
    [no-due] { $id } 没有截止时间：不会发送提醒。
    [no-meeting] { $id } 由机构负责，且未关联任何会议：机构的提醒发送到该行动项所属会议的频道。
    [no-channel] { $id } 由机构负责，但其会议未在任何可发布的频道中公布。
    [hidden] { $id } 的负责人无权查看仅限成员会议的行动项：不会发送提醒。
   *[past] { $id } 已没有待发送的提醒。
}
error-action-default-secretariat = 只有秘书处可以更改行动项的默认提醒。
