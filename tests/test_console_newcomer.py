"""A newcomer's first minutes: who grants roles, what to do with plain text, the demo."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.runtime.cli import app
from assistant.runtime.clock import FakeClock
from tests.conftest import Chat, make_chat

NEW_ROUND = '/consult new "Multilingual Internet" closes 31 January 2025'


@pytest.fixture
def nobody_in_charge(tmp_path: Path, clock: FakeClock) -> Chat:
    """A chat on an empty database and no secretariat named in the configuration."""
    return make_chat(f"sqlite:///{tmp_path / 'empty.db'}", clock, tmp_path, admins=frozenset())


def test_with_no_secretariat_a_refusal_names_the_operator_command(nobody_in_charge: Chat) -> None:
    out = nobody_in_charge.say(NEW_ROUND, as_user="you")
    assert out == (
        "Sorry, your role (stakeholder) does not allow that. Nothing was changed. "
        "No one is secretariat yet: whoever runs the assistant can make you secretariat "
        "with “assistant admin grant you”.\n"
    )
    nobody_in_charge.say("/assistant settings language fr")
    out = nobody_in_charge.say(NEW_ROUND)
    assert out == (
        "Désolé, votre rôle (partie prenante) ne le permet pas. Rien n’a été modifié. "
        "Personne n’est encore secrétariat : la personne qui fait tourner l’assistant peut "
        "vous donner ce rôle avec « assistant admin grant you ».\n"
    )


def test_a_refusal_names_the_secretariat(chat: Chat) -> None:
    chat.say("/assistant settings", as_user="ana")
    chat.say("/assistant role @bea secretariat")
    out = chat.say(NEW_ROUND, as_user="@omar")
    assert out == (
        "Sorry, your role (stakeholder) does not allow that. Nothing was changed. "
        "Roles are granted by the secretariat: @ana and @bea.\n"
    )


def test_plain_text_gets_a_hint_but_a_guided_answer_does_not(chat: Chat) -> None:
    hint = "Commands start with /. Type /assistant help for the list.\n"
    assert chat.say("hello") == hint
    chat.say(NEW_ROUND)
    chat.say('/consult question R1 "What could ITU do?"')
    chat.say("/consult respond R1", as_user="@lena")
    assert "Thank you" in chat.say("Universal acceptance of IDNs")
    assert chat.say("and one more thing") == hint
    chat.say("/assistant settings language es")
    assert chat.say("hola") == (
        "Los comandos empiezan por /. Escriba /assistant help para ver la lista.\n"
    )


def test_the_operator_command_makes_the_first_secretariat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASSISTANT_ADMINS", raising=False)
    database = f"sqlite:///{tmp_path / 'first.db'}"
    runner = CliRunner()
    chat = ["chat", "--as", "you", "--db", database, "--now", "2024-10-04T08:00Z"]
    refused = runner.invoke(app, chat, input=NEW_ROUND + "\n")
    assert "No one is secretariat yet" in refused.stdout
    granted = runner.invoke(app, ["admin", "grant", "you", "--db", database])
    assert granted.exit_code == 0, granted.output
    assert granted.stdout == "@you is now secretariat.\n"
    created = runner.invoke(app, chat, input=NEW_ROUND + "\n")
    assert "Created R1" in created.stdout


def test_the_demo_writes_in_its_own_folder_and_its_last_hint_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("ASSISTANT_LAUNCHER", "./run.sh")
    runner = CliRunner()
    played = runner.invoke(app, ["demo"])
    assert played.exit_code == 0, played.output
    assert list(work.iterdir()) == []  # nothing written where it was started
    hint = played.stdout.rstrip("\n").rsplit("\n", 1)[-1]
    prefix = "The demo database is kept. Explore it with: ./run.sh chat "
    assert hint.startswith(prefix), hint
    (folder,) = tmp_path.glob("assistant-demo-*")
    assert {"demo.db", "cwg-internet-R1-inputs.md"} <= {p.name for p in folder.iterdir()}
    arguments = hint.removeprefix(prefix).split()
    explored = runner.invoke(app, ["chat", *arguments], input="/consult status R1\n")
    assert explored.exit_code == 0, explored.output
    assert "Inputs: 7 from 5 respondents." in explored.stdout
