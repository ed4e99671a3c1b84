"""Counts read naturally in every language: each CLDR plural category of Arabic and Russian,
and a zero with its own words, seen through the console when a round is closed."""

from __future__ import annotations

import pytest

from tests.conftest import Chat


def visible(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


CASES = [
    (
        "en",
        0,
        "No inputs yet.",
        "[#wg] 🔒 Consultation R1 “T” is now closed. No inputs were received.\n"
        "R1 is closed; no more inputs are accepted.\n",
    ),
    (
        "ru",
        0,
        "Ответов пока нет.",
        "[#wg] 🔒 Консультация R1 «T» закрыта. Ответов не поступило.\n"
        "Консультация R1 закрыта; ответы больше не принимаются.\n",
    ),
    (
        "ru",
        2,
        "Ответов: 2 от 2 участников.",
        "[#wg] 🔒 Консультация R1 «T» закрыта. Благодарим 2 участников за ответы.\n"
        "Консультация R1 закрыта; ответы больше не принимаются.\n",
    ),
    (
        "ru",
        5,
        "Ответов: 5 от 5 участников.",
        "[#wg] 🔒 Консультация R1 «T» закрыта. Благодарим 5 участников за ответы.\n"
        "Консультация R1 закрыта; ответы больше не принимаются.\n",
    ),
    (
        "ar",
        0,
        "لا توجد إجابات بعد.",
        "[#wg] 🔒 أُغلقت الآن المشاورة R1 «T». لم تَرِد أي إجابات.\n"
        "أُغلقت المشاورة R1؛ ولم تعد تُقبل أي إجابات.\n",
    ),
    (
        "ar",
        2,
        "الإجابات: 2 من مشاركَيْن.",
        "[#wg] 🔒 أُغلقت الآن المشاورة R1 «T». ونتوجه بالشكر إلى المشاركَيْن اللذين قدّما "
        "إجاباتهما.\nأُغلقت المشاورة R1؛ ولم تعد تُقبل أي إجابات.\n",
    ),
    (
        "ar",
        3,
        "الإجابات: 3 من 3 مشاركين.",
        "[#wg] 🔒 أُغلقت الآن المشاورة R1 «T». ونتوجه بالشكر إلى المشاركين الذين قدّموا "
        "إجاباتهم، وعددهم 3.\nأُغلقت المشاورة R1؛ ولم تعد تُقبل أي إجابات.\n",
    ),
    (
        "fr",
        0,
        "Aucune contribution pour l’instant.",
        "[#wg] 🔒 La consultation R1 «\u202fT\u202f» est désormais close. Aucune contribution "
        "n’a été reçue.\nR1 est close\u202f; plus aucune contribution n’est acceptée.\n",
    ),
    (
        "zh",
        0,
        "尚未收到意见。",
        "[#wg] 🔒 磋商 R1 “T”现已截止。未收到任何意见。\nR1 已截止，不再接受意见。\n",
    ),
]


@pytest.mark.parametrize(
    ("language", "respondents", "status_line", "closing"),
    CASES,
    ids=[f"{c[0]}-{c[1]}" for c in CASES],
)
def test_a_round_closed_with_a_count_in_each_category(
    chat: Chat, language: str, respondents: int, status_line: str, closing: str
) -> None:
    chat.say(f"/assistant channel language {language}", as_user="ana", channel="#wg")
    chat.say(f"/assistant settings language {language}")
    chat.say('/consult new "T" closes 31 January 2025 zone Geneva')
    chat.say('/consult question R1 "Q?"')
    chat.say("/consult announce R1 #wg")
    for index in range(respondents):
        chat.say('/consult answer R1 Q1 "A"', as_user=f"@u{index}")
    status = visible(chat.say("/consult status R1", as_user="ana")).splitlines()
    assert status[4] == status_line
    assert visible(chat.say("/consult close R1")) == closing
