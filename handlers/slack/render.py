"""Block Kit from the assistant's messages: pure functions, so tests can compare them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from assistant.messages import Button, Form, Home, Message, When
from assistant.runtime.i18n import FluentTranslator, Renderer

# Slack's limits (see PLATFORM-NOTES): stay a little inside them.
MAX_SECTION_TEXT = 3000
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_BLOCKS_JSON = 12_000
MAX_BUTTON_TEXT = 75
MAX_MODAL_TITLE = 24
MAX_FALLBACK_TEXT = 3000

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


def _chunks(text: str, size: int) -> list[str]:
    """Split a long text at line ends (or, for one huge line, anywhere) into pieces <= size."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > size:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:size])
            line = line[size:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > size:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


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

    Each line is a paragraph; long content is split across messages, never cut. Buttons go
    on the last message.
    """
    paragraphs = [renderer.render_message(line, locale, tz) for line in lines]
    sections: list[Block] = []
    current = ""
    for paragraph in paragraphs:
        for piece in _chunks(paragraph, MAX_SECTION_TEXT):
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) > MAX_SECTION_TEXT // 2:
                if current:
                    sections.append(_section(current))
                current = piece
            else:
                current = candidate
    if current:
        sections.append(_section(current))
    payloads: list[dict[str, Any]] = []
    batch: list[Block] = []
    size = 0
    for block in sections:
        block_size = len(json.dumps(block, ensure_ascii=False))
        if batch and (len(batch) >= MAX_BLOCKS - 1 or size + block_size > MAX_BLOCKS_JSON):
            payloads.append(_payload(batch))
            batch, size = [], 0
        batch.append(block)
        size += block_size
    if buttons:
        batch.append(
            {"type": "actions", "elements": button_elements(buttons, renderer, locale, tz)}
        )
    if batch:
        payloads.append(_payload(batch))
    return payloads


def _payload(blocks: list[Block]) -> dict[str, Any]:
    text = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")[
        :MAX_FALLBACK_TEXT
    ]
    return {"text": text or " ", "blocks": blocks}


def modal(form: Form, renderer: SlackRenderer, private_metadata: str) -> dict[str, Any]:
    """The respond form as a modal: one multi-line input per question, pre-filled."""
    title = renderer.render_message(form.title, form.locale, form.tz)[:MAX_MODAL_TITLE]
    submit = renderer.render_message(form.submit, form.locale, form.tz)[:MAX_MODAL_TITLE]
    blocks: list[Block] = [
        _section(renderer.render(form.lines, form.locale, form.tz)[:MAX_SECTION_TEXT])
    ]
    for field in form.fields:
        label = f"{field.key}. {field.label.text}"
        element: Block = {
            "type": "plain_text_input",
            "action_id": "answer",
            "multiline": True,
            "max_length": 3000,
        }
        if field.initial:
            element["initial_value"] = field.initial[:3000]
        blocks.append(
            {
                "type": "input",
                "block_id": field.key,
                "optional": True,
                # Slack caps input labels at 2,000 characters; the full question is above.
                "label": {"type": "plain_text", "text": label[:2000]},
                "element": element,
            }
        )
    return {
        "type": "modal",
        "callback_id": "round:answers",
        "private_metadata": private_metadata,
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": submit},
        "blocks": blocks[:MAX_VIEW_BLOCKS],
    }


def home_view(home: Home, renderer: SlackRenderer) -> dict[str, Any]:
    blocks: list[Block] = []
    for section in home.sections:
        text = renderer.render(section.lines, home.locale, home.tz)
        blocks.append(_section(text[:MAX_SECTION_TEXT]))
        if section.buttons:
            elements = button_elements(section.buttons, renderer, home.locale, home.tz)
            blocks.append({"type": "actions", "elements": elements})
    if len(blocks) > MAX_VIEW_BLOCKS:
        blocks = [*blocks[: MAX_VIEW_BLOCKS - 1], _section("…")]
    return {"type": "home", "blocks": blocks}
