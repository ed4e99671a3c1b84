"""Inputs to a round: one answer at a time, the guided response (a form or a dialogue), with
a receipt and every version kept; in a per-organisation round, one input per organisation that
any of its delegates gives or edits."""

from __future__ import annotations

from assistant import commands as c
from assistant.domain import limits
from assistant.domain.model import Answer, Question, Round
from assistant.messages import (
    Audience,
    CommandHint,
    Form,
    FormField,
    Message,
    Outgoing,
    UserError,
    UserText,
    When,
    msg,
)
from assistant.services import reminders
from assistant.services.audience import delegation_ids
from assistant.services.common import (
    Context,
    questions_of,
    round_id_text,
    visible_round,
)


def _require_open(ctx: Context, round_: Round) -> None:
    rid = round_id_text(round_)
    if round_.is_upcoming(ctx.now):
        raise UserError("error-round-not-open", id=rid, when=When(round_.opens_at))
    if not round_.is_open(ctx.now):
        deadline = round_.closed_at or round_.closes_at
        raise UserError("error-round-late", id=rid, when=When(min(deadline, round_.closes_at)))


def _answerers(ctx: Context, round_: Round) -> list[int]:
    """Whose answers are the actor's own in this round: theirs, or in a per-organisation
    round those of every delegate of their organisation (none without one)."""
    if not round_.per_organisation:
        return [ctx.actor.id or 0]
    if ctx.actor.organisation_id is None:
        return []
    return delegation_ids(ctx.uow, ctx.actor)


def _require_delegate(ctx: Context, round_: Round) -> None:
    """A per-organisation round takes inputs only from someone who speaks for one."""
    if round_.per_organisation and ctx.actor.organisation_id is None:
        raise UserError(
            "error-round-no-organisation",
            id=round_id_text(round_),
            setting=CommandHint('assistant settings organisation "…"'),
        )


def _versions(ctx: Context, round_: Round, question_id: int | None = None) -> list[Answer]:
    """Every version of the actor's (or their organisation's) answers, oldest first."""
    found: list[Answer] = []
    for person_id in _answerers(ctx, round_):
        if question_id is None:
            found += ctx.uow.answers.find(round_id=round_.id, person_id=person_id)
        else:
            found += ctx.uow.answers.find(
                round_id=round_.id, question_id=question_id, person_id=person_id
            )
    return sorted(found, key=lambda a: (a.version, a.id or 0))


def my_answers(ctx: Context, round_: Round) -> dict[int, Answer]:
    """The actor's latest answer to each question of the round, by question id: in a
    per-organisation round, their organisation's (the latest version by any delegate)."""
    latest: dict[int, Answer] = {}
    for answer in _versions(ctx, round_):
        if answer.question_id not in latest or answer.version > latest[answer.question_id].version:
            latest[answer.question_id] = answer
    return latest


def _ask(ctx: Context, round_: Round, question: Question, total: int) -> Message:
    previous = my_answers(ctx, round_).get(question.id or 0)
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
    _require_delegate(ctx, round_)
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
    _require_delegate(ctx, round_)
    questions = questions_of(ctx, round_)
    if not questions:
        raise UserError("error-round-no-questions", id=round_id_text(round_))
    latest = my_answers(ctx, round_)
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
    _require_delegate(ctx, round_)
    # In a per-organisation round the versions are the organisation's, whoever gave each:
    # each row keeps its delegate's person_id, and the next version follows the latest one.
    versions = _versions(ctx, round_, question.id)
    if versions and versions[-1].text == text:
        return versions[-1]  # the same answer again (a re-sent form) is not a new version
    return ctx.uow.answers.add(
        Answer(
            round_id=round_.id or 0,
            question_id=question.id or 0,
            person_id=ctx.actor.id or 0,
            text=text,
            version=versions[-1].version + 1 if versions else 1,
            submitted_at=ctx.now,
        )
    )


def _receipt(ctx: Context, round_: Round, question: Question, answer: Answer) -> Message:
    if round_.per_organisation:
        return msg(
            "answer-received-organisation",
            round=round_id_text(round_),
            id=f"Q{question.position}",
            version=answer.version,
            organisation=UserText(ctx.actor.organisation),
            when=When(round_.closes_at, round_.zone),
        )
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
        receipts.append(_receipt(ctx, round_, question, _store_answer(ctx, round_, question, text)))
    _replan_after_answer(ctx, round_)
    return receipts


def _replan_after_answer(ctx: Context, round_: Round) -> None:
    """An answer stops the actor's reminders; in a per-organisation round, those of their
    whole delegation, which it answers for."""
    only = delegation_ids(ctx.uow, ctx.actor) if round_.per_organisation else [ctx.actor.id or 0]
    reminders.replan_round(ctx, round_, only)


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
        _require_delegate(ctx, round_)  # their organisation may have been cleared since
    except UserError as closed:
        # The dialogue ends here; say why instead of rolling back into it again.
        return [ctx.reply(closed.message, audience=Audience.DIRECT)]
    questions = questions_of(ctx, round_)
    current = [q for q in questions if q.position == position]
    if not current:
        return []
    lines: list[Message] = []
    if text.strip() != "-":
        stored = _store_answer(ctx, round_, current[0], text)
        lines.append(_receipt(ctx, round_, current[0], stored))
        _replan_after_answer(ctx, round_)
    following = [q for q in questions if q.position > position]
    if following:
        ctx.actor.dialogue_round_id = round_.id
        ctx.actor.dialogue_position = following[0].position
        ctx.uow.people.save(ctx.actor)
        lines.append(_ask(ctx, round_, following[0], len(questions)))
    else:
        lines.append(msg("respond-done", id=round_id_text(round_)))
    return [ctx.reply(*lines, audience=Audience.DIRECT)]
