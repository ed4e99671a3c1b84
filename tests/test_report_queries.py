"""Counts and pages made in the database (SQLite and PostgreSQL): a round's respondents and
inputs, only the latest version of each answer, RSVP counts, action lists, the waiting list,
and exports streamed from a snapshot of their own, equal byte for byte to the old ones."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from assistant.dispatch import Incoming
from assistant.domain.model import (
    ACTIVE_STATUSES,
    Action,
    ActionStatus,
    Answer,
    Channel,
    ChannelMember,
    Meeting,
    Organisation,
    Person,
    Question,
    Role,
    Round,
    Rsvp,
    RsvpChoice,
)
from assistant.messages import FileOut, Message, Reply, When, msg
from assistant.ports import UnitOfWork
from assistant.runtime.bootstrap import Application, build
from assistant.runtime.clock import FakeClock
from assistant.runtime.settings import Settings
from assistant.services import reports
from assistant.services.audience import round_audience, round_waiting
from assistant.services.common import markdown_text
from storage.database import make_engine, upgrade
from storage.repositories import SqlUnitOfWork
from tests.conftest import SEED_START, make_chat

T0 = datetime(2024, 10, 7, 8, 0, tzinfo=UTC)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database of each kind."""
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------- a round's answers


def _person(
    uow: UnitOfWork,
    user: str,
    role: Role = Role.STAKEHOLDER,
    organisation: str = "",
    country: str = "",
    stakeholder_group: str = "",
) -> int:
    """A person, in the organisation of that name (added with this country and group)."""
    org = uow.organisations.named(organisation) if organisation else None
    if organisation and org is None:
        org = uow.organisations.add(
            Organisation(name=organisation, country=country, stakeholder_group=stakeholder_group)
        )
    person = uow.people.add(
        Person(
            platform="console",
            user_id=user,
            display_name=user.title(),
            role=role,
            organisation_id=org.id if org else None,
        )
    )
    return person.id or 0


def _round(uow: UnitOfWork, title: str, channels: str = "", members_only: bool = False) -> int:
    round_ = uow.rounds.add(
        Round(
            title=title,
            opens_at=T0,
            closes_at=T0 + timedelta(days=30),
            zone="UTC",
            members_only=members_only,
            created_by=1,
            created_at=T0,
            announce_channels=channels,
        )
    )
    return round_.id or 0


def _question(uow: UnitOfWork, round_id: int, position: int) -> int:
    question = uow.questions.add(
        Question(round_id=round_id, position=position, text=f"Q{position}")
    )
    return question.id or 0


def _answer(
    uow: UnitOfWork, round_id: int, question: int, person: int, version: int, minutes: int
) -> None:
    uow.answers.add(
        Answer(
            round_id=round_id,
            question_id=question,
            person_id=person,
            text=f"p{person} q{question} v{version}",
            version=version,
            submitted_at=T0 + timedelta(minutes=minutes),
        )
    )


def test_a_rounds_answers_are_counted_in_the_database_latest_version_once(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        ana = _person(uow, "ana", Role.SECRETARIAT, country="CH", organisation="ITU")
        lena = _person(uow, "lena")
        omar = _person(uow, "omar", Role.MEMBER, "Université de Genève", "CH", "academia")
        pat = _person(uow, "pat", organisation="ITU")
        r1, r2, r3 = _round(uow, "One"), _round(uow, "Two"), _round(uow, "Three")
        q1, q2 = _question(uow, r1, 1), _question(uow, r1, 2)
        other = _question(uow, r2, 1)
        # Lena answered Q1 first and edited it twice; Omar and Pat answered it at the same
        # moment after her first version; Ana answered only Q2, twice.
        _answer(uow, r1, q1, lena, 1, 0)
        _answer(uow, r1, q1, omar, 1, 10)
        _answer(uow, r1, q1, pat, 1, 10)
        _answer(uow, r1, q1, lena, 2, 20)
        _answer(uow, r1, q1, lena, 3, 5)  # a clock set back: the latest version is not the last
        _answer(uow, r1, q2, ana, 1, 30)
        _answer(uow, r1, q2, ana, 2, 40)
        _answer(uow, r2, other, omar, 1, 0)
    with SqlUnitOfWork(engine) as uow:
        answers = uow.answers
        assert answers.respondent_ids(r1) == {ana, lena, omar, pat}
        assert answers.respondent_counts([r1, r2, r3]) == {r1: 4, r2: 1}
        assert answers.respondent_counts([]) == {}
        # Each person once per question, however many versions they gave.
        assert answers.question_counts(r1) == {q1: 3, q2: 1}
        assert answers.question_counts(r3) == {}
        assert [p.id for p in answers.respondents(r1, 2)] == sorted([ana, lena, omar, pat])[:2]
        assert answers.respondents(r3, 40) == []
        assert answers.respondents_by(r1) == {
            "country": {"CH": 3, "": 1},
            "organisation": {"ITU": 2, "Université de Genève": 1, "": 1},
            "stakeholder_group": {"": 3, "academia": 1},
        }
        assert answers.respondents_by(r3) == {
            "country": {},
            "organisation": {},
            "stakeholder_group": {},
        }
        assert answers.rounds_answered(omar, [r1, r2, r3]) == {r1, r2}
        assert answers.rounds_answered(lena, [r2, r3]) == set()
        # Only each person's latest version, by question, then time of that version, ties in
        # the order the people first answered.
        latest = [(a.text, p.user_id) for a, p in answers.latest(r1)]
        assert latest == [
            (f"p{lena} q{q1} v3", "lena"),  # at +5 min
            (f"p{omar} q{q1} v1", "omar"),  # at +10, answered before Pat
            (f"p{pat} q{q1} v1", "pat"),
            (f"p{ana} q{q2} v2", "ana"),
        ]
        assert list(answers.latest(r3)) == []


def test_rsvps_are_counted_per_meeting_and_choice_without_the_waitlist(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        people = [_person(uow, f"u{n}") for n in range(5)]
        meetings = [
            uow.meetings.add(
                Meeting(
                    title=f"M{n}",
                    starts_at=T0,
                    ends_at=T0 + timedelta(hours=1),
                    zone="UTC",
                    created_by=people[0],
                    created_at=T0,
                )
            ).id
            or 0
            for n in range(3)
        ]
        choices = [
            (0, RsvpChoice.IN_PERSON, False),
            (1, RsvpChoice.IN_PERSON, False),
            (2, RsvpChoice.IN_PERSON, True),  # waitlisted: not counted
            (3, RsvpChoice.REMOTE, False),
            (4, RsvpChoice.NO, False),
        ]
        for index, choice, waitlisted in choices:
            uow.rsvps.add(
                Rsvp(
                    meeting_id=meetings[0],
                    person_id=people[index],
                    choice=choice,
                    waitlisted=waitlisted,
                    updated_at=T0,
                )
            )
        uow.rsvps.add(
            Rsvp(
                meeting_id=meetings[1], person_id=people[0], choice=RsvpChoice.REMOTE, updated_at=T0
            )
        )
    with SqlUnitOfWork(engine) as uow:
        assert uow.rsvps.counts(meetings) == {
            (meetings[0], RsvpChoice.IN_PERSON): 2,
            (meetings[0], RsvpChoice.REMOTE): 1,
            (meetings[0], RsvpChoice.NO): 1,
            (meetings[1], RsvpChoice.REMOTE): 1,
        }


def test_who_is_waiting_is_the_audience_less_its_respondents(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        wg = uow.channels.add(Channel(platform="console", channel_id="#wg")).id or 0
        other = uow.channels.add(Channel(platform="console", channel_id="#other")).id or 0
        roles = [Role.SECRETARIAT, Role.CHAIR, Role.MEMBER, Role.STAKEHOLDER]
        people = [_person(uow, f"p{n:02d}", roles[n % 4]) for n in range(24)]
        for n, person in enumerate(people):
            if n % 3:
                uow.channel_members.add(ChannelMember(channel_id=wg, person_id=person))
            if n % 5 == 0:
                uow.channel_members.add(ChannelMember(channel_id=other, person_id=person))
        announced = _round(uow, "In channels", channels="#wg,#other")
        private = _round(uow, "Members only", channels="#members", members_only=True)
        unannounced = _round(uow, "Not announced")
        for round_id in (announced, private, unannounced):
            question = _question(uow, round_id, 1)
            # Some answer from outside the channels, the secretariat among them.
            for person in sorted({*people[::4], *people[1::7]}):
                _answer(uow, round_id, question, person, 1, 0)
    with SqlUnitOfWork(engine) as uow:
        for round_id in (announced, private, unannounced):
            round_ = uow.rounds.get(round_id)
            assert round_ is not None
            responded = uow.answers.respondent_ids(round_id)
            expected = [p for p in round_audience(uow, round_) if p.id not in responded]
            first, total = round_waiting(uow, round_, 5)
            assert total == len(expected)
            assert first == expected[:5]
            assert round_waiting(uow, round_, 100)[0] == expected


# ---------------------------------------------------------------- action lists


def test_action_lists_match_a_plain_sort_for_every_filter(engine: Engine) -> None:
    """Each status is read in order from its own index range and the pages are merged: the
    result must be what filtering and sorting everything would give."""
    rng = random.Random(12)
    now = datetime(2025, 1, 15, 12, tzinfo=UTC)
    with SqlUnitOfWork(engine) as uow:
        owners = [_person(uow, f"o{n}") for n in range(4)]
        hidden = uow.meetings.add(
            Meeting(
                title="Members only",
                starts_at=now,
                ends_at=now,
                zone="UTC",
                members_only=True,
                created_by=owners[0],
                created_at=now,
            )
        )
        for number in range(160):
            dated = rng.random() < 0.8
            uow.actions.add(
                Action(
                    text=f"Action {number}",
                    owner_person_id=rng.choice([*owners, None]),
                    owner_body=rng.choice(["", "ITU-D", "itu-d", "BDT"]),
                    # Few distinct days: many ties, broken by id.
                    due_at=now + timedelta(days=rng.randint(-5, 5)) if dated else None,
                    meeting_id=hidden.id if rng.random() < 0.2 else None,
                    status=rng.choice(list(ActionStatus)),
                    created_by=owners[0],
                    created_at=now,
                    updated_at=now - timedelta(days=rng.randint(0, 10)),
                )
            )
    filters: list[dict[str, object]] = [
        {"statuses": None},
        {"statuses": ACTIVE_STATUSES},
        {"statuses": ACTIVE_STATUSES, "owner_person_id": owners[1]},
        {"statuses": None, "owner_person_id": owners[2]},
        {"statuses": ACTIVE_STATUSES, "owner_body": "itu-D"},
        {"statuses": ACTIVE_STATUSES, "due_before": now},
        {"statuses": ACTIVE_STATUSES, "due_from": now, "due_before": now + timedelta(days=3)},
        {"statuses": {ActionStatus.DONE}, "updated_from": now - timedelta(days=4)},
        {"statuses": None, "hidden_meetings": {hidden.id}},
    ]
    with SqlUnitOfWork(engine) as uow:
        everything = uow.actions.find()
        for wanted in filters:
            options = {
                "owner_person_id": None,
                "owner_body": None,
                "due_from": None,
                "due_before": None,
                "hidden_meetings": (),
                **wanted,
            }

            def keep(a: Action, o: dict[str, object] = options) -> bool:
                statuses = o["statuses"]
                due_from, due_before, updated_from = (
                    o["due_from"],
                    o["due_before"],
                    o.get("updated_from"),
                )
                body = o["owner_body"]
                return (
                    (statuses is None or a.status in statuses)
                    and o["owner_person_id"] in (None, a.owner_person_id)
                    and (body is None or a.owner_body.lower() == str(body).lower())
                    and (due_from is None or (a.due_at is not None and a.due_at >= due_from))
                    and (due_before is None or (a.due_at is not None and a.due_at < due_before))
                    and (updated_from is None or a.updated_at >= updated_from)
                    and a.meeting_id not in o["hidden_meetings"]
                )

            expected = sorted(
                (a for a in everything if keep(a)),
                key=lambda a: (a.due_at is None, a.due_at or now, a.id),
            )
            for limit in (1, 7, 500):
                found, total = uow.actions.search(limit=limit, **options)
                assert total == len(expected), wanted
                assert [a.id for a in found] == [a.id for a in expected[:limit]], (wanted, limit)


# ---------------------------------------------------------------- exports


def _old_export(uow: UnitOfWork, application: Application, round_id: int, form: str) -> str:
    """The export as it was made before it was streamed: every answer loaded as an object."""
    translator = application.translator
    translate = translator.translate
    round_ = uow.rounds.get(round_id)
    assert round_ is not None
    questions = sorted(uow.questions.find(round_id=round_id), key=lambda q: q.position)
    latest: dict[tuple[int, int], Answer] = {}
    for answer in uow.answers.find(round_id=round_id):
        key = (answer.person_id, answer.question_id)
        if key not in latest or answer.version > latest[key].version:
            latest[key] = answer
    people = {p.id: p for p in uow.people.find_in("id", {pid for pid, _ in latest})}
    rows = [
        (q, people[pid], a)
        for q in questions
        for (pid, qid), a in sorted(latest.items(), key=lambda kv: kv[1].submitted_at)
        if qid == q.id
    ]
    if form == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        columns = ("question", "question-text", "respondent", "organisation", "country")
        columns += ("group", "submitted", "version", "answer")
        writer.writerow([translate("en", f"export-col-{c}") for c in columns])
        for q, p, a in rows:
            writer.writerow(
                [
                    f"Q{q.position}",
                    reports._cell(q.text),
                    reports._cell(p.display_name),
                    reports._cell(p.organisation),
                    reports._cell(p.country),
                    p.stakeholder_group,
                    a.submitted_at.isoformat(),
                    a.version,
                    reports._cell(a.text),
                ]
            )
        return out.getvalue()
    md = markdown_text
    respondents = {p.id: p for _, p, _ in rows}
    lines = [f"# {md(round_.title)}", ""]

    def text(line: Message) -> str:
        return translator.document([line], "en", round_.zone, md)[0]

    period = msg(
        "export-md-period",
        opens=When(round_.opens_at, round_.zone),
        closes=When(round_.closes_at, round_.zone),
    )
    lines.append(text(period))
    lines += ["", f"## {translate('en', 'export-md-summary')}", ""]
    lines.append(
        translate("en", "export-md-totals", inputs=len(rows), respondents=len(respondents))
    )
    lines.append("")
    for q in questions:
        lines.append(f"- Q{q.position}: {sum(1 for rq, _, _ in rows if rq.id == q.id)}")
    for label, key in (
        ("group", "stakeholder_group"),
        ("country", "country"),
        ("organisation", "organisation"),
    ):
        counter = Counter(
            text(reports._summary_name(label, getattr(p, key))) for p in respondents.values()
        )
        lines += ["", f"### {translate('en', f'export-md-by-{label}')}", ""]
        lines += [
            f"- {name}: {count}"
            for name, count in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    for q in questions:
        lines += ["", f"## Q{q.position}. {md(q.text)}", ""]
        for rq, p, a in rows:
            if rq.id != q.id:
                continue
            who = ", ".join(x for x in (p.display_name, p.organisation, p.country) if x)
            lines += [f"**{md(who)}** ({a.submitted_at:%Y-%m-%d %H:%M} UTC)", "", "> " + md(a.text)]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _file(application: Application, text: str) -> FileOut:
    items = application.assistant.handle(Incoming("console", "ana", "#wg", text))
    (file,) = [i.file for i in items if isinstance(i, Reply) and i.file is not None]
    return file


def _play_round(application: Application, clock: FakeClock) -> None:
    """A round with hostile and right-to-left text, empty profiles, versions, answers given at
    the same moment and with the clock set back, and a last question nobody answered."""
    say = application.assistant.handle

    def as_(user: str, text: str) -> None:
        items = say(Incoming("console", user, "#wg", text))
        assert not any(
            isinstance(i, Reply) and i.lines[0].id.startswith("error-") for i in items
        ), (user, text, items)

    as_("ana", 'consult new "Multilingual *Internet* <b>#1</b>" closes 31 January 2025')
    for question in ("What could ITU do?", "=Benefits | [challenges](x)?", "Anything else?"):
        as_("ana", f'consult question R1 "{question}"')
    profiles = {
        "lena": ("Internet Society, Geneva", "CH", "civil-society"),
        "omar": ("=HYPERLINK(1)", "", ""),
        "pat": ("University of Nairobi", "Kenya", "academia"),
        "رنا": ("جامعة القاهرة", "مصر", "academia"),
    }
    for user, (organisation, country, group) in profiles.items():
        if organisation:
            as_(user, f'assistant settings organisation "{organisation}"')
        if country:
            as_(user, f'assistant settings country "{country}"')
        if group:
            as_(user, f"assistant settings group {group}")
    clock.advance(timedelta(days=1))
    as_("lena", 'consult answer R1 Q1 "Universal acceptance of IDNs"')
    as_("omar", 'consult answer R1 Q1 "+1 to that; see [this](javascript:alert(1))"')
    as_("pat", 'consult answer R1 Q1 "-- Translate the toolkits --"')
    as_("رنا", 'consult answer R1 Q2 "دعم اللغة العربية في أسماء النطاقات"')
    clock.advance(timedelta(hours=2))
    as_("lena", 'consult answer R1 Q1 "Universal acceptance of IDNs, and of email addresses"')
    as_("lena", 'consult answer R1 Q2 "@channel costs `money` \\\\ and *time*"')
    clock.advance(timedelta(hours=-5))
    as_("zoë", 'consult answer R1 Q2 "Earlier than everyone, by the clock"')
    with application.assistant.unit_of_work() as uow:
        # What only a form can send: several lines and surrounding spaces.
        (zoe,) = uow.people.find(user_id="zoë")
        uow.answers.add(
            Answer(
                round_id=1,
                question_id=2,
                person_id=zoe.id or 0,
                text="  Second thoughts:\n\n- shorter\r\n- clearer\t ",
                version=2,
                submitted_at=clock.now(),
            )
        )


@pytest.mark.parametrize("form", ["csv", "md"])
def test_a_streamed_export_equals_the_old_one_byte_for_byte(
    database_url: str, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    clock = FakeClock(SEED_START)
    application = build(Settings(database_url=database_url, admins=frozenset({"ana"})), clock)
    try:
        _play_round(application, clock)
        with application.assistant.unit_of_work() as uow:
            old = _old_export(uow, application, 1, form)
        for batch in (1, 2, 500):  # pieces of every size join into the same text
            monkeypatch.setattr(reports, "_EXPORT_BATCH", batch)
            file = _file(application, f"consult export R1 {form}")
            assert callable(file.content)  # streamed, not built in the command
            assert file.text() == old
            assert len(list(file.chunks())) > (1 if batch < 500 else 0)
        if form == "md":
            assert "\\[this\\]\\(javascript:alert\\(1\\)\\)" in old  # escaped, as before
    finally:
        application.engine.dispose()


def test_a_streamed_export_reads_one_snapshot_and_holds_no_writer_up(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(SEED_START)
    application = build(Settings(database_url=database_url, admins=frozenset({"ana"})), clock)
    try:
        _play_round(application, clock)
        monkeypatch.setattr(reports, "_EXPORT_BATCH", 1)
        before = _file(application, "consult export R1 csv").text()
        pieces = _file(application, "consult export R1 csv").chunks()
        first = next(pieces)  # the export's transaction is open, its rows half read
        # Another command writes meanwhile: on SQLite it would wait for a write lock held by
        # the export (and give up after the busy timeout); it does not.
        items = application.assistant.handle(
            Incoming("console", "pat", "#wg", 'consult answer R1 Q3 "Written during the export"')
        )
        assert [i.lines[0].id for i in items if isinstance(i, Reply)] == ["answer-received"]
        assert first + "".join(pieces) == before  # the new answer is not in this file
        after = _file(application, "consult export R1 csv").text()
        assert "Written during the export" in after
    finally:
        application.engine.dispose()


def test_the_console_writes_an_export_piece_by_piece_with_progress_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(SEED_START)
    chat = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", clock, tmp_path)
    try:
        _play_round(chat.application, clock)
        monkeypatch.setattr(reports, "_EXPORT_BATCH", 1)
        chat.console.progress_seconds = 0  # every piece says how far the file is
        out = chat.say("/consult export R1 csv inputs.csv", as_user="ana")
        target = (tmp_path / "inputs.csv").resolve()
        progress = [line for line in out.splitlines() if line.startswith(f"Writing {target}")]
        assert len(progress) == 7  # the header, six answers, the rest
        assert out.splitlines()[-1] == "Exported 6 inputs of R1 as csv: inputs.csv"
        printed = chat.say("/consult export R1 csv", as_user="ana")
        written = target.read_bytes().decode("utf-8")
        assert printed.endswith(written.rstrip("\n") + "\n")
        assert not list(tmp_path.glob(".*.part"))
    finally:
        chat.application.engine.dispose()


def test_a_file_that_fails_halfway_leaves_nothing_behind(tmp_path: Path) -> None:
    chat = make_chat(f"sqlite:///{tmp_path / 'chat.db'}", FakeClock(SEED_START), tmp_path)

    def failing() -> Iterator[str]:
        yield "question,answer\r\n"
        raise RuntimeError("the database went away")

    try:
        with pytest.raises(RuntimeError, match="went away"):
            chat.console._save(FileOut("R1-inputs.csv", failing, "out/R1.csv"))
        assert not (tmp_path / "out" / "R1.csv").exists()
        assert list((tmp_path / "out").iterdir()) == []
    finally:
        chat.application.engine.dispose()
