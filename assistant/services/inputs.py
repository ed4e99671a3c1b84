"""Inputs to a round: one answer at a time, the guided response (a form or a dialogue), with
a receipt and every version kept."""

from __future__ import annotations

from assistant import commands as c
from assistant.domain import limits
from assistant.domain.model import Answer, Question, Round
from assistant.messages import (
    Audience,
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


def my_answers(ctx: Context, round_: Round) -> dict[int, Answer]:
    """The actor's latest answer to each question of the round, by question id."""
    latest: dict[int, Answer] = {}
    for answer in ctx.uow.answers.find(round_id=round_.id, person_id=ctx.actor.id):
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
