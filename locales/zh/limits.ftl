## 长文本：拒绝时说明提交方式，完整显示，从不截断。

error-text-too-long = 该文本有 { $length } 个字符，此处最多 { $max } 个。如需提交更长的内容，请将全文放入共享文档，并在此发送其链接和简短摘要。
form-answer-label = 您对 { $id } 的回答
form-answer-kept = 您当前对 { $id } 的回答有 { $length } 个字符，超出此表单可编辑的长度，因此下面的输入框为空：除非您在其中填写新回答，否则将保留原回答。如需修改，请使用 { $command }。回答开头为：“{ $excerpt }…”
form-too-long = 这些问题太长，无法放入 Slack 表单。请使用 { $respond } 逐一回答，或使用 { $answer } 分别回答每个问题。
home-more = 待处理事项超出此处可显示的范围：请查看 { $rounds }、{ $meetings } 和 { $actions }。
