"""`/consult report`: a round's summary ready to paste into a chair's report (title, period,
questions, contributions and response rates by stakeholder group and country, contributing
organisations, and an annex of every input), as Markdown or DOCX in any of the six languages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from assistant import commands as c
from assistant.domain.model import Question, Round
from assistant.messages import (
    FileOut,
    LocalTime,
    Message,
    Outgoing,
    Percent,
    UserError,
    UserText,
    msg,
)
from assistant.ports import UnitOfWork
from assistant.services.admin import LANGUAGES
from assistant.services.audience import round_audience
from assistant.services.common import Context, round_id_text, visible_round
from assistant.services.documents import (
    Block,
    Bullets,
    Heading,
    Paragraph,
    Quote,
    Table,
    docx,
    markdown,
)


def report(ctx: Context, cmd: c.ReportRound) -> list[Outgoing]:
    """The report as a file for the asker, in `cmd.language` or theirs."""
    round_ = visible_round(ctx, cmd.round_id)
    language = cmd.language or ctx.actor.language
    if language not in LANGUAGES:
        raise UserError("error-report-language", value=language, languages=", ".join(LANGUAGES))
    rid = round_id_text(round_)
    blocks = report_blocks(ctx.uow, round_)
    filename = f"{rid}-report-{language}.{cmd.format}"
    content: str | bytes
    if cmd.format == "docx":
        content = docx(ctx.translator, blocks, language, round_.title)
    else:
        content = markdown(ctx.translator, blocks, language)
    line = msg(
        "report-ready", id=rid, format=cmd.format, language=language, path=cmd.path or filename
    )
    return [ctx.file_reply(line, FileOut(filename, content, cmd.path))]


def report_blocks(uow: UnitOfWork, round_: Round) -> list[Block]:
    """What the report says, as blocks of messages to render in the reader's language.

    A contribution is a respondent (one person, however many questions they answered); those
    invited are the round's audience (README, "Consultation rounds"), respondents included.
    """
    round_id = round_.id or 0
    questions = sorted(uow.questions.find(round_id=round_id), key=lambda q: q.position)
    per_question = uow.answers.question_counts(round_id)
    by = uow.answers.respondents_by(round_id)
    respondents = sum(by["stakeholder_group"].values())  # each respondent once per field
    audience = round_audience(uow, round_)
    invited = len(audience)
    blocks: list[Block] = [
        Heading(0, msg("report-title", title=UserText(round_.title))),
        Paragraph(
            msg(
                "report-period",
                opens=LocalTime(round_.opens_at, round_.zone),
                closes=LocalTime(round_.closes_at, round_.zone),
                zone=round_.zone,
            )
        ),
        Heading(1, msg("report-questions")),
        Bullets(
            tuple(
                msg(
                    "report-question",
                    id=f"Q{q.position}",
                    text=UserText(q.text),
                    count=per_question.get(q.id or 0, 0),
                )
                for q in questions
            )
        ),
        Heading(1, msg("report-contributions")),
        Paragraph(
            msg(
                "report-totals",
                respondents=respondents,
                inputs=sum(per_question.values()),
                invited=invited,
                rate=_rate(respondents, invited),
            )
        ),
        Heading(2, msg("report-by-group")),
        _rates_table(
            msg("report-col-group"),
            by["stakeholder_group"],
            Counter(p.stakeholder_group for p in audience),
            lambda key: msg("report-group", group=key or "none"),
        ),
        Heading(2, msg("report-by-country")),
        _rates_table(
            msg("report-col-country"),
            by["country"],
            Counter(p.country for p in audience),
            lambda key: msg("report-cell", text=UserText(key)) if key else msg("report-unknown"),
        ),
        Heading(1, msg("report-organisations")),
    ]
    organisations = sorted((o for o in by["organisation"] if o), key=str.casefold)
    if organisations:
        blocks.append(Bullets(tuple(msg("report-cell", text=UserText(o)) for o in organisations)))
    unaffiliated = by["organisation"].get("", 0)
    if unaffiliated or not organisations:
        blocks.append(Paragraph(msg("report-unaffiliated", count=unaffiliated)))
    blocks += _annex(uow, round_, questions)
    return blocks


def _rate(part: int, whole: int) -> Percent:
    return Percent(part / whole if whole else 0.0)


def _rates_table(
    first: Message,
    contributed: Mapping[str, int],
    invited: Mapping[str, int],
    label: Callable[[str], Message],
) -> Table:
    """Contributions, invited and response rate per key (group, country), most contributions
    first, those not stated last; then the totals."""
    keys = sorted(
        set(contributed) | set(invited),
        key=lambda k: (k == "", -contributed.get(k, 0), -invited.get(k, 0), k.casefold()),
    )
    rows = [
        (
            label(key),
            msg("report-number", value=contributed.get(key, 0)),
            msg("report-number", value=invited.get(key, 0)),
            msg("report-rate", rate=_rate(contributed.get(key, 0), invited.get(key, 0))),
        )
        for key in keys
    ]
    total, asked = sum(contributed.values()), sum(invited.values())
    rows.append(
        (
            msg("report-total"),
            msg("report-number", value=total),
            msg("report-number", value=asked),
            msg("report-rate", rate=_rate(total, asked)),
        )
    )
    header = (
        first,
        msg("report-col-contributions"),
        msg("report-col-invited"),
        msg("report-col-rate"),
    )
    return Table(header, tuple(rows), (False, True, True, True))


def _annex(uow: UnitOfWork, round_: Round, questions: list[Question]) -> list[Block]:
    """Every input, latest versions, under its question, each with who gave it and when."""
    blocks: list[Block] = [Heading(1, msg("report-annex"))]
    rows = uow.answers.latest(round_.id or 0)
    # The rows come by question position, as the questions: one pass over both.
    row = next(rows, None)
    for q in questions:
        blocks.append(
            Heading(2, msg("report-question-heading", id=f"Q{q.position}", text=UserText(q.text)))
        )
        given = 0
        while row is not None and row[0].question_id == q.id:
            answer, person = row
            blocks.append(
                Paragraph(
                    msg(
                        "report-input-by",
                        who=UserText(person.organisation or person.display_name),
                        country=UserText(person.country) if person.country else "",
                        has_country="yes" if person.country else "no",
                        date=LocalTime(answer.submitted_at, round_.zone, with_time=False),
                    ),
                    strong=True,
                )
            )
            blocks.append(Quote(answer.text))
            given += 1
            row = next(rows, None)
        if not given:
            blocks.append(Paragraph(msg("report-no-inputs")))
    return blocks
