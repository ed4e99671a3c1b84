## 控制台适配器自身的命令。

console-welcome = 磋商助手——控制台。您当前的身份是 { $user }，位于 { $channel }。命令以 / 开头；可尝试 /assistant help。仅限控制台：/as @user、/in #channel{ $simulated ->
    [yes] 、/clock +2d 或 /clock 2025-01-31T12:00Z（模拟时钟：{ $now }）
   *[no] {""}
}、/quit。
console-first-start = 目前还没有秘书处。要成为秘书处，请退出（/quit）并运行“{ $command }”，或在启动时设置 ASSISTANT_ADMINS={ $user }。
console-as = 现以 { $user } 的身份发言。
console-as-usage = 请输入 /as @user。
console-in = 现位于 { $channel }。
console-in-usage = 请输入 /in #channel。
console-clock = 时钟：{ $now }
console-clock-usage = 请输入 /clock +2d（w、d、h、m）或 /clock 2025-01-31T12:00Z（不能早于当前时间）。
console-clock-real = 当前使用真实时钟；如需模拟时间推移，请使用 --now 2024-10-07T08:00Z 启动控制台。
console-file-error = 无法写入 { $path }：{ $reason }
console-file-progress = 正在写入 { $path }……已写入 { $kilobytes } KB。

## 命令行和演示。

cli-adapter-unavailable = 此版本不提供适配器“{ $adapter }”；请使用 console。
cli-database-ready = 数据库已是最新版本。
config-positive-number = 配置错误：{ $name } 必须为正数。
config-log-level = 配置错误：{ $name } 必须为 DEBUG、INFO、WARNING 或 ERROR。
demo-export-summary = 导出汇总（{ $file }）
demo-explore = 演示数据库已保留。可使用以下命令进行浏览：{ $command }
cli-bad-instant = “{ $text }”不是带时区的 ISO 8601 时刻，例如 2024-10-07T08:00Z。
cli-slack-http = 正在端口 { $port } 的 /slack/events 上监听 Slack 请求。
cli-slack-socket = 已通过 Socket Mode 连接到 Slack。
config-missing = 配置错误：未设置 { $name }。
cli-matrix-ready = 已以 { $user } 身份连接到 Matrix。
console-file-outside = { $path } 不在导出文件夹 { $folder } 内，因此未写入任何内容。请给出该文件夹内的路径，或不给路径以在此处显示文件。
config-export-dir = 配置错误：{ $name } 必须指向一个已存在的文件夹。

## assistant status：从外部查看定时消息。

cli-status-header = 截至 { $now } 的定时消息（按类型）：
cli-status-kind = { $kind }：待发送 { $pending }，处理中 { $claimed }，已放弃 { $failed }，已发送 { $sent }，已过期 { $dropped }，已跳过 { $skipped }，已取消 { $cancelled }
cli-status-empty = 没有定时消息。
cli-status-oldest = 最早到期且未发送：{ $key }（原定 { $due }），领取次数 { $attempts }，失败次数 { $failures }
cli-status-next-try = 下次尝试：{ $at }
cli-status-last-error = 最近错误：{ $error }
cli-status-none-due = 没有已到期的待发送消息。

## 人员名单的导入和导出（命令行）
roster-line-bad = 第 { $line } 行：{ $reason }
roster-line-added = 第 { $line } 行：{ $platform } { $user } — 已添加（{ $columns }）
roster-line-changed = 第 { $line } 行：{ $platform } { $user } — 已更改：{ $columns }
roster-summary = { $dryrun ->
    [yes] 试运行，未做任何更改。将添加：{ $added } · 将更改：{ $changed } · 保持不变：{ $unchanged } · 新组织：{ $organisations }
   *[other] 导入完成。已添加：{ $added } · 已更改：{ $changed } · 未变：{ $unchanged } · 新组织：{ $organisations }
}
roster-unchanged = 无需更改：每一行都已与现有信息一致（人数：{ $count }）。
roster-refused = 未导入任何内容；错误行数：{ $count }。请更正后重新导入文件。
roster-exported = 名单已写入 { $path }（人数：{ $count }）。
roster-error-file = 无法读取或写入 { $path }：{ $reason }
roster-error-header = 第一行必须正好是：{ $header }
roster-error-cells = 应有 { $expected } 个单元格，实际为 { $count } 个。
roster-error-platform = “{ $value }”不是平台；请使用以下之一：{ $platforms }。
roster-error-user = 缺少 user_id。
roster-error-no-organisation = 国家或利益攸关方群体需要同一行中有组织。
roster-error-duplicate = 与第 { $other } 行是同一人。
roster-error-conflict = { $organisation } 的{ $column ->
    [country] 国家
   *[other] 利益攸关方群体
}在第 { $other } 行中的值不同。
