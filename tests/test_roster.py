"""`assistant roster import|export`: a CSV roster imported all or nothing, idempotent, with
every bad line reported by its number; exported in the same form."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from typer.testing import CliRunner

from assistant.runtime.cli import app
from assistant.runtime.clock import FakeClock
from tests.conftest import Chat, make_chat
from tests.support import table_rows

HEADER = "platform,user_id,name,organisation,country,group,role,language,zone\n"
# Delegates of Member States, an ITU Sector Member, civil society and academia (the seed's).
GOOD = HEADER + (
    "console,maria,María Benítez,Paraguay,PY,government,member,es,America/Asuncion\n"
    "console,jorge,Jorge Ramírez,Paraguay,,,member,,\n"
    "slack,U0DMITRI,Dmitri Ivanov,Russian Federation,Россия,government,member,ru,Moscow\n"
    'console,li,Li Wei,"Huawei Technologies",CN,private-sector,stakeholder,zh,Asia/Shanghai\n'
    "matrix,@amina:example.org,Amina Haddad,Digital Rights Collective,Tunisie,"
    "civil society,stakeholder,ar,Africa/Tunis\n"
    "console,kwame,Kwame Mensah,University of Ghana,GH,academia,,en,Africa/Accra\n"
)


def _chat(tmp_path: Path) -> tuple[Chat, dict[str, str]]:
    database = f"sqlite:///{tmp_path / 'chat.db'}"
    chat = make_chat(database, FakeClock(datetime.now(UTC)), tmp_path)
    return chat, {"DATABASE_URL": database, "ASSISTANT_ADMINS": ""}


def _roster(tmp_path: Path, text: str, name: str = "roster.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_good_file_is_imported_and_the_same_file_again_changes_nothing(
    tmp_path: Path,
) -> None:
    chat, env = _chat(tmp_path)
    try:
        chat.say("/assistant settings", as_user="@jorge")  # known already: updated, not added
        path = _roster(tmp_path, GOOD)
        dry = CliRunner().invoke(app, ["roster", "import", path, "--dry-run"], env=env)
        assert dry.exit_code == 0, dry.output
        assert dry.stdout.splitlines()[0] == (
            "Line 2: console maria — added (country, group, language, organisation, role, zone)"
        )
        assert "Line 3: console jorge — changed: name, organisation, role" in dry.stdout
        assert dry.stdout.splitlines()[-1] == (
            "Dry run, nothing was changed. Would add: 5 · change: 1 · leave as they are: 0 · "
            "new organisations: 5"
        )
        before = table_rows(chat.application.engine)
        assert table_rows(chat.application.engine) == before
        with chat.assistant.unit_of_work() as uow:
            assert uow.organisations.find() == []

        done = CliRunner().invoke(app, ["roster", "import", path], env=env)
        assert done.exit_code == 0, done.output
        assert done.stdout.splitlines()[-1] == (
            "Imported. Added: 5 · changed: 1 · as they were: 0 · new organisations: 5"
        )
        again = CliRunner().invoke(app, ["roster", "import", path], env=env)
        assert (again.exit_code, again.stdout) == (
            0,
            "Nothing to change: every line already matches what is known (people: 6).\n",
        )
        # Jorge joined his delegation: its country and group are his, shown by name.
        out = chat.say("/assistant settings", as_user="@jorge")
        assert "role member, organisation Paraguay, country Paraguay, " in out
        assert "stakeholder group Government." in out
        out = chat.say("/assistant settings", as_user="@maria")
        assert "zona horaria America/Asuncion" in out
        assert "país Paraguay" in out
        with chat.assistant.unit_of_work() as uow:
            (amina,) = uow.people.find(user_id="@amina:example.org")
            assert (amina.country, amina.stakeholder_group, amina.language, amina.tz) == (
                "TN",
                "civil-society",
                "ar",
                "Africa/Tunis",
            )
            (dmitri,) = uow.people.find(user_id="U0DMITRI")
            assert (dmitri.country, dmitri.tz, dmitri.role.value) == (
                "RU",
                "Europe/Moscow",
                "member",
            )
    finally:
        chat.application.engine.dispose()


def test_bad_lines_are_each_reported_by_number_and_nothing_is_imported(tmp_path: Path) -> None:
    chat, env = _chat(tmp_path)
    try:
        before = table_rows(chat.application.engine)
        bad = HEADER + (
            "console,maria,María,Paraguay,PY,government,member,es,America/Asuncion\n"
            "telegram,bob,Bob,,,,,,\n"
            "console,,Nobody,,,,,,\n"
            "console,carl,Carl,Atlantis Inc,Atlantis,,,,\n"
            "console,dina,Dina,UNESCO,,aliens,,,\n"
            "console,eve,Eve,,,,overlord,,\n"
            "console,fay,Fay,,,,,klingon,\n"
            "console,gus,Gus,,,,,,Mars/Olympus\n"
            "console,hal,Hal\n"
            "console,maria,María again,,,,,,\n"
            "console,ivo,Ivo,,KE,,,,\n"
            f"console,jan,Jan,{'o' * 201},,,,,\n"
        )
        out = CliRunner().invoke(app, ["roster", "import", _roster(tmp_path, bad)], env=env)
        assert out.exit_code == 1
        assert out.stdout == ""
        assert out.stderr.splitlines() == [
            "Line 3: “telegram” is not a platform; use one of: slack, matrix, console.",
            "Line 4: The user_id is missing.",
            "Line 5: “Atlantis” is not a country I know; give its two-letter ISO code (DE, PY) "
            "or its name.",
            "Line 6: “aliens” is not a stakeholder group; choose one of: government, "
            "private-sector, civil-society, technical-community, academia, intergovernmental.",
            "Line 7: “overlord” is not a role; choose one of: secretariat, chair, member, "
            "stakeholder.",
            "Line 8: “klingon” is not a supported language; choose one of: en, fr, es, ru, ar, zh.",
            "Line 9: I don't know the time zone “Mars/Olympus”. Use a name like Europe/Zurich, "
            "a city like Geneva, UTC+3 or AoE.",
            "Line 10: 9 cells expected, 3 found.",
            "Line 11: The same person as on line 2.",
            "Line 12: A country or stakeholder group needs an organisation on the same line.",
            "Line 13: That text is too long: at most 200 characters.",
            "Nothing was imported; bad lines: 11. Correct them and import the file again.",
        ]
        assert table_rows(chat.application.engine) == before

        header = CliRunner().invoke(
            app, ["roster", "import", _roster(tmp_path, "user,name\nana,Ana\n", "h.csv")], env=env
        )
        assert header.exit_code == 1
        assert header.stderr.splitlines()[0] == (
            "Line 1: The first line must be exactly: "
            "platform,user_id,name,organisation,country,group,role,language,zone"
        )
        # A conflict found while applying (one organisation, two countries) undoes all.
        conflict = HEADER + (
            "console,maria,María,Paraguay,PY,government,member,es,\n"
            "console,jorge,Jorge,paraguay,AR,,member,,\n"
        )
        found = CliRunner().invoke(
            app, ["roster", "import", _roster(tmp_path, conflict, "c.csv")], env=env
        )
        assert found.exit_code == 1
        assert found.stderr.splitlines()[0] == (
            "Line 3: The country of Paraguay is given differently on line 2."
        )
        assert table_rows(chat.application.engine) == before
        missing = CliRunner().invoke(
            app, ["roster", "import", str(tmp_path / "nowhere.csv")], env=env
        )
        assert missing.exit_code == 2
        assert missing.stderr.startswith(f"Cannot read or write {tmp_path / 'nowhere.csv'}: ")
    finally:
        chat.application.engine.dispose()


def test_messages_in_the_operators_language(tmp_path: Path) -> None:
    chat, env = _chat(tmp_path)
    try:
        path = _roster(tmp_path, HEADER + "console,zoe,Zoé,,,,,,Europe/Lisbonne\n")
        out = CliRunner().invoke(app, ["roster", "import", path, "--language", "fr"], env=env)
        assert out.exit_code == 1
        assert out.stderr.splitlines()[-1] == (
            "Rien n’a été importé ; lignes erronées : 1. Corrigez-les et importez à nouveau "
            "le fichier."
        )
    finally:
        chat.application.engine.dispose()


def test_the_export_reads_back_unchanged_and_a_zone_or_role_change_replans(
    tmp_path: Path,
) -> None:
    chat, env = _chat(tmp_path)
    try:
        chat.say('/consult new "Members-only survey" closes 31 December 2030 members-only')
        chat.say('/consult question R1 "Which dates suit your delegation?"')
        assert CliRunner().invoke(app, ["roster", "import", _roster(tmp_path, GOOD)], env=env)
        exported = tmp_path / "out.csv"
        out = CliRunner().invoke(app, ["roster", "export", str(exported)], env=env)
        assert out.exit_code == 0, out.output
        assert out.stdout == f"Roster written to {exported} (people: 7).\n"
        text = exported.read_text(encoding="utf-8")
        assert text.startswith(HEADER)
        # His zone only if known: an empty cell keeps a zone a platform profile gives later.
        assert "console,jorge,Jorge Ramírez,Paraguay,PY,government,member,en,\n" in text
        again = CliRunner().invoke(app, ["roster", "import", str(exported)], env=env)
        assert again.stdout.startswith("Nothing to change")

        # Kwame becomes a member: reminded of the members-only round from now on.
        with chat.assistant.unit_of_work() as uow:
            (kwame,) = uow.people.find(user_id="kwame")
            assert uow.reminders.find(person_id=kwame.id) == []
        promote = _roster(tmp_path, HEADER + "console,kwame,,,,,member,,\n", "p.csv")
        done = CliRunner().invoke(app, ["roster", "import", promote], env=env)
        assert done.stdout.splitlines()[0] == "Line 2: console kwame — changed: role"
        with chat.assistant.unit_of_work() as uow:
            assert uow.reminders.find(person_id=kwame.id)
    finally:
        chat.application.engine.dispose()


def test_the_last_secretariat_cannot_be_demoted_by_a_roster(tmp_path: Path) -> None:
    chat, env = _chat(tmp_path)
    try:
        chat.say("/assistant settings", as_user="ana")  # ana: the only secretariat
        before = table_rows(chat.application.engine)
        path = _roster(
            tmp_path, HEADER + "console,lena,Lena,,,,member,,\nconsole,ana,Ana,,,,member,,\n"
        )
        out = CliRunner().invoke(app, ["roster", "import", path], env=env)
        assert out.exit_code == 1
        assert out.stderr.splitlines() == [
            "Line 3: You are the last secretariat; grant the role to someone else first.",
            "Nothing was imported; bad lines: 1. Correct them and import the file again.",
        ]
        assert table_rows(chat.application.engine) == before
        # With someone else made secretariat on an earlier line, it may.
        path = _roster(
            tmp_path,
            HEADER + "console,lena,Lena,,,,secretariat,,\nconsole,ana,Ana,,,,member,,\n",
            "ok.csv",
        )
        assert CliRunner().invoke(app, ["roster", "import", path], env=env).exit_code == 0
    finally:
        chat.application.engine.dispose()
