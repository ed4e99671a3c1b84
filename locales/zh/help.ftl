## 各命令的帮助及示例。命令在所有平台上均保留英文关键词。

help-intro = 我协助秘书处组织磋商、会议和行动项。可用命令如下（输入 { $help } 查看详细说明和示例）：
help-group = — { $group } —

help-consult-new = { $p }consult new "标题" closes 时间 [opens 时间] [zone 时区] [members-only] — 创建磋商（秘书处）。
help-consult-new-example = 示例：{ $p }consult new "公共政策在促进互联网多语言化方面的作用" opens 2024年10月7日 closes 2025年1月31日 zone 日内瓦
help-consult-question = { $p }consult question R1 "文本" — 为磋商添加问题 Q1、Q2……（秘书处）。
help-consult-question-example = 示例：{ $p }consult question R1 "互联网多语言化有哪些益处和挑战？"
help-consult-announce = { $p }consult announce R1 [#频道 …] — 立即发布磋商；如开始时间尚未到，则在开始时发布（秘书处）。
help-consult-announce-example = 示例：{ $p }consult announce R1 #cwg-internet #general
help-consult-list = { $p }consult list — 进行中和即将开始的磋商。
help-consult-list-example = 示例：{ $p }consult list
help-consult-respond = { $p }consult respond R1 — 逐一回答磋商中的问题。
help-consult-respond-example = 示例：{ $p }consult respond R1，然后每条消息发送一个答复。
help-consult-answer = { $p }consult answer R1 Q1 "文本" — 一次性回答某个问题（再次回答即可修改；每个版本均会保留）。
help-consult-answer-example = 示例：{ $p }consult answer R1 Q1 "在所有公共服务中支持国际化域名的普遍接受。"
help-consult-status = { $p }consult status R1 — 截止时间和剩余时间；秘书处和主席还可查看意见数量和答复者。
help-consult-status-example = 示例：{ $p }consult status R1
help-consult-export = { $p }consult export R1 csv|md [路径] — 按问题分组导出全部意见，并附汇总（秘书处、主席）。
help-consult-export-example = 示例：{ $p }consult export R1 md report.md
help-consult-close = { $p }consult close R1 — 立即关闭磋商（秘书处）。
help-consult-close-example = 示例：{ $p }consult close R1
help-consult-extend = { $p }consult extend R1 时间 — 以新的截止时间重新开放或延长磋商（秘书处）。
help-consult-extend-example = 示例：{ $p }consult extend R1 2025年2月14日 23:59 日内瓦
help-consult-reminders = { $p }consult reminders R1 — 预览计划发送的提醒：发给谁、何时发送、按哪个时区（秘书处）。
help-consult-reminders-example = 示例：{ $p }consult reminders R1
help-consult-remind = { $p }consult remind R1 7d,1d,2h — 更改截止前发送提醒的时间（秘书处）。
help-consult-remind-example = 示例：{ $p }consult remind R1 14d,3d,1d

help-meeting-new = { $p }meeting new "标题" at 时间 [until 时间] [zone 时区] [place "地点"] [link 链接] [members-only] [rsvp-by 时间] [capacity 人数] — 创建会议（秘书处、主席）。
help-meeting-new-example = 示例：{ $p }meeting new "IGF 2024 期间的 CWG-Internet 公开磋商会议" at 2024年12月16日 10:00 until 11:30 zone 利雅得 place "IGF，利雅得" link https://example.org/join rsvp-by 2024年12月10日 capacity 60
help-meeting-announce = { $p }meeting announce M1 [#频道 …] — 发布会议通知及出席回复说明（秘书处、主席）。
help-meeting-announce-example = 示例：{ $p }meeting announce M1 #general
help-meeting-rsvp = { $p }meeting rsvp M1 in-person|remote|no — 回复或更改出席意向。
help-meeting-rsvp-example = 示例：{ $p }meeting rsvp M1 remote
help-meeting-list = { $p }meeting list — 即将举行的会议（按您所在时区显示）。
help-meeting-list-example = 示例：{ $p }meeting list
help-meeting-attendees = { $p }meeting attendees M1 — 查看出席人员、出席方式及来源（秘书处、主席）。
help-meeting-attendees-example = 示例：{ $p }meeting attendees M1
help-meeting-ics = { $p }meeting ics M1 [路径] — 生成会议的日历文件。
help-meeting-ics-example = 示例：{ $p }meeting ics M1 igf-session.ics
help-meeting-reminders = { $p }meeting reminders M1 — 预览计划发送的提醒（秘书处、主席）。
help-meeting-reminders-example = 示例：{ $p }meeting reminders M1
help-meeting-remind = { $p }meeting remind M1 1d,1h — 更改会议开始前提醒与会者的时间（秘书处、主席）。
help-meeting-remind-example = 示例：{ $p }meeting remind M1 2d,2h

help-action-add = { $p }action add [ref 编号] "文本" owner @用户|"机构" [due 时间] [meeting M1] — 记录行动项（秘书处、主席）。
help-action-add-example = 示例：{ $p }action add ref 7.3.1 "启动关于多语言化的公开磋商" owner "国际电联秘书处" due 2024年10月7日
help-action-list = { $p }action list [open|mine|overdue|week|all] [owner @用户|"机构"] — 查询行动项。
help-action-list-example = 示例：{ $p }action list overdue
help-action-show = { $p }action show A1|编号 — 查看某一行动项及其历史记录。
help-action-show-example = 示例：{ $p }action show 7.3.1
help-action-update = { $p }action update A1|编号 status open|in-progress|blocked|done|cancelled ["备注"] — 更新行动项（负责方、主席、秘书处）。
help-action-update-example = 示例：{ $p }action update 7.3.2 status in-progress "概要已起草"
help-action-done = { $p }action done A1|编号 ["备注"] — 将行动项标记为已完成。
help-action-done-example = 示例：{ $p }action done 7.3.1 "磋商已于10月7日启动"
help-action-edit = { $p }action edit A1|编号 text "文本" | owner @用户|"机构" | due 日期|none | ref 编号 | meeting M1|none — 修改行动项并记入其历史（主席、秘书处；负责方：文本和截止日期）。
help-action-edit-example = 示例：{ $p }action edit 7.3.2 due 2024年10月22日

help-digest-now = { $p }digest now [#频道] — 发布摘要：逾期、即将到期和已完成的行动项，进行中的磋商，会议（秘书处、主席）。
help-digest-now-example = 示例：{ $p }digest now #cwg-internet
help-digest-schedule = { $p }digest schedule "周一 09:00" [zone 时区] [#频道] — 按计划定期发布摘要（秘书处）。
help-digest-schedule-example = 示例：{ $p }digest schedule "周一 09:00" zone Europe/Zurich #cwg-internet
help-digest-off = { $p }digest off [#频道] — 停止定期摘要（秘书处）。
help-digest-off-example = 示例：{ $p }digest off

help-assistant-settings = { $p }assistant settings [tz 时区 | language 语言 | quiet 时:分-时:分 | organisation "组织" | country 国家 | group 群体] — 查看或更改您的设置。
help-assistant-settings-example = 示例：{ $p }assistant settings tz America/Bogota
help-assistant-role = { $p }assistant role @用户 secretariat|chair|member|stakeholder — 分配角色（秘书处）。
help-assistant-role-example = 示例：{ $p }assistant role @wojciech chair
help-assistant-channel = { $p }assistant channel language 语言 | members-only on|off — 本频道的设置（秘书处）。
help-assistant-channel-example = 示例：{ $p }assistant channel members-only on
help-assistant-when = { $p }assistant when 时间 — 显示我如何解读某个日期（按您所在时区及 UTC）。
help-assistant-when-example = 示例：{ $p }assistant when 2025年1月15日 18:00 AoE
help-assistant-help = { $p }assistant help [命令] — 显示本帮助。
help-assistant-help-example = 示例：{ $p }assistant help consult new
