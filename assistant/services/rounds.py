"""Consultation rounds: create, ask, announce, collect inputs, report, close and extend."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from assistant import commands as c
from assistant.domain import limits
from assistant.domain.dates import MissingTime, ReadWhen, format_offset, parse_offsets
from assistant.domain.model import Answer, Person, Question, Role, Round
from assistant.domain.owed_posts import announcement_rows, closing_rows
from assistant.domain.reminders import DEFAULT_ROUND_OFFSETS
from assistant.messages import (
    Audience,
    Button,
    CommandHint,
    FileOut,
    Form,
    FormField,
    Message,
    Outgoing,
    Post,
    UserError,
    UserText,
    When,
    msg,
    rstripped,
)
from assistant.ports import PersonField, Translator, UnitOfWork
from assistant.services import reminders
from assistant.services.audience import round_waiting
from assistant.services.common import (
    MAX_NAMES,
    Context,
    channel_by_id,
    markdown_text,
    mentions_capped,
    post_to,
    round_id_text,
    time_left,
    visible_round,
    zone_or_default,
)

MAX_QUESTIONS = 20
# Who sees the counts and respondents of a round (the chair reads, the secretariat runs it).
READERS = (Role.SECRETARIAT, Role.CHAIR)
# Entries of a status breakdown (by group, country, organisation) shown before "Others".
MAX_BREAKDOWN = 10


def dst_lines(when: ReadWhen) -> list[Message]:
    return [msg("note-dst-overlap", when=When(when.at, when.zone))] if when.dst_note else []


def questions_of(ctx: Context, round_: Round) -> list[Question]:
    return sorted(ctx.uow.questions.find(round_id=round_.id), key=lambda q: q.position)


def new_round(ctx: Context, cmd: c.NewRound) -> list[Outgoing]:
    closes = ctx.future_when(cmd.closes, zone_or_default(cmd.zone, ctx.actor.tz))
    # A zone written in the deadline itself ("18:00 AoE") becomes the round's reference zone.
    zone = closes.zone
    opens_at = ctx.now
    notes = dst_lines(closes)
    if cmd.opens:
        opens = ctx.read_when(cmd.opens, zone, MissingTime.START_OF_DAY)
        opens_at = max(opens.at, ctx.now)
        notes += dst_lines(opens)
    if opens_at >= closes.at:
        raise UserError("error-opens-after-closes")
    round_ = ctx.uow.rounds.add(
        Round(
            title=cmd.title,
            opens_at=opens_at,
            closes_at=closes.at,
            zone=zone,
            members_only=cmd.members_only,
            created_by=ctx.actor.id or 0,
            created_at=ctx.now,
        )
    )
    rid = round_id_text(round_)
    return [
        ctx.reply(
            msg("round-created", id=rid, title=UserText(round_.title)),
            msg("round-opens", when=When(round_.opens_at, zone)),
            msg("round-closes", when=When(round_.closes_at, zone)),
            *notes,
            msg("round-next-steps", question=CommandHint(f'consult question {rid} "…"')),
        )
    ]


def add_question(ctx: Context, cmd: c.AddQuestion) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    if round_.closed_at is not None or round_.closes_at <= ctx.now:
        raise UserError("error-round-closed", id=round_id_text(round_))
    existing = questions_of(ctx, round_)
    if len(existing) >= MAX_QUESTIONS:
        raise UserError("error-too-many-questions", max=MAX_QUESTIONS)
    question = ctx.uow.questions.add(
        Question(round_id=round_.id or 0, position=len(existing) + 1, text=cmd.text)
    )
    return [
        ctx.reply(
            msg(
                "question-added",
                round=round_id_text(round_),
                id=f"Q{question.position}",
                text=UserText(question.text),
            )
        )
    ]


def announcement(ctx: Context, round_: Round, questions: list[Question]) -> list[Message]:
    rid = round_id_text(round_)
    lines = [
        msg("round-announcement", id=rid, title=UserText(round_.title)),
        *[msg("question-line", id=f"Q{q.position}", text=UserText(q.text)) for q in questions],
        msg(
            "round-deadline",
            when=When(round_.closes_at, round_.zone),
            left=time_left(ctx.now, round_.closes_at),
        ),
        msg(
            "round-how-to-respond",
            respond=CommandHint(f"consult respond {rid}"),
            answer=CommandHint(f'consult answer {rid} Q1 "…"'),
        ),
    ]
    if round_.members_only:
        lines.insert(1, msg("round-members-only"))
    return lines


def respond_button(round_: Round) -> Button:
    return Button("round:respond", msg("button-respond"), round_id_text(round_))


def announce_posts(ctx: Context, round_: Round, channel_ids: list[str]) -> list[Post]:
    lines = announcement(ctx, round_, questions_of(ctx, round_))
    return [
        post_to(channel_by_id(ctx, channel_id), *lines, buttons=(respond_button(round_),))
        for channel_id in channel_ids
    ]


def announce_round(ctx: Context, cmd: c.AnnounceRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    if round_.closed_at is not None or round_.closes_at <= ctx.now:
        raise UserError("error-round-closed", id=rid)
    if not questions_of(ctx, round_):
        raise UserError("error-round-no-questions", id=rid)
    channel_ids = list(dict.fromkeys(cmd.channels or (ctx.channel.channel_id,)))
    for channel_id in channel_ids:
        channel = channel_by_id(ctx, channel_id)
        if round_.members_only and not channel.members_only:
            raise UserError("error-members-only-channel", channel=channel_id)
    round_.announce_channels = ",".join(dict.fromkeys(round_.channels + channel_ids))
    channels_text = ", ".join(channel_ids)
    if round_.opens_at > ctx.now:
        ctx.uow.rounds.save(round_)
        return [
            ctx.reply(
                msg(
                    "round-announce-scheduled",
                    id=rid,
                    channels=channels_text,
                    when=When(round_.opens_at, round_.zone),
                )
            )
        ]
    round_.announced_at = round_.announced_at or ctx.now
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        *announce_posts(ctx, round_, channel_ids),
        ctx.reply(msg("round-announced", id=rid, channels=channels_text)),
    ]


def list_rounds(ctx: Context, cmd: c.ListRounds) -> list[Outgoing]:
    rounds = [
        r
        for r in ctx.uow.rounds.find()
        if (r.is_open(ctx.now) or r.is_upcoming(ctx.now))
        and (ctx.actor.is_member or not r.members_only)
    ]
    if not rounds:
        return [ctx.reply(msg("rounds-none"))]
    lines = [msg("rounds-header", count=len(rounds))]
    for r in sorted(rounds, key=lambda r: r.closes_at):
        if r.is_upcoming(ctx.now):
            lines.append(
                msg(
                    "rounds-line-upcoming",
                    id=round_id_text(r),
                    title=UserText(r.title),
                    opens=When(r.opens_at),
                )
            )
        else:
            lines.append(
                msg(
                    "rounds-line-open",
                    id=round_id_text(r),
                    title=UserText(r.title),
                    closes=When(r.closes_at),
                    left=time_left(ctx.now, r.closes_at),
                )
            )
    return [ctx.reply(*lines)]


def _require_open(ctx: Context, round_: Round) -> None:
    rid = round_id_text(round_)
    if round_.is_upcoming(ctx.now):
        raise UserError("error-round-not-open", id=rid, when=When(round_.opens_at))
    if not round_.is_open(ctx.now):
        deadline = round_.closed_at or round_.closes_at
        raise UserError("error-round-late", id=rid, when=When(min(deadline, round_.closes_at)))


def _my_answers(ctx: Context, round_: Round) -> dict[int, Answer]:
    """The actor's latest answer to each question of the round, by question id."""
    latest: dict[int, Answer] = {}
    for answer in ctx.uow.answers.find(round_id=round_.id, person_id=ctx.actor.id):
        if answer.question_id not in latest or answer.version > latest[answer.question_id].version:
            latest[answer.question_id] = answer
    return latest


def _ask(ctx: Context, round_: Round, question: Question, total: int) -> Message:
    previous = _my_answers(ctx, round_).get(question.id or 0)
    return msg(
        "respond-ask",
        round=round_id_text(round_),
        id=f"Q{question.position}",
        total=total,
        text=UserText(question.text),
        previous=UserText(previous.text) if previous else "",
        has_previous="yes" if previous else "no",
    )


def respond(ctx: Context, cmd: c.RespondToRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    _require_open(ctx, round_)
    questions = questions_of(ctx, round_)
    if not questions:
        raise UserError("error-round-no-questions", id=round_id_text(round_))
    ctx.actor.dialogue_round_id = round_.id
    ctx.actor.dialogue_position = 1
    ctx.uow.people.save(ctx.actor)
    # The answers are typed one message at a time: that conversation belongs in a direct chat.
    return [
        ctx.reply(
            msg("respond-start", id=round_id_text(round_), title=UserText(round_.title)),
            _ask(ctx, round_, questions[0], len(questions)),
            audience=Audience.DIRECT,
        )
    ]


def respond_form(ctx: Context, round_id: int) -> Form:
    """The round's questions as one form, pre-filled with the person's latest answers."""
    round_ = visible_round(ctx, round_id)
    _require_open(ctx, round_)
    questions = questions_of(ctx, round_)
    if not questions:
        raise UserError("error-round-no-questions", id=round_id_text(round_))
    latest = _my_answers(ctx, round_)
    rid = round_id_text(round_)
    return Form(
        title=msg("form-title", id=rid),
        lines=(
            msg("round-announcement", id=rid, title=UserText(round_.title)),
            msg("round-closes", when=When(round_.closes_at, round_.zone)),
        ),
        fields=tuple(
            FormField(
                key=f"Q{q.position}",
                label=UserText(q.text),
                initial=previous.text if (previous := latest.get(q.id or 0)) else "",
            )
            for q in questions
        ),
        submit=msg("form-submit"),
        value=rid,
        locale=ctx.actor.language,
        tz=ctx.actor.tz,
    )


def _store_answer(ctx: Context, round_: Round, question: Question, text: str) -> Answer:
    limits.check_length(text, limits.ANSWER)  # the guided dialogue and the form come here too
    if not c.has_visible_text(text):
        raise UserError("error-missing-text")
    versions = ctx.uow.answers.find(
        round_id=round_.id, question_id=question.id, person_id=ctx.actor.id
    )
    if versions and versions[-1].text == text:
        return versions[-1]  # the same answer again (a re-sent form) is not a new version
    return ctx.uow.answers.add(
        Answer(
            round_id=round_.id or 0,
            question_id=question.id or 0,
            person_id=ctx.actor.id or 0,
            text=text,
            version=len(versions) + 1,
            submitted_at=ctx.now,
        )
    )


def _receipt(round_: Round, question: Question, answer: Answer) -> Message:
    return msg(
        "answer-received",
        round=round_id_text(round_),
        id=f"Q{question.position}",
        version=answer.version,
        when=When(round_.closes_at, round_.zone),
    )


def _answer_all(ctx: Context, round_id: int, answers: tuple[tuple[int, str], ...]) -> list[Message]:
    """Store the actor's answers to questions of an open round (by position), then re-plan
    their reminders once. Returns one receipt per answer; a refusal raises `UserError`, and the
    command's transaction then keeps none of the answers."""
    round_ = visible_round(ctx, round_id)
    _require_open(ctx, round_)
    questions = {q.position: q for q in questions_of(ctx, round_)}
    receipts = []
    for position, text in answers:
        question = questions.get(position)
        if question is None:
            raise UserError(
                "error-unknown-question", round=round_id_text(round_), id=f"Q{position}"
            )
        receipts.append(_receipt(round_, question, _store_answer(ctx, round_, question, text)))
    reminders.replan_round(ctx, round_, [ctx.actor.id or 0])
    return receipts


def answer(ctx: Context, cmd: c.AnswerQuestion) -> list[Outgoing]:
    return [ctx.reply(*_answer_all(ctx, cmd.round_id, ((cmd.question, cmd.text),)))]


def answer_form(ctx: Context, cmd: c.AnswerQuestions) -> list[Outgoing]:
    """A form's answers in one transaction: a refusal of one stores none of them. The receipt
    goes to the person's direct chat (a form is sent from no channel)."""
    receipts = _answer_all(ctx, cmd.round_id, cmd.answers)
    return [ctx.reply(*receipts, audience=Audience.DIRECT)]


def continue_dialogue(ctx: Context, text: str) -> list[Outgoing]:
    """A plain message from someone in a guided response: the answer to the current question.

    A single "-" keeps the previous answer and moves on.
    """
    round_ = ctx.uow.rounds.get(ctx.actor.dialogue_round_id or 0)
    position = ctx.actor.dialogue_position or 1
    ctx.actor.dialogue_round_id = None
    ctx.actor.dialogue_position = None
    ctx.uow.people.save(ctx.actor)
    if round_ is None:
        return []
    try:
        _require_open(ctx, round_)
    except UserError as closed:
        # The dialogue ends here; say why instead of rolling back into it again.
        return [ctx.reply(closed.message, audience=Audience.DIRECT)]
    questions = questions_of(ctx, round_)
    current = [q for q in questions if q.position == position]
    if not current:
        return []
    lines: list[Message] = []
    if text.strip() != "-":
        lines.append(_receipt(round_, current[0], _store_answer(ctx, round_, current[0], text)))
        reminders.replan_round(ctx, round_, [ctx.actor.id or 0])
    following = [q for q in questions if q.position > position]
    if following:
        ctx.actor.dialogue_round_id = round_.id
        ctx.actor.dialogue_position = following[0].position
        ctx.uow.people.save(ctx.actor)
        lines.append(_ask(ctx, round_, following[0], len(questions)))
    else:
        lines.append(msg("respond-done", id=round_id_text(round_)))
    return [ctx.reply(*lines, audience=Audience.DIRECT)]


def _counts(label: str, counts: Mapping[str, int]) -> list[Message]:
    """A breakdown, largest first; past MAX_BREAKDOWN entries the rest is one line (a working
    group can have hundreds of organisations; the export's summary lists them all)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [msg(label)]
    for key, count in ranked[:MAX_BREAKDOWN]:
        lines.append(
            msg(
                "status-count-line",
                name=UserText(key) if key else msg("unknown-value"),
                count=count,
            )
        )
    rest = ranked[MAX_BREAKDOWN:]
    if rest:
        lines.append(msg("status-count-more", count=len(rest), respondents=sum(n for _, n in rest)))
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
        mine = _my_answers(ctx, round_)
        lines.append(msg("status-yours", answered=len(mine), total=len(questions)))
        return [ctx.reply(*lines)]
    # Counted in the database: a large round holds tens of thousands of answers.
    answers, round_id = ctx.uow.answers, round_.id or 0
    per_question = answers.question_counts(round_id)
    by = answers.respondents_by(round_id)
    respondents = sum(by["stakeholder_group"].values())  # each respondent once per field
    lines.append(msg("status-inputs", count=sum(per_question.values()), respondents=respondents))
    for q in questions:
        count = per_question.get(q.id or 0, 0)
        lines.append(msg("status-per-question", id=f"Q{q.position}", count=count))
    lines += _counts("status-by-group", by["stakeholder_group"])
    lines += _counts("status-by-country", by["country"])
    lines += _counts("status-by-organisation", by["organisation"])
    first = answers.respondents(round_id, MAX_NAMES)
    if first:
        lines.append(msg("status-respondents", names=mentions_capped(first, respondents)))
    waiting, waiting_count = round_waiting(ctx.uow, round_, MAX_NAMES)
    names = mentions_capped(waiting, waiting_count)
    lines.append(msg("status-waiting", count=waiting_count, names=names))
    return [ctx.reply(*lines)]


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
    count = sum(ctx.uow.answers.question_counts(round_.id or 0).values())
    language = ctx.actor.language
    translator = ctx.translator

    # Read while the file is saved or uploaded, from one snapshot of its own; the count above
    # is this transaction's, so an input arriving in between may make the file one longer.
    def pieces(uow: UnitOfWork) -> Iterator[str]:
        questions = sorted(uow.questions.find(round_id=round_.id), key=lambda q: q.position)
        rows = uow.answers.latest(round_.id or 0)
        if cmd.format == "csv":
            return _csv_export(translator, language, questions, rows)
        lines = _markdown_lines(translator, language, uow, round_, questions, rows)
        return _one_newline_at_end(lines)

    filename = f"{rid}-inputs.{cmd.format}"
    line = msg("export-ready", id=rid, count=count, format=cmd.format, path=cmd.path or filename)
    file = FileOut(filename=filename, content=ctx.file_text(pieces), path=cmd.path)
    return [ctx.file_reply(line, file)]


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
    out.append(
        translator.translate(
            language,
            "export-md-period",
            opens=round_.opens_at.strftime("%Y-%m-%d %H:%M UTC"),
            closes=round_.closes_at.strftime("%Y-%m-%d %H:%M UTC"),
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
        for name, count in by[_BY[label]].items():
            counter[name or "—"] += count
        out += ["", f"### {translator.translate(language, f'export-md-by-{label}')}", ""]
        out += [
            f"- {markdown_text(name)}: {count}"
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


def closing_posts(ctx: Context, round_: Round, channel_ids: list[str]) -> list[Post]:
    count = ctx.uow.answers.respondent_counts([round_.id or 0]).get(round_.id or 0, 0)
    line = msg(
        "round-closed-announcement",
        id=round_id_text(round_),
        title=UserText(round_.title),
        respondents=count,
    )
    return [post_to(channel_by_id(ctx, ch), line) for ch in channel_ids]


def close(ctx: Context, cmd: c.CloseRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    if round_.closed_at is not None:
        raise UserError("error-round-closed", id=round_id_text(round_))
    round_.closed_at = min(ctx.now, round_.closes_at)
    round_.closing_announced_at = ctx.now
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        *closing_posts(ctx, round_, round_.channels),
        ctx.reply(msg("round-closed", id=round_id_text(round_))),
    ]


def extend(ctx: Context, cmd: c.ExtendRound) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.round_id)
    rid = round_id_text(round_)
    closes = ctx.future_when(cmd.closes, round_.zone)
    # A round closed early ended then; an extension only ever moves the end later, so that
    # the audience is never told "extended" about a deadline that came closer.
    current = min(round_.closed_at or round_.closes_at, round_.closes_at)
    if closes.at <= current:
        raise UserError(
            "error-extend-earlier",
            id=rid,
            current=When(current, round_.zone),
            when=When(closes.at, round_.zone),
            close=CommandHint(f"consult close {rid}"),
        )
    if closes.at <= round_.opens_at:
        raise UserError("error-opens-after-closes")
    round_.closes_at = closes.at
    round_.closed_at = None
    round_.closing_announced_at = None
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    posts: list[Outgoing] = []
    if round_.announced_at is not None:
        line = msg(
            "round-extended-announcement",
            id=rid,
            title=UserText(round_.title),
            when=When(round_.closes_at, round_.zone),
            respond=CommandHint(f"consult respond {rid}"),
        )
        posts = [post_to(channel_by_id(ctx, ch), line) for ch in round_.channels]
    return [
        *posts,
        ctx.reply(
            msg("round-extended", id=rid, when=When(round_.closes_at, round_.zone)),
            *dst_lines(closes),
        ),
    ]


def show_plan(ctx: Context, cmd: c.PreviewReminders) -> list[Outgoing]:
    return _preview(ctx, cmd.item_id)


def change_plan(ctx: Context, cmd: c.SetReminders) -> list[Outgoing]:
    round_ = visible_round(ctx, cmd.item_id)
    round_.reminder_offsets = ",".join(format_offset(o) for o in parse_offsets(cmd.offsets))
    ctx.uow.rounds.save(round_)
    reminders.replan_round(ctx, round_)
    return [
        ctx.reply(msg("reminders-set", id=round_id_text(round_), offsets=round_.reminder_offsets)),
        *_preview(ctx, cmd.item_id),
    ]


def _preview(ctx: Context, round_id: int) -> list[Outgoing]:
    round_ = visible_round(ctx, round_id)
    rows = reminders.pending_rows(ctx, reminders.ROUND, round_.id or 0)
    offsets = round_.reminder_offsets or DEFAULT_ROUND_OFFSETS
    return [ctx.reply(*reminders.preview_lines(ctx, round_id_text(round_), rows, offsets))]


def due_round_work(ctx: Context) -> None:
    """Announce rounds that have opened and close those past their deadline.

    The posts this calls for are not returned but recorded as outbox rows in the same
    transaction, so they go out at least once even if sending fails or the process dies.
    """
    # Rounds whose closing was announced are done; the index keeps this cheap as they pile up.
    for round_ in ctx.uow.rounds.find(closing_announced_at=None):
        if (
            round_.announced_at is None
            and round_.channels
            and round_.opens_at <= ctx.now < round_.closes_at
        ):
            round_.announced_at = ctx.now
            ctx.uow.rounds.save(round_)
            # Added before the reminders it leads: due with them, it is claimed first.
            ctx.uow.reminders.add_many(announcement_rows(round_))
            reminders.replan_round(ctx, round_)
        if round_.closes_at <= ctx.now or round_.closed_at is not None:
            round_.closed_at = round_.closed_at or round_.closes_at
            round_.closing_announced_at = ctx.now
            ctx.uow.rounds.save(round_)
            ctx.uow.reminders.add_many(closing_rows(round_, ctx.now))
            reminders.replan_round(ctx, round_)
