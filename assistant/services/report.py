"""`/consult report`: a round's summary ready to paste into a chair's report (title, period,
questions, contributions and response rates by stakeholder group and country, contributing
organisations, and an annex of every input), as Markdown or DOCX in any of the six languages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime

from assistant import commands as c
from assistant.domain.model import Question, Round
from assistant.messages import (
    Country,
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
from assistant.services import charts
from assistant.services.admin import LANGUAGES
from assistant.services.audience import round_audience
from assistant.services.common import Context, round_id_text, visible_round
from assistant.services.documents import (
    Block,
    Bullets,
    Chart,
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
    groups = _ranked(by["stakeholder_group"], Counter(p.stakeholder_group for p in audience))
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
        _over_time(round_, _first_answers(uow, [q.id or 0 for q in questions])),
        Heading(2, msg("report-by-group")),
        _rates_table(msg("report-col-group"), groups, _group_name),
        _by_group(groups),
        Heading(2, msg("report-by-country")),
        _rates_table(
            msg("report-col-country"),
            _ranked(by["country"], Counter(p.country for p in audience)),
            lambda key: msg("report-cell", text=Country(key)) if key else msg("report-unknown"),
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


def _first_answers(uow: UnitOfWork, question_ids: list[int]) -> list[datetime]:
    """When each respondent first answered a question of the round (every version is read:
    the latest ones say when an input was last edited, not when it came)."""
    first: dict[int, datetime] = {}
    for answer in uow.answers.find_in("question_id", question_ids):
        known = first.get(answer.person_id)
        if known is None or answer.submitted_at < known:
            first[answer.person_id] = answer.submitted_at
    return sorted(first.values())


def _over_time(round_: Round, firsts: list[datetime]) -> Chart:
    def draw(label: Callable[[Message], str], language: str) -> bytes:
        chart = charts.OverTime(
            title=label(msg("chart-over-time")),
            axis=label(msg("report-col-contributions")),
            deadline=label(msg("chart-deadline")),
            opens=round_.opens_at,
            closes=round_.closes_at,
            zone=round_.zone,
            firsts=firsts,
        )
        return charts.over_time(chart, language)

    return Chart(draw)


def _by_group(rows: list[Row]) -> Chart:
    """The group table as bars."""

    def draw(label: Callable[[Message], str], language: str) -> bytes:
        chart = charts.ByGroup(
            title=label(msg("report-by-group")),
            contributed=label(msg("report-col-contributions")),
            invited=label(msg("report-col-invited")),
            groups=[(label(_group_name(key)), done, asked) for key, done, asked in rows],
        )
        return charts.by_group(chart, language)

    return Chart(draw)


def _rate(part: int, whole: int) -> Percent:
    return Percent(part / whole if whole else 0.0)


def _group_name(key: str) -> Message:
    return msg("report-group", group=key or "none")


# A row of a breakdown: the key (group slug, country), contributions, people invited.
Row = tuple[str, int, int]


def _ranked(contributed: Mapping[str, int], invited: Mapping[str, int]) -> list[Row]:
    """Every key with its numbers: most contributions first, then most invited, those not
    stated last."""
    keys = sorted(
        set(contributed) | set(invited),
        key=lambda k: (k == "", -contributed.get(k, 0), -invited.get(k, 0), k.casefold()),
    )
    return [(k, contributed.get(k, 0), invited.get(k, 0)) for k in keys]


def _rates_table(first: Message, rows: list[Row], label: Callable[[str], Message]) -> Table:
    """Contributions, invited and response rate per row, then the totals."""
    total, asked = sum(r[1] for r in rows), sum(r[2] for r in rows)
    cells = [
        (
            name,
            msg("report-number", value=done),
            msg("report-number", value=of),
            msg("report-rate", rate=_rate(done, of)),
        )
        for name, done, of in [
            *((label(k), d, o) for k, d, o in rows),
            (msg("report-total"), total, asked),
        ]
    ]
    header = (
        first,
        msg("report-col-contributions"),
        msg("report-col-invited"),
        msg("report-col-rate"),
    )
    return Table(header, tuple(cells), (False, True, True, True))


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
                        country=Country(person.country) if person.country else "",
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
