## 通用消息、角色、日期和错误。

when-in-zone = { $local } { $zone }
when-with-others = { $main }（{ $others }）
when-read = “{ $text }”解读为：{ $when }。
when-end-of-day = 未给出具体时间，因此默认为当天结束时（23:59）。
note-dst-overlap = 注意：由于当天时钟回拨，{ $when } 会出现两次；系统采用第一次出现的时间。

role-secretariat = 秘书处
role-chair = 主席
role-member = 成员
role-stakeholder = 利益攸关方

time-left = { $days ->
    [0] { $hours }小时{ $minutes }分钟
   *[other] { $days }天{ $hours }小时
}
unknown-value = 未提供
list-more = ……另有 { $count } 项未列出。

settings-show = 您的设置——时区：{ $tz }；语言：{ $language }；免打扰时段：{ $quiet }；角色：{ $role }；所属组织：{ $organisation }；国家：{ $country }；利益攸关方群体：{ $group }。
role-granted = { $user } 的角色现为{ $role }。
channel-settings = 频道 { $channel }：语言 { $language }，仅限成员模式{ $membersonly ->
    [yes] 已开启
   *[no] 已关闭
}。

error-internal = 抱歉，系统出现问题，未作任何更改。请重试；如问题持续出现，请告知秘书处。
error-busy = 助手正忙，未能完成此操作；未作任何更改。请稍后再试。
error-empty = 请输入命令，例如 { $help }。
error-unknown-command = 无法识别命令“{ $command }”。输入 { $help } 可查看所有可用功能。
error-unknown-verb = { $group } 可用的子命令有：{ $verbs }。
error-unclosed-quote = 有引号未闭合。由多个词组成的文本请放在引号 "…" 之间。
error-unexpected = 无法理解命令末尾的“{ $text }”。
error-missing-value = “{ $keyword }”后面需要跟一个值。
error-too-long = 文本过长：最多 { $max } 个字符。
error-not-allowed = 抱歉，您的角色（{ $role }）无权执行此操作。未作任何更改。{ $granted }
role-granted-by = 角色由秘书处授予：{ $people }。
role-granted-by-operator = 目前还没有秘书处：运行本助手的人可以用“{ $command }”将您设为秘书处。
error-bad-id = “{ $id }”不是有效编号；编号格式应如 { $kind }1。
error-bad-channel = “{ $channel }”不是频道；频道格式应如 #name。
error-unknown-user = 系统尚不认识 { $user }；对方需先与我对话一次，或由秘书处为其分配角色。
error-missing-user = 请以 @user 的形式指明人员。
error-missing-role = 请指明角色：secretariat（秘书处）、chair（主席）、member（成员）或 stakeholder（利益攸关方）。
error-role = “{ $value }”不是有效角色；请从以下选项中选择：{ $roles }。
error-last-secretariat = 您是最后一位秘书处人员；请先将该角色授予他人。
error-language = “{ $value }”不是受支持的语言；请从以下选项中选择：{ $languages }。
error-setting-key = “{ $key }”不是有效的设置项；请从以下选项中选择：{ $keys }。
error-quiet = 免打扰时段的格式应如 22:00-07:00，而不是“{ $value }”。
error-group = “{ $value }”不是有效的利益攸关方群体；请从以下选项中选择：{ $groups }。
error-channel-key = 请输入“language 语言”或“members-only on|off”。
error-on-off = 请输入 on 或 off，而不是“{ $value }”。

error-when-missing = 请指明时间，例如“2025年1月15日 18:00”“明天 9:30”或“2025-01-31T12:00Z”。
error-when-too-long = 日期最多 { $max } 个字符。
error-when-unreadable = 无法将“{ $text }”识别为日期。请尝试“2025年1月15日 18:00”“2025年1月15日 17:00 日内瓦”“明天 9:30”或“2025-01-31T12:00Z”。
error-when-needs-time = “{ $text }”缺少具体时刻；请补充，例如“{ $text } 10:00”。
error-when-past = 该时间已经过去：{ $when }。请提供一个将来的日期。
error-time-impossible = “{ $text }”不是有效的时刻（小时最大为 23，分钟最大为 59）。
error-time-nonexistent = “{ $text }”在 { $zone } 并不存在：该时段因时钟拨快而被跳过。请另选时间。
error-zone-unknown = 无法识别时区“{ $zone }”。请使用 Europe/Zurich 这样的时区名称、日内瓦或 Geneva 这样的城市名、UTC+3 或 AoE。
error-zone-ambiguous = “{ $zone }”可能指不同的时区；请改写为以下之一：{ $choices }。
error-offsets = 提醒时间的格式应如 7d,1d,2h（w 表示周，d 表示天，h 表示小时，m 表示分钟），而不是“{ $text }”。
error-schedule = 摘要发送计划的格式应如“周一 09:00”“周一、周四 17:30”“工作日 09:00”或“每天 08:00”，而不是“{ $text }”。
error-missing-schedule = 请指明摘要的发送时间，例如“周一 09:00”。
error-platform-send = 消息未能送达（{ $reason }）。助手是否已加入该频道？
list-more-names = 另有 { $count } 人
reply-moved-to-direct = { $user }，我的回复已发到我们的私聊中。
error-direct-chat = { $user }，我无法与您开启私聊，因此回复未能发送。请先与我开启私聊，再在那里提问。

## 放弃发送的定时消息（发给秘书处）。

delivery-failed = ⚠️ 发给 { $to } 的定时消息（原定 { $when }）尝试 { $tries } 次后仍未能送达：{ $reason }。不会再重试。键：{ $key }
delivery-reason-not-in-channel = 助手不在 { $channel } 中
delivery-reason-missing-scope = 应用缺少权限 { $scope }
delivery-reason-other = 平台返回 { $code }

# The console only: a line that is not a command, outside a guided answer.
hint-not-a-command = 命令以 / 开头。输入 { $help } 查看命令列表。

language-name = { $language ->
    [en] 英语
    [fr] 法语
    [es] 西班牙语
    [ru] 俄语
    [ar] 阿拉伯语
    [zh] 中文
   *[other] { $language }
}
list-more-organisations = 另外 { $count } 个
when-language = 识别语言：{ $language }。
error-when-languages = “{ $text }”在不同语言中表示不同的日期：按{ $first_language }为 { $first }，按{ $second_language }为 { $second }。请写出完整的月份名称，或写成 2025-01-31 18:00 的形式。
error-date-impossible = “{ $text }”不是有效日期：{ $month }只有 { $days } 天。
error-offset-range = 提醒时间须在截止或开始前 { $min } 到 { $max } 之间；“{ $text }”超出了该范围。

## 组织和利益攸关方群体
stakeholder-group-government = 政府
stakeholder-group-private-sector = 私营部门
stakeholder-group-civil-society = 民间社会
stakeholder-group-technical-community = 技术界
stakeholder-group-academia = 学术界
stakeholder-group-intergovernmental = 政府间组织
error-country = 我不认识国家“{ $value }”；请提供其两位字母的 ISO 代码（DE、PY）或名称。
error-no-organisation = 国家和利益攸关方群体属于您的组织：请先用 { $command } 设置您的组织。
error-organisation-field-set = { $organisation } 的{ $field ->
    [country] 国家
   *[other] 利益攸关方群体
}已是 { $value }，而不是 { $new }；只有秘书处可以更改。
