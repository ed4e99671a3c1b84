"""Block Kit from the assistant's messages: pure functions, so tests can compare them."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from assistant.messages import Button, CommandHint, Form, Home, Message, UserText, When, msg
from assistant.runtime.i18n import FluentTranslator, Renderer
from handlers.split import split_text

# Slack's limits (see PLATFORM-NOTES): stay a little inside them.
MAX_SECTION_TEXT = 3000
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BLOCKS_JSON = 12_000
MAX_BUTTON_TEXT = 75
MAX_MODAL_TITLE = 24
MAX_INPUT_TEXT = 3000  # a plain_text_input holds this much, initial_value included
# Sections of a form are filled to at least 90 % before a line end or a space is preferred,
# so that a question at its limit takes at most three (see assistant/domain/limits.py).
FORM_LOOKBACK = 0.1
EXCERPT = 200  # characters of an answer too long to pre-fill, shown in the form's note
# In Slack's text an escape (`&amp;`) or a token in angle brackets (`<@U123>`,
# `<!date^…|…>`) is one unit: a cut inside it would show garbage or break the mention.
_ATOMS = re.compile(r"<[^<>\n]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")

Block = dict[str, Any]


def escape(text: str) -> str:
    """Text typed by people: `<!channel>`, `<@U…>` and links become inert characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SlackRenderer(Renderer):
    """Renders for Slack readers: real mentions, escaped text, reader-local dates."""

    def __init__(self, translator: FluentTranslator) -> None:
        super().__init__(
            translator,
            mention=lambda m: f"<@{m.user_id}>",
            escape=escape,
            command=lambda text: f"`/{text}`",
        )

    def format_when(self, when: When, locale: str, reader_tz: str) -> str:
        """Slack's date token shows each reader their own local time; the fallback text and
        the reference zone are spelled out for clients that cannot."""
        spelled = super().format_when(when, locale, reader_tz)
        stamp = int(when.at.timestamp())
        token = f"<!date^{stamp}^{{date_short_pretty}} {{time}}|{escape(spelled)}>"
        if when.zone is None:
            return token
        reference = super().format_when(When(when.at, when.zone), locale, when.zone)
        return f"{token} · {reference}"


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def slack_length(text: str) -> int:
    """Length as counted against Slack's limits, taken in UTF-16 code units (an emoji counts
    two), which is never less than Python's count of characters."""
    return len(text.encode("utf-16-le")) // 2


def section_texts(text: str, lookback: float = 0.5) -> list[str]:
    """The text of sections holding all of `text`, each within Slack's 3,000 characters,
    split at line ends or spaces where possible and never inside an escape or a token."""
    pieces = split_text(
        text,
        lambda piece: slack_length(piece) <= MAX_SECTION_TEXT,
        MAX_SECTION_TEXT,
        _ATOMS,
        lookback,
    )
    return [piece for piece in pieces if piece.strip()]  # spaces alone show nothing


def _sections(text: str, lookback: float = 0.5) -> list[Block]:
    return [_section(piece) for piece in section_texts(text, lookback)]


def button_elements(
    buttons: Sequence[Button], renderer: SlackRenderer, locale: str, tz: str
) -> list[Block]:
    elements = []
    for button in buttons:
        label = renderer.render_message(button.label, locale, tz)[:MAX_BUTTON_TEXT]
        elements.append(
            {
                "type": "button",
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "action_id": button.action,
                "value": button.value,
            }
        )
    return elements


def messages(
    lines: Sequence[Message],
    buttons: Sequence[Button],
    renderer: SlackRenderer,
    locale: str,
    tz: str,
) -> list[dict[str, Any]]:
    """One or more chat.postMessage payloads (text + blocks) within Slack's limits.

    Each line is a paragraph; long content is split across sections and messages, never cut.
    Buttons go on the last message.
    """
    blocks = _sections(renderer.render(lines, locale, tz))
    if buttons:
        blocks.append(
            {"type": "actions", "elements": button_elements(buttons, renderer, locale, tz)}
        )
    payloads: list[dict[str, Any]] = []
    batch: list[Block] = []
    size = 0
    for block in blocks:
        block_size = len(json.dumps(block, ensure_ascii=False))
        if batch and (len(batch) >= MAX_BLOCKS or size + block_size > MAX_BLOCKS_JSON):
            payloads.append(_payload(batch))
            batch, size = [], 0
        batch.append(block)
        size += block_size
    if batch:
        payloads.append(_payload(batch))
    return payloads


def _payload(blocks: list[Block]) -> dict[str, Any]:
    """The blocks, and their whole text as the notification fallback: the blocks of one
    message hold at most 12,000 characters, well inside the 40,000 Slack takes in `text`."""
    text = "".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    return {"text": text or " ", "blocks": blocks}


def modal(form: Form, renderer: SlackRenderer, private_metadata: str) -> dict[str, Any] | None:
    """The respond form as a modal: each question whole, then a field for its answer.

    An answer that fits the field (3,000 characters) is pre-filled. A longer one cannot be and
    is never cut: a note above the empty field gives its length and its beginning, and the
    answer is kept unless something is written there (empty fields are not submitted).
    None when the form does not fit in one modal, which only questions stored before the
    current limits can cause (see assistant/domain/limits.py, QUESTION).
    """
    locale, tz = form.locale, form.tz
    title = renderer.render_message(form.title, locale, tz)[:MAX_MODAL_TITLE]
    submit = renderer.render_message(form.submit, locale, tz)[:MAX_MODAL_TITLE]
    blocks = _sections(renderer.render(form.lines, locale, tz), FORM_LOOKBACK)
    for field in form.fields:
        paragraphs = [msg("question-line", id=field.key, text=field.label)]
        element: Block = {
            "type": "plain_text_input",
            "action_id": "answer",
            "multiline": True,
            "max_length": MAX_INPUT_TEXT,
        }
        if slack_length(field.initial) <= MAX_INPUT_TEXT:
            if field.initial:
                element["initial_value"] = field.initial
        else:
            command = CommandHint(f'consult answer {form.value} {field.key} "…"')
            paragraphs.append(
                msg(
                    "form-answer-kept",
                    id=field.key,
                    length=len(field.initial),
                    command=command,
                    excerpt=UserText(_excerpt(field.initial)),
                )
            )
        blocks += _sections(renderer.render(paragraphs, locale, tz), FORM_LOOKBACK)
        label = renderer.render_message(msg("form-answer-label", id=field.key), locale, tz)
        blocks.append(
            {
                "type": "input",
                "block_id": field.key,
                "optional": True,
                "label": {"type": "plain_text", "text": label},
                "element": element,
            }
        )
    if len(blocks) > MAX_VIEW_BLOCKS:
        return None
    return {
        "type": "modal",
        "callback_id": "round:answers",
        "private_metadata": private_metadata,
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": submit},
        "blocks": blocks,
    }


def form_too_long(form: Form) -> Message:
    """What to say instead of a form that does not fit in a modal: the other ways to answer."""
    return msg(
        "form-too-long",
        respond=CommandHint(f"consult respond {form.value}"),
        answer=CommandHint(f'consult answer {form.value} Q1 "…"'),
    )


def _excerpt(text: str) -> str:
    """The beginning of a text, on one line, ending at a space where there is one."""
    return " ".join(split_text(text, lambda piece: len(piece) <= EXCERPT, EXCERPT)[0].split())


def home_view(home: Home, renderer: SlackRenderer) -> dict[str, Any]:
    """The App Home tab: every section with its buttons; if they need more than a view's
    100 blocks, whole sections up to there and a line saying where to see the rest."""
    groups: list[list[Block]] = []
    for section in home.sections:
        group = _sections(renderer.render(section.lines, home.locale, home.tz))
        if section.buttons:
            elements = button_elements(section.buttons, renderer, home.locale, home.tz)
            group.append({"type": "actions", "elements": elements})
        groups.append(group)
    blocks = [block for group in groups for block in group]
    if len(blocks) > MAX_VIEW_BLOCKS:
        blocks = []
        for group in groups:
            if len(blocks) + len(group) >= MAX_VIEW_BLOCKS:
                break
            blocks += group
        more = msg(
            "home-more",
            rounds=CommandHint("consult list"),
            meetings=CommandHint("meeting list"),
            actions=CommandHint("action list mine"),
        )
        blocks.append(_section(renderer.render_message(more, home.locale, home.tz)))
    return {"type": "home", "blocks": blocks}
