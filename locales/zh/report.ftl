# /consult report：一轮磋商的汇总，可直接用于主席报告。
report-ready = { $id } 的报告（{ $format }，语言 { $language }）：{ $path }
error-report-format = 请输入 md 或 docx。
error-report-language = “{ $value }”不是报告可用的语言；请选择：{ $languages }。
report-title = { $title }
report-period = 磋商期：{ $opens } 至 { $closes }（{ $zone }）。
report-questions = 问题
report-question = { $id }. { $text }（{ $count ->
    [0] 尚无意见
   *[other] { $count } 条意见
}）
report-contributions = 提交情况
report-totals = { $respondents ->
    [0] 未收到任何提交
   *[other] 共收到 { $respondents } 份提交（{ $inputs } 条答复）
}，受邀 { $invited ->
    [0] 无人
   *[other] { $invited } 人
}：答复率 { $rate }。
report-by-group = 按利益攸关方群体
report-by-country = 按国家
report-col-group = 利益攸关方群体
report-col-country = 国家
report-col-contributions = 提交
report-col-invited = 受邀
report-col-rate = 答复率
report-group = { $group ->
    [government] 政府
    [private-sector] 私营部门
    [civil-society] 民间社会
    [technical-community] 技术界
    [academia] 学术界
    [intergovernmental] 政府间组织
   *[other] 未说明
}
report-cell = { $text }
report-unknown = 未说明
report-number = { $value }
report-rate = { $rate }
report-total = 合计
report-organisations = 提交意见的组织
report-unaffiliated = { $count ->
    [0] 没有来自无所属组织人士的提交。
   *[other] 来自无所属组织人士的提交：{ $count } 份。
}
report-annex = 附件：按问题分列的意见
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who }（{ $country }），{ $date }
   *[no] { $who }，{ $date }
}
report-no-inputs = 无意见。
chart-over-time = 提交情况随时间变化
chart-deadline = 截止日期
