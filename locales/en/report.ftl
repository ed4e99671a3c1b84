# /consult report: a round's summary, ready to paste into a chair's report.
report-ready = The report on { $id } as { $format } in { $language }: { $path }
error-report-format = Say md or docx.
error-report-language = “{ $value }” is not a language of the report; choose one of: { $languages }.
report-title = { $title }
report-period = Consultation period: { $opens } to { $closes } ({ $zone }).
report-questions = Questions
report-question = { $id }. { $text } ({ $count ->
    [0] no inputs
    [one] 1 input
   *[other] { $count } inputs
})
report-contributions = Contributions
report-totals = { $respondents ->
    [0] No contributions were received
   *[other] { $respondents ->
        [one] 1 contribution
       *[other] { $respondents } contributions
    } ({ $inputs ->
        [one] 1 answer
       *[other] { $inputs } answers
    })
} from { $invited ->
    [0] no one invited
    [one] 1 person invited
   *[other] { $invited } people invited
}: a response rate of { $rate }.
report-by-group = By stakeholder group
report-by-country = By country
report-col-group = Stakeholder group
report-col-country = Country
report-col-contributions = Contributions
report-col-invited = Invited
report-col-rate = Response rate
report-group = { $group ->
    [government] Government
    [private-sector] Private sector
    [civil-society] Civil society
    [technical-community] Technical community
    [academia] Academia
    [intergovernmental] Intergovernmental organisation
   *[other] Not stated
}
report-cell = { $text }
report-unknown = Not stated
report-number = { $value }
report-rate = { $rate }
report-total = Total
report-organisations = Contributing organisations
report-unaffiliated = { $count ->
    [0] No contributions from people without an organisation.
    [one] 1 contribution from a person without an organisation.
   *[other] { $count } contributions from people without an organisation.
}
report-annex = Annex: inputs by question
report-question-heading = { $id }. { $text }
report-input-by = { $has_country ->
    [yes] { $who } ({ $country }), { $date }
   *[no] { $who }, { $date }
}
report-no-inputs = No inputs.
chart-over-time = Contributions over time
chart-deadline = Deadline
