"""Nothing typed is cut, shortened or lost: every field at its limit, full of what escaping
grows and of right-to-left letters, rendered whole in six languages on every platform, split
within each platform's limits (Slack's checked by slack_sdk's own Block Kit models)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nio import RoomSendResponse
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from assistant.dispatch import Incoming
from assistant.messages import (
    Button,
    Form,
    FormField,
    Home,
    Mention,
    Outgoing,
    Post,
    Reply,
    Section,
    UserText,
    msg,
)
from assistant.runtime.i18n import isolate_bidi
from assistant.services import home
from assistant.services import inputs as round_inputs
from handlers.matrix.app import MatrixAdapter
from handlers.slack.render import SlackRenderer, escape, home_view, messages, modal
from tests.conftest import Chat
from tests.support import TRANSLATOR

LOCALES = ("en", "fr", "es", "ru", "ar", "zh")
WG = "#wg"
# Escaping grows `&` fivefold and `<`, `>` fourfold on Slack; Arabic letters get isolated.
UNIT = "&<>قرار و&تعليق "
MATRIX_EVENT_BYTES = 65_536


def typed(length: int, unit: str = UNIT) -> str:
    """Exactly `length` characters of `unit` over and over, with no space at either end."""
    text = (unit * (length // len(unit) + 1))[:length]
    return text[:-1] + "&" if text.endswith(" ") else text


# Each typed field at its limit (README, "Limits").
TITLE = typed(200)
QUESTION = typed(1_200)
ANSWER = typed(20_000)
PLACE = typed(200)
LINK = "https://example.org/?" + typed(2_000 - 21, unit="&<>قرار")
ACTION = typed(4_000)
OWNER = typed(200)
NOTE = typed(4_000)
REF = "7.3.1/" + "x" * 26
ORGANISATION = typed(200)


# ---------------------------------------------------------------- platform checks


def check_slack_message(payload: dict[str, Any]) -> None:
    """What Slack would refuse in a chat.postMessage payload."""
    blocks = payload["blocks"]
    assert 1 <= len(blocks) <= 50
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
    assert len(json.dumps(blocks, ensure_ascii=False)) <= 13_000  # msg_blocks_too_long
    assert 0 < len(payload["text"]) <= 40_000


def check_slack_view(view: dict[str, Any]) -> None:
    """What Slack would refuse in a modal or Home view."""
    View(**view).validate_json()
    for block in view["blocks"]:
        parsed = Block.parse(block)
        assert parsed is not None
        parsed.validate_json()
        element = block.get("element") or {}
        if "initial_value" in element:
            # slack_sdk does not check this one: an input holds 3,000 characters at most.
            assert len(element["initial_value"]) <= element["max_length"] <= 3000


def slack_text(item: Outgoing) -> str:
    """All the section text Slack receives for an item, checked against Slack's limits."""
    renderer = SlackRenderer(TRANSLATOR)
    payloads = messages(item.lines, item.buttons, renderer, item.locale, item.tz)
    sections = []
    for payload in payloads:
        check_slack_message(payload)
        sections += [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
        # The fallback text is the message's whole text, not a cut.
        assert payload["text"] == "".join(
            b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"
        )
    return "".join(sections)


class MatrixEvents:
    """A Matrix adapter whose homeserver is a list: what it would send, event by event."""

    def __init__(self, chat: Chat) -> None:
        self.adapter = MatrixAdapter(
            chat.assistant, TRANSLATOR, "http://127.0.0.1:9", "@assistant:example.org"
        )
        self.sent: list[dict[str, Any]] = []

        async def room_send(
            room_id: str, kind: str, content: dict[str, Any], tx_id: str | None = None
        ) -> RoomSendResponse:
            self.sent.append(content)
            return RoomSendResponse(f"$event{len(self.sent)}", room_id)

        self.adapter.client.room_send = room_send  # type: ignore[method-assign]

    def text(self, item: Outgoing) -> str:
        """The bodies of the events a post of `item` takes, each checked against the limit."""
        self.sent.clear()
        rendered = self.adapter.renderer.render(item.lines, item.locale, item.tz)
        self.adapter.loop.run_until_complete(self.adapter._send_text("!room", rendered, "k"))
        for content in self.sent:
            # The whole event must stay under 64 KiB; the content leaves room for the envelope.
            assert len(json.dumps(content, ensure_ascii=False).encode()) <= MATRIX_EVENT_BYTES // 2
            # The HTML is the same text, whole.
            shown = re.sub("</?strong>", "", content["formatted_body"]).replace("<br/>", "\n")
            assert html.unescape(shown) == content["body"]
        return "".join(content["body"] for content in self.sent)

    def edit_contents(self, text: str) -> list[dict[str, Any]]:
        self.sent.clear()
        self.adapter.loop.run_until_complete(self.adapter._edit("!room", "$posted", text))
        return list(self.sent)

    def close(self) -> None:
        self.adapter.loop.run_until_complete(self.adapter.client.close())
        self.adapter.loop.close()


@pytest.fixture
def matrix_events(chat: Chat) -> Iterator[MatrixEvents]:
    events = MatrixEvents(chat)
    yield events
    events.close()


# ---------------------------------------------------------------- every field, six languages


def _handle(chat: Chat, user: str, text: str, channel: str = WG) -> list[Outgoing]:
    event = Incoming(platform="console", user_id=user, channel_id=channel, text=text)
    return chat.assistant.handle(event)


def _console(chat: Chat, items: list[Outgoing]) -> str:
    start = chat.out.tell()
    chat.console.show(items)
    chat.out.seek(start)
    printed = chat.out.read()
    chat.out.seek(0, 2)
    return printed


# Commands that store each field at its limit, then the ones that show it, with the fields
# the output must contain whole.
SCENARIO: list[tuple[str, str, tuple[str, ...]]] = [
    ("ana", f'consult new "{TITLE}" closes 2025-01-31T22:59Z', (TITLE,)),
    ("ana", f'consult question R1 "{QUESTION}"', (QUESTION,)),
    ("ana", f"consult announce R1 {WG}", (TITLE, QUESTION)),
    ("lena", f'consult answer R1 Q1 "{ANSWER}"', ()),
    ("lena", "consult respond R1", (TITLE, QUESTION, ANSWER)),
    (
        "ana",
        f'meeting new "{TITLE}" at 2024-12-16T10:00Z place "{PLACE}" link {LINK}',
        (TITLE, PLACE, LINK),
    ),
    ("ana", f"meeting announce M1 {WG}", (TITLE, PLACE, LINK)),
    ("ana", f'action add ref {REF} "{ACTION}" owner "{OWNER}"', (ACTION, OWNER)),
    ("ana", f'action done {REF} "{NOTE}"', ()),
    ("ana", f"action show {REF}", (ACTION, OWNER, NOTE)),
    ("ana", "action list all", (ACTION, OWNER)),
    ("ana", f'assistant settings organisation "{ORGANISATION}"', (ORGANISATION,)),
]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_field_at_its_limit_renders_whole_on_every_platform(
    chat: Chat, matrix_events: MatrixEvents, locale: str
) -> None:
    for user in ("ana", "lena"):
        _handle(chat, user, f"assistant settings language {locale}")
    _handle(chat, "ana", f"assistant channel language {locale}")
    for user, command, shown in SCENARIO:
        items = _handle(chat, user, command)
        assert items, command
        on_console = _console(chat, items)
        on_slack = "".join(slack_text(item) for item in items)
        on_matrix = "".join(matrix_events.text(item) for item in items)
        assert not [line.id for item in items for line in item.lines if "error" in line.id]
        for output in (on_console, on_slack, on_matrix):
            assert "{???}" not in output, command[:40]
        for text in shown:
            whole = isolate_bidi(text)
            assert whole in on_console, (command[:40], text[:20])
            assert escape(whole) in on_slack, (command[:40], text[:20])
            assert whole in on_matrix, (command[:40], text[:20])


@pytest.mark.parametrize("locale", LOCALES)
def test_the_form_shows_each_question_whole_and_never_prefills_a_cut_answer(
    chat: Chat, locale: str
) -> None:
    for user in ("ana", "lena"):
        _handle(chat, user, f"assistant settings language {locale}")
    _handle(chat, "ana", 'consult new "Multilingual Internet" closes 2025-01-31T22:59Z')
    for _ in range(20):  # MAX_QUESTIONS, each at its limit
        _handle(chat, "ana", f'consult question R1 "{QUESTION}"')
    fits = typed(3_000, unit="abc ")
    for number in range(1, 21):
        answer = ANSWER if number % 2 else fits
        _handle(chat, "lena", f'consult answer R1 Q{number} "{answer}"')
    event = Incoming(platform="console", user_id="lena", channel_id=WG, text="respond")
    form = chat.assistant.ask(event, lambda ctx: round_inputs.respond_form(ctx, 1))
    assert isinstance(form, Form)

    view = modal(form, SlackRenderer(TRANSLATOR), private_metadata=form.value)
    assert view is not None
    check_slack_view(view)
    assert len(view["blocks"]) <= 100
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert [b["block_id"] for b in inputs] == [f"Q{n}" for n in range(1, 21)]
    for number, block in enumerate(inputs, start=1):
        if number % 2:
            # Too long to pre-fill: an empty field, never a cut answer.
            assert "initial_value" not in block["element"]
        else:
            assert block["element"]["initial_value"] == fits
        assert len(block["label"]["text"]) < 100  # the question itself is above, whole
    sections = "".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section")
    assert sections.count(escape(isolate_bidi(QUESTION))) == 20
    # Each answer too long to pre-fill has its note, pointing to the command that changes it.
    noted = [n for n in range(1, 21) if f'`/consult answer R1 Q{n} "…"`' in sections]
    assert noted == list(range(1, 21, 2))


def test_the_form_note_in_english_in_full(chat: Chat) -> None:
    form = Form(
        title=msg("form-title", id="R1"),
        lines=(msg("round-closes", when=UserText("tomorrow")),),
        fields=(FormField("Q1", UserText("What could ITU do?"), initial="word " * 1000),),
        submit=msg("form-submit"),
        value="R1",
        locale="en",
        tz="UTC",
    )
    view = modal(form, SlackRenderer(TRANSLATOR), private_metadata="R1")
    assert view is not None
    check_slack_view(view)
    assert [b["type"] for b in view["blocks"]] == ["section", "section", "input"]
    assert view["blocks"][1]["text"]["text"] == (
        "Q1. What could ITU do?\n"
        "Your current answer to Q1 has 5,000 characters, too many to edit in this form, so the "
        "field below is empty: your answer is kept unless you write a new one there. To change "
        'it, use `/consult answer R1 Q1 "…"`. It begins: “' + "word " * 39 + "word…”"
    )
    assert view["blocks"][2]["label"]["text"] == "Your answer to Q1"
    assert "initial_value" not in view["blocks"][2]["element"]


def test_a_form_typed_before_the_limits_that_cannot_fit_is_not_opened() -> None:
    legacy = typed(4_000, unit="&")  # a question stored when 4,000 characters were allowed
    form = Form(
        title=msg("form-title", id="R1"),
        lines=(),
        fields=tuple(FormField(f"Q{n}", UserText(legacy)) for n in range(1, 21)),
        submit=msg("form-submit"),
        value="R1",
        locale="en",
        tz="UTC",
    )
    assert modal(form, SlackRenderer(TRANSLATOR), private_metadata="R1") is None


# ---------------------------------------------------------------- Slack


def test_slack_splits_only_between_escapes_and_tokens() -> None:
    # No space anywhere: a cut "anywhere" would land inside an escape or a mention.
    ampersands = "&" * 5_000
    people = tuple(Mention(f"U{n:08d}") for n in range(2_000))  # joined by "、" in Chinese
    lines = (
        msg("question-line", id="Q1", text=UserText(ampersands)),
        msg("status-respondents", names=people),
    )
    item = Post(WG, lines, "zh")
    sent = slack_text(item)
    assert "&amp;" * 5_000 in sent
    assert "、".join(f"<@U{n:08d}>" for n in range(1_999)) + "和<@U00001999>" in sent
    renderer = SlackRenderer(TRANSLATOR)
    for payload in messages(item.lines, (), renderer, "zh", "UTC"):
        for block in payload["blocks"]:
            text = block["text"]["text"]
            assert text.count("&") == text.count("amp;")
            assert text.count("<") == text.count(">")
            assert not text.endswith(("&", "&a", "&am", "&amp", "<", "<@"))


def test_buttons_stay_on_the_last_of_several_messages() -> None:
    renderer = SlackRenderer(TRANSLATOR)
    lines = tuple(msg("question-line", id=f"Q{n}", text=UserText(ACTION)) for n in range(10))
    buttons = (Button("round:respond", msg("button-respond"), "R1"),)
    payloads = messages(lines, buttons, renderer, "ar", "UTC")
    assert len(payloads) > 1
    for payload in payloads:
        check_slack_message(payload)
    kinds = [b["type"] for p in payloads for b in p["blocks"]]
    assert kinds.count("actions") == 1
    assert payloads[-1]["blocks"][-1]["type"] == "actions"


def test_a_home_view_that_must_stop_says_where_the_rest_is(chat: Chat) -> None:
    sections = [Section((msg("home-header"),))]
    sections += [
        Section(
            (msg("question-line", id=f"A{n}", text=UserText(ACTION)),),
            (Button("action:done", msg("button-done"), f"A{n}"),),
        )
        for n in range(1, 80)
    ]
    view = home_view(Home(tuple(sections), "en", "UTC"), SlackRenderer(TRANSLATOR))
    check_slack_view(view)
    blocks = view["blocks"]
    assert len(blocks) <= 100
    # Whole items (their text and their button) up to the end, then the localised line.
    assert blocks[-2]["type"] == "actions"
    assert blocks[-1]["text"]["text"] == (
        "More is waiting for you than fits here: see `/consult list`, `/meeting list` and "
        "`/action list mine`."
    )


def test_a_home_view_that_fits_is_whole(chat: Chat) -> None:
    _handle(chat, "ana", f'consult new "{TITLE}" closes 2025-01-31T22:59Z')
    _handle(chat, "ana", 'consult question R1 "Why?"')
    event = Incoming(platform="console", user_id="lena", channel_id=WG, text="home")
    found = chat.assistant.ask(event, home.overview)
    assert isinstance(found, Home)
    view = home_view(found, SlackRenderer(TRANSLATOR))
    check_slack_view(view)
    text = "".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section")
    assert escape(isolate_bidi(TITLE)) in text
    assert "More is waiting" not in text


# ---------------------------------------------------------------- Matrix


def test_matrix_keeps_every_event_under_64_kib_in_any_script(
    matrix_events: MatrixEvents,
) -> None:
    # Chinese is three bytes a character, and `&` becomes `&amp;` in the HTML.
    text = typed(60_000, unit="中文&<>\"'答复") + "\n" + typed(5_000, unit="长")
    item = Reply((msg("question-line", id="Q1", text=UserText(text)),), "zh", "UTC")
    assert text in matrix_events.text(item)
    assert len(matrix_events.sent) > 3


def test_a_matrix_edit_stays_under_the_limit_and_loses_nothing(
    matrix_events: MatrixEvents,
) -> None:
    text = typed(30_000, unit="中文&<>")
    contents = matrix_events.edit_contents(text)
    edit, *rest = contents
    assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$posted"}
    assert rest, "what does not fit in the edit follows as new messages"
    for content in contents:
        assert len(json.dumps(content, ensure_ascii=False).encode()) <= MATRIX_EVENT_BYTES // 2
    assert edit["m.new_content"]["body"] + "".join(c["body"] for c in rest) == text


# ---------------------------------------------------------------- console transcripts


def test_a_long_action_is_printed_whole_on_the_console(chat: Chat) -> None:
    text = typed(4_000, unit="Agreed & noted <b> ")
    out = chat.say(f'/action add "{text}" owner "ITU Secretariat" due 2024-10-31')
    assert out == (
        f"Recorded A1:\nA1 {text} — ITU Secretariat — open, due Thu, Oct 31, 2024, 23:59 UTC\n"
    )


def test_a_long_answer_is_shown_whole_when_responding_again(chat: Chat) -> None:
    chat.say('/consult new "Multilingual Internet" closes 2025-01-31T22:59Z')
    chat.say('/consult question R1 "What could ITU do?"')
    answer = typed(20_000, unit="Universal acceptance & IDNs. ")
    out = chat.say(f'/consult answer R1 Q1 "{answer}"', as_user="@lena")
    assert out == (
        "Receipt: your answer to R1 Q1 is recorded (version 1). "
        "You can edit it until Fri, Jan 31, 2025, 22:59 UTC.\n"
    )
    out = chat.say("/consult respond R1", as_user="@lena")
    assert out == (
        "Responding to R1: “Multilingual Internet”. Answer each question in a message; "
        "send “-” to keep your previous answer.\n"
        f"R1 Q1 (of 1): What could ITU do? (Your previous answer: “{answer}”)\n"
    )


def test_a_long_answer_in_arabic_keeps_its_isolation(chat: Chat) -> None:
    chat.say("/assistant settings language ar", as_user="@lena")
    chat.say('/consult new "Multilingual Internet" closes 2025-01-31T22:59Z', as_user="@ana")
    chat.say('/consult question R1 "What could ITU do?"')
    chat.say(f'/consult answer R1 Q1 "{ANSWER}"', as_user="@lena")
    out = chat.say("/consult respond R1", as_user="@lena")
    # Fluent isolates the placeable, and typed right-to-left text is isolated on its own.
    assert "\u2068\u2068" + ANSWER + "\u2069\u2069" in out


# ---------------------------------------------------------------- the renderer itself


def test_selectors_still_see_real_values_while_long_values_are_held_back() -> None:
    renderer = SlackRenderer(TRANSLATOR)
    long_previous = UserText(typed(3_000))
    for has_previous, shown in (("yes", True), ("no", False)):
        text = renderer.render_message(
            msg(
                "respond-ask",
                round="R1",
                id="Q1",
                total=1,
                text=UserText("Why?"),
                previous=long_previous,
                has_previous=has_previous,
            ),
            "ru",
            "UTC",
        )
        assert (escape(isolate_bidi(long_previous.text)) in text) is shown
    # Plural selectors get the number itself.
    assert "20\u00a0000 символов" in renderer.render_message(
        msg("error-text-too-long", max=20_000, length=20_001), "ru", "UTC"
    )
    # A plain string too long for Fluent (an echo of what was typed) comes through whole.
    typed_id = "R" + "9" * 3_000
    assert typed_id in renderer.render_message(msg("error-bad-id", id=typed_id, kind="R"), "en", "")


def test_typed_private_use_characters_are_not_taken_for_placeholders() -> None:
    renderer = SlackRenderer(TRANSLATOR)
    sneaky = "\ue0000\ue001 and \ue0001\ue001"
    text = renderer.render_message(msg("error-bad-id", id=sneaky, kind="R"), "en", "UTC")
    assert text == f"“{sneaky}” is not a valid id; ids look like R1."


def test_every_variant_key_is_short_enough_to_stay_a_selector() -> None:
    from fluent.syntax import FluentParser
    from fluent.syntax import ast as fl
    from fluent.syntax.visitor import Visitor

    from assistant.runtime.i18n import MAX_VARIANT_KEY

    keys: set[str] = set()

    class Keys(Visitor):
        def visit_Variant(self, node: fl.Variant) -> None:
            if isinstance(node.key, fl.Identifier):
                keys.add(node.key.name)
            self.generic_visit(node)

    for path in (Path(__file__).resolve().parents[1] / "locales").rglob("*.ftl"):
        Keys().visit(FluentParser().parse(path.read_text(encoding="utf-8")))
    assert keys
    assert max(len(key) for key in keys) <= MAX_VARIANT_KEY
