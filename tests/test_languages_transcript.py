"""A whole consultation flow in each of the six UN languages, dates typed in that language."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest

from tests.conftest import Chat


@dataclass(frozen=True)
class Language:
    code: str
    closes: str  # the deadline, typed as a native speaker would
    meeting_at: str
    due: str
    january: str  # how the locale writes the deadline's month (CLDR, through Babel)
    december: str


LANGUAGES = [
    Language("en", "31 January 2025 18:00", "16 December 2024 10:00", "10 June 2025", "Jan", "Dec"),
    Language(
        "fr", "31 janvier 2025 18h", "le 16 décembre 2024 à 10h", "10 juin 2025", "janv.", "déc."
    ),
    Language(
        "es",
        "31 de enero de 2025 a las 18:00",
        "16 de diciembre de 2024 a las 10",
        "10 de junio de 2025",
        "ene",
        "dic",
    ),
    Language(
        "ru", "31 января 2025 в 18:00", "16 декабря 2024 в 10:00", "10 июня 2025", "янв.", "дек."
    ),
    Language(
        "ar", "٣١ يناير ٢٠٢٥ ١٨:٠٠", "16 ديسمبر 2024 الساعة 10", "10 يونيو 2025", "يناير", "ديسمبر"
    ),
    Language(
        "zh",
        "2025年1月31日 下午6点",
        "2024年12月16日上午10点",
        "2025年6月10日",
        "1月31日",
        "12月16日",
    ),
]

# English sentences that must not leak into another language's conversation.
ENGLISH_MARKERS = ("Created R1", "Receipt:", "Deadline:", "Your RSVP", "Recorded A1", "Digest for")


def visible(text: str) -> str:
    """Output without the bidi isolation marks that Arabic messages put around placeables."""
    return text.replace("\u2068", "").replace("\u2069", "")


class Speaker:
    def __init__(self, chat: Chat) -> None:
        self.chat = chat

    def __call__(self, line: str, as_user: str | None = None, channel: str | None = None) -> str:
        return visible(self.chat.say(line, as_user=as_user, channel=channel))


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_a_consultation_in_each_language(
    chat: Chat, lang: Language, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="assistant.runtime.i18n")
    code = lang.code
    say = Speaker(chat)
    for user in ("ana", "lena", "omar"):
        say(f"/assistant settings language {code}", as_user=user, channel="#wg")
        say("/assistant settings tz Europe/Zurich", as_user=user)
    chat.console.user = "ana"
    say(f"/assistant channel language {code}")

    created = say(f'/consult new "Multilingual Internet" closes {lang.closes} zone Geneva')
    assert "R1" in created
    assert lang.january in created
    assert "17:00 UTC" in created  # 18:00 in Geneva in winter, whatever the language
    say('/consult question R1 "What could ITU do?"')
    say('/consult question R1 "Benefits and challenges?"')
    announced = say("/consult announce R1 #wg")
    assert "[#wg]" in announced
    assert lang.january in announced

    receipt = say('/consult answer R1 Q1 "Universal acceptance"', as_user="lena")
    assert "R1" in receipt
    assert lang.january in receipt
    guided = say("/consult respond R1", as_user="omar")
    assert "What could ITU do?" in guided
    assert "Benefits and challenges?" in say("Local content in every script")
    say("Capacity building")
    with chat.assistant.unit_of_work() as uow:
        assert len(uow.answers.find(round_id=1)) == 3

    status = say("/consult status R1", as_user="ana")
    assert "@lena" in status
    assert "@omar" in status
    exported = say("/consult export R1 md inputs.md")
    assert "inputs.md" in exported
    summary = chat.application.translator.translate(code, "export-md-summary")
    assert f"## {summary}" in (chat.console.export_dir / "inputs.md").read_text(encoding="utf-8")

    meeting = say(f'/meeting new "IGF session" at {lang.meeting_at} zone Riyadh capacity 1')
    assert "M1" in meeting
    assert lang.december in meeting
    say("/meeting announce M1 #wg")
    say("/meeting rsvp M1 in-person", as_user="lena")
    waitlisted = say("/meeting rsvp M1 in-person", as_user="omar")
    assert waitlisted.strip()
    promoted = say("/meeting rsvp M1 no", as_user="lena")
    assert "[DM @omar]" in promoted

    added = say(
        f'/action add ref 7.3.1 "Launch the round" owner @lena due {lang.due}', as_user="ana"
    )
    assert "7.3.1" in added
    assert say("/action list mine", as_user="lena").count("7.3.1") == 1
    digest = say("/digest now", as_user="ana")
    assert "[#wg]" in digest

    say("/clock 2025-02-01T08:00Z")
    closed = chat.console.out.getvalue().splitlines()[-1]
    assert closed.startswith("[#wg]")

    transcript = visible(chat.console.out.getvalue())
    assert "Traceback" not in transcript
    if code != "en":
        leaked = [marker for marker in ENGLISH_MARKERS if marker in transcript]
        assert leaked == []
    problems = [r.getMessage() for r in caplog.records if r.name == "assistant.runtime.i18n"]
    assert problems == []
