"""A first conversation through the console adapter, start to finish."""

from __future__ import annotations

from tests.conftest import Chat


def test_secretariat_creates_announces_and_a_stakeholder_answers(chat: Chat) -> None:
    chat.say("/assistant settings tz Europe/Zurich")
    out = chat.say('/consult new "Multilingual Internet" closes 31 January 2025 zone Geneva')
    assert "Created R1" in out
    assert "Fri, Jan 31, 2025, 23:59 Europe/Zurich (22:59 UTC)" in out
    chat.say('/consult question R1 "What could ITU do?"')
    out = chat.say("/consult announce R1 #cwg-internet")
    assert "[#cwg-internet] 📣 Open consultation R1" in out
    out = chat.say('/consult answer R1 Q1 "Universal acceptance"', as_user="@lena")
    assert "version 1" in out
    out = chat.say("/consult status R1", as_user="ana")
    assert "Inputs: 1 from 1 respondent" in out
