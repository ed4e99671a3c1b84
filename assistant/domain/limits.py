"""How many characters each typed field accepts, and why (README, "Limits")."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.messages import UserError


@dataclass(frozen=True)
class Limit:
    """The most characters a typed field accepts.

    A long-form field (a text that could be a document) is refused with a message that says
    how to give a longer contribution: as a link to a shared document, with a summary.
    """

    max: int
    long_form: bool = False


# Names: one line each, shown inside other lines (lists, digests, headers); the database
# columns of titles, places, owner bodies, organisations and countries hold 200 characters.
TITLE = Limit(200)  # round and meeting titles
PLACE = Limit(200)
OWNER_BODY = Limit(200)  # an owner that is a body, not a person: "ITU Secretariat"
ORGANISATION = Limit(200)
IDENTIFIER = Limit(255)  # a chat user id or display name, as a roster file gives them
COUNTRY = Limit(200)
# Zones, languages, quiet hours and groups are checked against what exists; the cap keeps
# the refusal that repeats them short.
SETTING = Limit(200)
REF = Limit(32)  # an action's own reference, e.g. 7.3.1
# Longer addresses break in browsers and chat clients; Slack caps a button's URL at 3,000.
LINK = Limit(2_000)

# A question must fit Slack's respond form with its answer field: 20 questions
# (services/rounds.py MAX_QUESTIONS) of 3 sections of 3,000 characters and one input each,
# plus a heading, stay within a modal's 100 blocks even when every character is an `&`
# (escaped as `&amp;`, five characters) and the current answer is too long to pre-fill
# (a note with an excerpt takes its place). Background material belongs in a linked document.
QUESTION = Limit(1_200, long_form=True)
# An input to a consultation is often a document: about 3,000 words, half of what Slack
# accepts in one message (40,000 characters). Longer ones are shared as a link.
ANSWER = Limit(20_000, long_form=True)
# What was agreed and what became of it: a few paragraphs, repeated in every digest.
ACTION_TEXT = Limit(4_000, long_form=True)
NOTE = Limit(4_000, long_form=True)


def check_length(text: str, limit: Limit) -> str:
    """`text` unchanged if it is within `limit`.

    Raises:
        UserError: when it is longer; nothing typed is ever shortened.
    """
    if len(text) > limit.max:
        raise UserError(
            "error-text-too-long" if limit.long_form else "error-too-long",
            max=limit.max,
            length=len(text),
        )
    return text
