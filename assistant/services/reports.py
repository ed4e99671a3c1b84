"""What a round has gathered: its status (counts, breakdowns, who has not answered) and its
exports (CSV and Markdown)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping

from assistant import commands as c
from assistant.domain.model import Answer, Organisation, Person, Question, Role, Round
from assistant.messages import (
    FileOut,
    Message,
    Outgoing,
    Percent,
    UserText,
    When,
    msg,
    rstripped,
)
from assistant.ports import PersonField, Translator, UnitOfWork
from assistant.services.audience import (
    answered_organisations,
    round_audience,
    round_waiting,
    round_waiting_by_group,
)
from assistant.services.common import (
    MAX_NAMES,
    Context,
    markdown_text,
    mentions_capped,
    questions_of,
    round_id_text,
    time_left,
    visible_round,
)
from assistant.services.inputs import my_answers
from assistant.services.organisations import country_shown, group_name, organisation_shown

# Who sees the counts and respondents of a round (the chair reads, the secretariat runs it).
READERS = (Role.SECRETARIAT, Role.CHAIR)


# Entries of a status breakdown (by group, country, organisation) shown before "Others".
MAX_BREAKDOWN = 10


def _counts(
    label: str,
    counts: Mapping[str, int],
    name: Callable[[str], object] = organisation_shown,
) -> list[Message]:
    """A breakdown, largest first; past MAX_BREAKDOWN entries the rest is one line (a working
    group can have hundreds of organisations; the export's summary lists them all). `name`
    shows a key to the reader (a country by its name in their language)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [msg(label)]
    for key, count in ranked[:MAX_BREAKDOWN]:
        lines.append(msg("status-count-line", name=name(key), count=count))
    rest = ranked[MAX_BREAKDOWN:]
    if rest:
        lines.append(msg("status-count-more", count=len(rest), respondents=sum(n for _, n in rest)))
    return lines


def _group_rates(answered: Mapping[str, int], waiting: Mapping[str, int]) -> list[Message]:
    """Respondents per stakeholder group out of those invited (respondents and those not
    answered yet), largest group of respondents first; a group nobody of is left out."""
    invited = {g: answered.get(g, 0) + waiting.get(g, 0) for g in {*answered, *waiting}}
    ranked = sorted(invited, key=lambda g: (-answered.get(g, 0), -invited[g], g))
    lines = [msg("status-by-group")]
    for group in ranked:
        count = answered.get(group, 0)
        lines.append(
            msg(
                "status-group-rate",
                name=group_name(group),
                count=count,
                invited=invited[group],
                rate=Percent(count / invited[group]),
            )
        )
    return lines


def status(ctx: Context, cmd: c.RoundStatus) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    state = (
        "open"
        if round_.is_open(ctx.now)
        else "upcoming"
        if round_.is_upcoming(ctx.now)
        else "closed"
    )
    questions = questions_of(ctx, round_)
    lines = [
        msg("status-header", id=rid, title=UserText(round_.title), state=state),
        msg(
            "status-dates",
            opens=When(round_.opens_at, round_.zone),
            closes=When(round_.closes_at, round_.zone),
        ),
    ]
    if state == "open":
        lines.append(msg("status-time-left", left=time_left(ctx.now, round_.closes_at)))
    lines.append(msg("status-questions", count=len(questions)))
    if ctx.actor.role not in READERS:
        mine = my_answers(ctx, round_)
        lines.append(msg("status-yours", answered=len(mine), total=len(questions)))
        return [ctx.reply(*lines)]
    if round_.per_organisation:
        return [ctx.reply(*lines, *_organisation_status(ctx, round_, questions))]
    # Counted in the database: a large round holds tens of thousands of answers.
    answers, round_id = ctx.uow.answers, round_.id or 0
    per_question = answers.question_counts(round_id)
    by = answers.respondents_by(round_id)
    respondents = sum(by["stakeholder_group"].values())  # each respondent once per field
    lines.append(msg("status-inputs", count=sum(per_question.values()), respondents=respondents))
    for q in questions:
        count = per_question.get(q.id or 0, 0)
        lines.append(msg("status-per-question", id=f"Q{q.position}", count=count))
    # Each round is answered person by person: the rate is of people, per group.
    lines += _group_rates(by["stakeholder_group"], round_waiting_by_group(ctx.uow, round_))
    lines += _counts("status-by-country", by["country"], country_shown)
    lines += _counts("status-by-organisation", by["organisation"])
    first = answers.respondents(round_id, MAX_NAMES)
    if first:
        lines.append(msg("status-respondents", names=mentions_capped(first, respondents)))
    waiting, waiting_count = round_waiting(ctx.uow, round_, MAX_NAMES)
    names = mentions_capped(waiting, waiting_count)
    lines.append(msg("status-waiting", count=waiting_count, names=names))
    return [ctx.reply(*lines)]


# Organisations not answered yet named in a status before "and N more".
MAX_ORGANISATION_NAMES = 10


def _rates(
    label: str,
    answered: Mapping[str, int],
    invited: Mapping[str, int],
    name: Callable[[str], object],
) -> list[Message]:
    """Answered out of invited per key (a group, a country), most answers first."""
    ranked = sorted(invited, key=lambda k: (-answered.get(k, 0), -invited[k], k))
    lines = [msg(label)]
    for key in ranked:
        count = answered.get(key, 0)
        lines.append(
            msg(
                "status-group-rate",
                name=name(key),
                count=count,
                invited=invited[key],
                rate=Percent(count / invited[key]),
            )
        )
    return lines


def _organisations_per_question(uow: UnitOfWork, round_: Round) -> dict[int, set[int]]:
    """Per question id, the organisations whose delegates answered it (a per-organisation
    round holds one input per organisation, however many delegates gave versions)."""
    people = uow.people.find_in("id", uow.answers.respondent_ids(round_.id or 0))
    of_person = {p.id: p.organisation_id for p in people}
    per_question: dict[int, set[int]] = {}
    for row in uow.answers.find(round_id=round_.id):
        organisation = of_person.get(row.person_id)
        if organisation is not None:
            per_question.setdefault(row.question_id, set()).add(organisation)
    return per_question


def _organisation_status(ctx: Context, round_: Round, questions: list[Question]) -> list[Message]:
    """A per-organisation round's status: organisations, not people, are counted. Those
    invited are the organisations of the round's audience (and any that answered); one that
    answered counts once, however many of its delegates gave versions."""
    audience = round_audience(ctx.uow, round_)
    answered_ids = answered_organisations(ctx.uow, round_)
    invited_ids = {p.organisation_id for p in audience if p.organisation_id is not None}
    invited_ids |= answered_ids
    organisations = {o.id: o for o in ctx.uow.organisations.find_in("id", invited_ids)}
    invited = list(organisations.values())
    answered = [o for o in invited if o.id in answered_ids]
    per_question = _organisations_per_question(ctx.uow, round_)
    lines = [
        msg(
            "status-organisations",
            count=len(answered),
            invited=len(invited),
            rate=Percent(len(answered) / len(invited) if invited else 0),
        )
    ]
    for q in questions:
        count = len(per_question.get(q.id or 0, set()))
        lines.append(msg("status-per-question", id=f"Q{q.position}", count=count))

    def tally(found: list[Organisation], field: str) -> Counter[str]:
        return Counter(getattr(o, field) for o in found)

    if invited:
        lines += _rates(
            "status-by-group",
            tally(answered, "stakeholder_group"),
            tally(invited, "stakeholder_group"),
            group_name,
        )
        lines += _rates(
            "status-by-country",
            tally(answered, "country"),
            tally(invited, "country"),
            country_shown,
        )
    waiting = sorted(
        (o for o in invited if o.id not in answered_ids), key=lambda o: o.name.casefold()
    )
    names: list[object] = [organisation_shown(o.name) for o in waiting[:MAX_ORGANISATION_NAMES]]
    if len(waiting) > MAX_ORGANISATION_NAMES:
        names.append(msg("list-more-organisations", count=len(waiting) - MAX_ORGANISATION_NAMES))
    lines.append(msg("status-waiting", count=len(waiting), names=tuple(names)))
    unattached = sum(1 for p in audience if p.organisation_id is None)
    if unattached:
        lines.append(msg("status-no-organisation", count=unattached))
    return lines


def _cell(value: str) -> str:
    """Neutralise spreadsheet formulas in a cell typed by a person."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# Answers written to an export file per piece of its text.
_EXPORT_BATCH = 200


# The breakdowns of an export's summary: the field of the respondents each one counts.
_BY: dict[str, PersonField] = {
    "group": "stakeholder_group",
    "country": "country",
    "organisation": "organisation",
}


def export(ctx: Context, cmd: c.ExportRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    if round_.per_organisation:
        count = sum(len(o) for o in _organisations_per_question(ctx.uow, round_).values())
    else:
        count = sum(ctx.uow.answers.question_counts(round_.id or 0).values())
    language = ctx.actor.language
    translator = ctx.translator

    # Read while the file is saved or uploaded, from one snapshot of its own; the count above
    # is this transaction's, so an input arriving in between may make the file one longer.
    def pieces(uow: UnitOfWork) -> Iterator[str]:
        questions = sorted(uow.questions.find(round_id=round_.id), key=lambda q: q.position)
        rows: Iterable[tuple[Answer, Person]] = uow.answers.latest(round_.id or 0)
        if round_.per_organisation:
            rows = _organisation_latest(rows)
        if cmd.format == "csv":
            return _csv_export(translator, language, questions, rows)
        lines = _markdown_lines(translator, language, uow, round_, questions, rows)
        return _one_newline_at_end(lines)

    filename = f"{rid}-inputs.{cmd.format}"
    line = msg("export-ready", id=rid, count=count, format=cmd.format, path=cmd.path or filename)
    file = FileOut(filename=filename, content=ctx.file_text(pieces), path=cmd.path)
    return [ctx.file_reply(line, file)]


def _organisation_latest(rows: Iterable[tuple[Answer, Person]]) -> list[tuple[Answer, Person]]:
    """Of each delegate's latest answer, the organisation's: its latest version per question
    (the later row on a tie), in the order of `rows`. A per-organisation round has one input
    per organisation, so the rows held here are few."""
    kept: dict[tuple[int, int], tuple[Answer, Person]] = {}
    for answer_, person in rows:
        # Someone without an organisation (any more) speaks for themselves.
        who = person.organisation_id if person.organisation_id is not None else -(person.id or 0)
        key = (answer_.question_id, who)
        held = kept.get(key)
        if held is None or (answer_.version, answer_.id or 0) > (
            held[0].version,
            held[0].id or 0,
        ):
            kept[key] = (answer_, person)  # keeps the key's place: the question's order
    return list(kept.values())


def _csv_export(
    translator: Translator,
    language: str,
    questions: list[Question],
    rows: Iterable[tuple[Answer, Person]],
) -> Iterator[str]:
    by_id = {q.id: q for q in questions}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            translator.translate(language, f"export-col-{column}")
            for column in (
                "question",
                "question-text",
                "respondent",
                "organisation",
                "country",
                "group",
                "submitted",
                "version",
                "answer",
            )
        ]
    )
    for done, (answer_, person) in enumerate(rows, start=1):
        q = by_id[answer_.question_id]
        writer.writerow(
            [
                f"Q{q.position}",
                _cell(q.text),
                _cell(person.display_name),
                _cell(person.organisation),
                _cell(person.country),
                person.stakeholder_group,
                answer_.submitted_at.isoformat(),
                answer_.version,
                _cell(answer_.text),
            ]
        )
        if done % _EXPORT_BATCH == 0:
            yield _take(out)
    yield _take(out)


def _take(buffer: io.StringIO) -> str:
    """What was written to `buffer` so far; it is empty again afterwards."""
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _summary_name(label: str, key: str) -> Message:
    """A group, country or organisation of the export's summary, as the reader calls it."""
    if label == "group":
        return group_name(key) if key else msg("unknown-value")
    shown = country_shown(key) if label == "country" else organisation_shown(key)
    return msg("report-cell", text=shown)


def _markdown_lines(
    translator: Translator,
    language: str,
    uow: UnitOfWork,
    round_: Round,
    questions: list[Question],
    rows: Iterable[tuple[Answer, Person]],
) -> Iterator[str]:
    round_id = round_.id or 0
    per_question = uow.answers.question_counts(round_id)
    by = uow.answers.respondents_by(round_id)
    respondents = sum(by["stakeholder_group"].values())  # each respondent once per field
    out = [f"# {markdown_text(round_.title)}", ""]

    def text(line: Message) -> str:
        # Dates in the round's zone (and UTC), names in the reader's language, typed escaped.
        return translator.document([line], language, round_.zone, markdown_text)[0]

    out.append(
        text(
            msg(
                "export-md-period",
                opens=When(round_.opens_at, round_.zone),
                closes=When(round_.closes_at, round_.zone),
            )
        )
    )
    out += ["", f"## {translator.translate(language, 'export-md-summary')}", ""]
    inputs = sum(per_question.values())
    totals = translator.translate(
        language, "export-md-totals", inputs=inputs, respondents=respondents
    )
    out.append(totals)
    out.append("")
    for q in questions:
        out.append(f"- Q{q.position}: {per_question.get(q.id or 0, 0)}")
    for label in ("group", "country", "organisation"):
        counter: Counter[str] = Counter()
        for key, count in by[_BY[label]].items():
            counter[text(_summary_name(label, key))] += count
        out += ["", f"### {translator.translate(language, f'export-md-by-{label}')}", ""]
        out += [
            f"- {name}: {count}"
            for name, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    # The rows come by question position, as the questions: one pass over both.
    remaining = iter(rows)
    row = next(remaining, None)
    written = 0
    for q in questions:
        out += ["", f"## Q{q.position}. {markdown_text(q.text)}", ""]
        while row is not None and row[0].question_id == q.id:
            answer_, person = row
            who = ", ".join(
                x for x in (person.display_name, person.organisation, person.country) if x
            )
            out.append(f"**{markdown_text(who)}** ({answer_.submitted_at:%Y-%m-%d %H:%M} UTC)")
            out.append("")
            out.append("> " + markdown_text(answer_.text))
            out.append("")
            row = next(remaining, None)
            written += 1
            if written % _EXPORT_BATCH == 0:
                yield "".join(line + "\n" for line in out)
                out = []
    yield "".join(line + "\n" for line in out)


def _one_newline_at_end(pieces: Iterable[str]) -> Iterator[str]:
    """`pieces` as `"".join(pieces).rstrip() + "\n"`, without joining them."""
    yield from rstripped(pieces)
    yield "\n"
