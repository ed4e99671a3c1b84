"""Organisations: people link to one by name; its country and group, shown in each language."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, text

from storage.database import alembic_config, make_engine, upgrade
from storage.repositories import SqlUnitOfWork
from tests.conftest import Chat


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def settings_line(chat: Chat, user: str) -> str:
    return chat.say("/assistant settings", as_user=user).strip()


def test_naming_an_organisation_links_to_it_whatever_its_case(chat: Chat) -> None:
    chat.say('/assistant settings organisation "Paraguay"', as_user="@maria")
    out = chat.say("/assistant settings country PY", as_user="@maria")
    assert "organisation Paraguay, country Paraguay," in out
    chat.say("/assistant settings group government", as_user="@maria")
    # A second delegate naming it differently joins the same delegation, with its country.
    out = chat.say('/assistant settings organisation "paraguay"', as_user="@jorge")
    assert "organisation Paraguay, country Paraguay, stakeholder group Government." in out


def test_a_french_reader_sees_country_and_group_in_french(chat: Chat) -> None:
    chat.say("/assistant settings language fr", as_user="@klaus")
    chat.say('/assistant settings organisation "Deutschland"', as_user="@klaus")
    # A name in any of the six languages is read as the country's code.
    chat.say("/assistant settings country Germany", as_user="@klaus")
    out = chat.say("/assistant settings group civil-society", as_user="@klaus")
    assert "pays Allemagne" in out
    assert "groupe de parties prenantes Société civile." in out
    chat.say("/assistant settings language ru", as_user="@klaus")
    assert "Германия" in settings_line(chat, "@klaus")


def test_country_names_in_other_languages_are_read(chat: Chat) -> None:
    chat.say('/assistant settings organisation "Russian Federation"', as_user="@ivan")
    out = chat.say("/assistant settings country Россия", as_user="@ivan")
    assert "country Russia," in out
    chat.say('/assistant settings organisation "Ministry of Communications"', as_user="@omar")
    assert "country Egypt," in chat.say("/assistant settings country مصر", as_user="@omar")


def test_country_and_group_need_an_organisation_and_a_known_value(chat: Chat) -> None:
    before = settings_line(chat, "@pat")
    out = chat.say("/assistant settings country KE", as_user="@pat")
    assert "name it first with /assistant settings organisation" in out
    chat.say('/assistant settings organisation "University of Nairobi"', as_user="@pat")
    out = chat.say("/assistant settings country Atlantis", as_user="@pat")
    assert "“Atlantis” is not a country I know" in out
    out = chat.say("/assistant settings group aliens", as_user="@pat")
    assert "“aliens” is not a stakeholder group" in out
    after = settings_line(chat, "@pat")
    assert "organisation University of Nairobi, country —, stakeholder group —." in after
    assert before.replace("organisation —", "organisation University of Nairobi") == after


def test_only_the_secretariat_changes_a_country_or_group_already_set(chat: Chat) -> None:
    chat.say('/assistant settings organisation "ITU"', as_user="@lena")
    chat.say("/assistant settings country CH", as_user="@lena")
    chat.say("/assistant settings group intergovernmental", as_user="@lena")
    chat.say('/assistant settings organisation "itu"', as_user="@sam")
    out = chat.say("/assistant settings group academia", as_user="@sam")
    assert (
        "The stakeholder group of ITU is already Intergovernmental organisation, not Academia;"
        " only the secretariat can change it." in out
    )
    # Setting the value it already has is no change, and no refusal.
    assert "country Switzerland," in chat.say("/assistant settings country ch", as_user="@sam")
    chat.say('/assistant settings organisation "ITU"', as_user="ana")
    out = chat.say("/assistant settings country Switzerland", as_user="ana")
    assert "country Switzerland," in out
    out = chat.say("/assistant settings group academia", as_user="ana")
    assert "stakeholder group Academia." in out
    assert "stakeholder group Academia." in settings_line(chat, "@lena")


def test_the_migration_turns_free_text_into_organisations_and_keeps_it(
    database_url: str,
) -> None:
    """Before 0013 a person's organisation, country and group were their own free text."""
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0012")
        people = [
            # user, organisation, country, group
            ("maria", "Paraguay", "PY", "government"),
            ("jorge", "paraguay", "", ""),  # the same delegation, typed differently
            ("ivan", "Russian Federation", "Россия", "government"),
            ("lena", "ITU", "Atlantis", "intergovernmental"),  # a country no code matches
            ("klaus", "", "Allemagne", "government"),  # a country alone: its delegation
            ("zoe", "", "", "academia"),  # a group alone: an organisation of her own
            ("sam", "", "", ""),
        ]
        with engine.begin() as connection:
            for user, organisation, country, group in people:
                connection.execute(
                    text(
                        "INSERT INTO people (platform, user_id, display_name, tz, language, "
                        "role, organisation, country, stakeholder_group, quiet_start, "
                        "quiet_end, tz_chosen, language_chosen, tz_known) VALUES ('console', "
                        ":user, :name, 'UTC', 'en', 'member', :organisation, :country, :grp, "
                        "'22:00', '07:00', false, false, false)"
                    ),
                    {
                        "user": user,
                        "name": user.title(),
                        "organisation": organisation,
                        "country": country,
                        "grp": group,
                    },
                )
        upgrade(engine)
        with SqlUnitOfWork(engine) as uow:
            found = {
                p.user_id: (p.organisation, p.country, p.stakeholder_group)
                for p in uow.people.find()
            }
            assert found == {
                "maria": ("Paraguay", "PY", "government"),
                "jorge": ("Paraguay", "PY", "government"),
                "ivan": ("Russian Federation", "RU", "government"),
                "lena": ("ITU (Atlantis)", "", "intergovernmental"),
                "klaus": ("Allemagne", "DE", "government"),
                "zoe": ("Zoe", "", "academia"),
                "sam": ("", "", ""),
            }
            assert len(uow.organisations.find()) == 5
        # And back: the free text again, as the organisations hold it.
        downgrade(engine, "0012")
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT user_id, organisation, country, stakeholder_group FROM people "
                    "ORDER BY id"
                )
            ).all()
        assert [tuple(r) for r in rows][:2] == [
            ("maria", "Paraguay", "PY", "government"),
            ("jorge", "Paraguay", "PY", "government"),
        ]
    finally:
        engine.dispose()


def test_status_names_countries_and_groups_in_the_readers_language_with_rates(
    chat: Chat,
) -> None:
    wg = "#cwg-internet"
    chat.say('/consult new "Multilingualization" closes 31 January 2030', as_user="ana")
    chat.say('/consult question R1 "What could ITU do?"', as_user="ana")
    chat.say(f"/consult announce R1 {wg}", as_user="ana", channel=wg)
    for user, organisation, country, group in (
        ("maria", "Paraguay", "PY", "government"),
        ("jorge", "Paraguay", "", ""),
        ("klaus", "Deutschland", "DE", "government"),
        ("amina", "Digital Rights Collective", "TN", "civil-society"),
        ("kwame", "University of Ghana", "GH", "academia"),
    ):
        chat.say(
            f'/assistant settings organisation "{organisation}"', as_user=f"@{user}", channel=wg
        )
        if country:
            chat.say(f"/assistant settings country {country}", as_user=f"@{user}", channel=wg)
            chat.say(f"/assistant settings group {group}", as_user=f"@{user}", channel=wg)
    for user in ("maria", "klaus", "amina"):
        chat.say(f'/consult answer R1 Q1 "Input from {user}."', as_user=f"@{user}", channel=wg)
    chat.say("/assistant settings language fr", as_user="ana")
    out = chat.say("/consult status R1", as_user="ana")
    section = out.split("Par groupe de parties prenantes\u00a0:\n")[1].split("Par pays")[0]
    # Government: María and Klaus answered, Jorge (of Paraguay too) not yet.
    assert section == (
        "· Gouvernement\u00a0: 2 sur 3 invités (67\u00a0%)\n"
        "· Société civile\u00a0: 1 sur 1 invités (100\u00a0%)\n"
        "· Milieux universitaires\u00a0: 0 sur 1 invités (0\u00a0%)\n"
    )
    section = out.split("Par pays\u00a0:\n")[1].split("Par organisation")[0]
    assert section == "· Allemagne\u00a0: 1\n· Paraguay\u00a0: 1\n· Tunisie\u00a0: 1\n"
