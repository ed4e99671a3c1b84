"""`/consult report R1 md|docx [LANG] [PATH]` as a conversation through the console, on the
seed's multilingualization round (item 7.3.1 of CWG-Internet's twentieth meeting): the
Markdown checked whole, the DOCX opened back with python-docx, in English, French and Arabic.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument

from assistant import commands as c
from assistant.messages import UserError
from assistant.services import documents, report
from tests.conftest import Chat
from tests.support import as_role, grant, table_rows

TITLE = "The role of public policy in promoting multilingualization of the Internet"
Q1 = (
    "What could ITU and its members and other stakeholders do to ensure that the Internet "
    "becomes more multilingual in nature and thus accessible for more of the global population?"
)
Q2 = (
    "What are the benefits and challenges of multilingualization of the Internet, including "
    "through universal acceptance of Internationalized Domain Names (IDNs), or the lack "
    "thereof, in terms of technical, economic, security, cultural and capacity-building?"
)
CHANNEL = "#cwg-internet"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _person(chat: Chat, user: str, organisation: str, country: str, group: str) -> None:
    chat.say("hello", as_user=user, channel=CHANNEL)  # in the round's channel: invited
    if organisation:
        chat.say(f'/assistant settings organisation "{organisation}"', as_user=user)
    if country:
        chat.say(f"/assistant settings country {country}", as_user=user)
    if group:
        chat.say(f"/assistant settings group {group}", as_user=user)


def answered_round(chat: Chat) -> None:
    """R1 with the seed's two questions, announced in #cwg-internet; five people invited
    (two governments, civil society, academia, one person of no organisation), four answer."""
    chat.say("/assistant settings tz Europe/Zurich", as_user="ana", channel=CHANNEL)
    out = chat.say(
        f'/consult new "{TITLE}" closes 31 January 2025 18:00 zone Geneva', as_user="ana"
    )
    assert "Created R1" in out
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    chat.say(f'/consult question R1 "{Q2}"', as_user="ana")
    chat.say(f"/consult announce R1 {CHANNEL}", as_user="ana")
    _person(chat, "lena", "Internet Society", "DE", "civil-society")
    _person(chat, "omar", "Ministry of Communications", "SA", "government")
    _person(chat, "li", "CAICT", "CN", "academia")
    _person(chat, "pierre", "ARCEP", "FR", "government")
    _person(chat, "maria", "", "", "")
    chat.say('/consult answer R1 Q1 "Fund IDN programmes."', as_user="lena")
    chat.say('/consult answer R1 Q2 "Benefits | challenges: **UA** <b>"', as_user="lena")
    chat.say("/clock +2d", as_user="ana")
    chat.say('/consult answer R1 Q1 "Fund IDN and EAI programmes."', as_user="lena")
    chat.say('/consult answer R1 Q1 "Arabic domain names.\nLocal content."', as_user="omar")
    chat.say("/clock +30d", as_user="ana")
    chat.say('/consult answer R1 Q2 "Capacity building."', as_user="li")
    chat.say('/consult answer R1 Q1 "Translate the ITU website."', as_user="maria")


ESCAPED_Q2 = Q2.replace("(", "\\(").replace(")", "\\)")

REPORT_EN = f"""# {TITLE}

Consultation period: Oct 4, 2024, 10:00 to Jan 31, 2025, 18:00 (Europe/Zurich).

## Questions

- Q1. {Q1} (3 inputs)
- Q2. {ESCAPED_Q2} (2 inputs)

## Contributions

4 contributions (5 answers) from 5 people invited: a response rate of 80%.

### By stakeholder group

| Stakeholder group | Contributions | Invited | Response rate |
| --- | ---: | ---: | ---: |
| Government | 1 | 2 | 50% |
| Academia | 1 | 1 | 100% |
| Civil society | 1 | 1 | 100% |
| Not stated | 1 | 1 | 100% |
| Total | 4 | 5 | 80% |

### By country

| Country | Contributions | Invited | Response rate |
| --- | ---: | ---: | ---: |
| China | 1 | 1 | 100% |
| Germany | 1 | 1 | 100% |
| Saudi Arabia | 1 | 1 | 100% |
| France | 0 | 1 | 0% |
| Not stated | 1 | 1 | 100% |
| Total | 4 | 5 | 80% |

## Contributing organisations

- CAICT
- Internet Society
- Ministry of Communications

1 contribution from a person without an organisation.

## Annex: inputs by question

### Q1. {Q1}

**Internet Society (Germany), Oct 6, 2024**

> Fund IDN and EAI programmes.

**Ministry of Communications (Saudi Arabia), Oct 6, 2024**

> Arabic domain names.
> Local content.

**maria, Nov 5, 2024**

> Translate the ITU website.

### Q2. {ESCAPED_Q2}

**Internet Society (Germany), Oct 4, 2024**

> Benefits \\| challenges: \\*\\*UA\\*\\* \\<b\\>

**CAICT (China), Nov 5, 2024**

> Capacity building.
"""


def test_report_md_is_whole_and_ready_to_paste(chat: Chat, tmp_path: Path) -> None:
    answered_round(chat)
    out = chat.say("/consult report R1 md reports/R1.md", as_user="ana")
    assert out == "The report on R1 as md in en: reports/R1.md\n"
    assert (tmp_path / "reports" / "R1.md").read_text("utf-8") == REPORT_EN


def test_report_md_without_path_is_printed_and_the_chair_may_ask(chat: Chat) -> None:
    answered_round(chat)
    # Elsewhere than in the round's channel, so that the chair is not one of those invited.
    chat.say("hello", as_user="wojciech", channel="#bureau")
    grant(chat, "wojciech", "chair")
    out = chat.say("/consult report R1 md", as_user="wojciech")
    assert out == "The report on R1 as md in en: R1-report-en.md\n" + REPORT_EN


def test_report_in_french_asked_by_an_english_speaker(chat: Chat, tmp_path: Path) -> None:
    answered_round(chat)
    out = chat.say("/consult report R1 md fr rapport.md", as_user="ana")
    assert out == "The report on R1 as md in fr: rapport.md\n"  # the reply in the asker's
    text = (tmp_path / "rapport.md").read_text("utf-8")
    assert text.startswith(
        f"# {TITLE}\n\n"
        "Période de consultation : du 4 oct. 2024, 10:00 au 31 janv. 2025, 18:00 "
        "(Europe/Zurich).\n\n## Questions\n\n"
    )
    assert (
        "4 contributions (5 réponses) sur 5 personnes invitées : un taux de réponse de 80\u00a0%."
    ) in text
    assert "| Groupe de parties prenantes | Contributions | Invités | Taux de réponse |" in text
    assert "| Gouvernement | 1 | 2 | 50\u00a0% |" in text
    assert "| Non indiqué | 1 | 1 | 100\u00a0% |" in text
    assert "## Annexe : contributions par question" in text
    assert "**Ministry of Communications (Arabie saoudite), 6 oct. 2024**" in text
    assert "**maria, 5 nov. 2024**" in text


def _open(path: Path) -> DocxDocument:
    return docx.Document(str(path))


def _cells(document: DocxDocument) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]


def test_report_docx_has_its_sections_numbers_and_annex(chat: Chat, tmp_path: Path) -> None:
    answered_round(chat)
    out = chat.say("/consult report R1 docx R1.docx", as_user="ana")
    assert out == "The report on R1 as docx in en: R1.docx\n"
    document = _open(tmp_path / "R1.docx")
    assert document.core_properties.title == TITLE
    assert document.core_properties.language == "en"
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith(("Title", "Heading"))
    ]
    assert headings == [
        ("Title", TITLE),
        ("Heading 1", "Questions"),
        ("Heading 1", "Contributions"),
        ("Heading 2", "By stakeholder group"),
        ("Heading 2", "By country"),
        ("Heading 1", "Contributing organisations"),
        ("Heading 1", "Annex: inputs by question"),
        ("Heading 2", f"Q1. {Q1}"),
        ("Heading 2", f"Q2. {Q2}"),
    ]
    texts = [p.text for p in document.paragraphs]
    assert (
        "Consultation period: Oct 4, 2024, 10:00 to Jan 31, 2025, 18:00 (Europe/Zurich)." in texts
    )
    assert "4 contributions (5 answers) from 5 people invited: a response rate of 80%." in texts
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == [
        f"Q1. {Q1} (3 inputs)",
        f"Q2. {Q2} (2 inputs)",
        "CAICT",
        "Internet Society",
        "Ministry of Communications",
    ]
    assert _cells(document) == [
        [
            ["Stakeholder group", "Contributions", "Invited", "Response rate"],
            ["Government", "1", "2", "50%"],
            ["Academia", "1", "1", "100%"],
            ["Civil society", "1", "1", "100%"],
            ["Not stated", "1", "1", "100%"],
            ["Total", "4", "5", "80%"],
        ],
        [
            ["Country", "Contributions", "Invited", "Response rate"],
            ["China", "1", "1", "100%"],
            ["Germany", "1", "1", "100%"],
            ["Saudi Arabia", "1", "1", "100%"],
            ["France", "0", "1", "0%"],
            ["Not stated", "1", "1", "100%"],
            ["Total", "4", "5", "80%"],
        ],
    ]
    annex = texts[texts.index("Annex: inputs by question") :]
    # Typed text is kept as typed: no Markdown escapes in a Word document.
    assert annex == [
        "Annex: inputs by question",
        f"Q1. {Q1}",
        "Internet Society (Germany), Oct 6, 2024",
        "Fund IDN and EAI programmes.",
        "Ministry of Communications (Saudi Arabia), Oct 6, 2024",
        "Arabic domain names.\nLocal content.",
        "maria, Nov 5, 2024",
        "Translate the ITU website.",
        f"Q2. {Q2}",
        "Internet Society (Germany), Oct 4, 2024",
        "Benefits | challenges: **UA** <b>",
        "CAICT (China), Nov 5, 2024",
        "Capacity building.",
    ]
    quotes = [p.text for p in document.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 5
    # Two charts, after the totals and after the group table: contributions over time against
    # the deadline, and contributions beside those invited by group.
    assert len(document.inline_shapes) == 2
    pictures = [i for i, p in enumerate(document.paragraphs) if p._p.xpath(".//pic:pic")]
    assert [texts[i - 1] for i in pictures] == [
        "4 contributions (5 answers) from 5 people invited: a response rate of 80%.",
        "By stakeholder group",
    ]
    # Who gave an input stands out; the numbers of a table read from the right.
    (by,) = [p for p in document.paragraphs if p.text == "maria, Nov 5, 2024"]
    assert all(run.bold for run in by.runs)
    number = document.tables[0].cell(1, 1).paragraphs[0]
    assert number.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    # Left to right: no paragraph or run is marked right to left.
    assert document.element.body.findall(f".//{W}bidi") == []
    assert document.element.body.findall(f".//{W}rtl") == []


def test_report_docx_in_arabic_is_right_to_left(chat: Chat, tmp_path: Path) -> None:
    answered_round(chat)
    chat.say("/consult report R1 docx ar R1-ar.docx", as_user="ana")
    document = _open(tmp_path / "R1-ar.docx")
    assert document.core_properties.language == "ar"
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings == ["الأسئلة", "المساهمات", "المنظمات المساهمة", "ملحق: الإجابات حسب السؤال"]
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs += cell.paragraphs
    for paragraph in paragraphs:
        properties = paragraph._p.pPr
        assert properties is not None, paragraph.text
        assert properties.find(f"{W}bidi") is not None, paragraph.text
        for run in paragraph.runs:
            assert run.font.rtl, run.text
    for table in document.tables:
        assert table._tbl.tblPr.find(f"{W}bidiVisual") is not None
    assert _cells(document)[0][0] == [
        "فئة أصحاب المصلحة",
        "المساهمات",
        "المدعوون",
        "نسبة الاستجابة",
    ]
    assert _cells(document)[0][-1] == ["المجموع", "4", "5", "80%"]
    texts = [p.text for p in document.paragraphs]
    # Names and dates typed left to right are isolated inside the Arabic sentence.
    assert "\u2068maria\u2069، \u20685 نوفمبر 2024\u2069" in texts


def test_a_docx_without_a_path_is_saved_under_its_name_not_printed(
    chat: Chat, tmp_path: Path
) -> None:
    answered_round(chat)
    out = chat.say("/consult report R1 docx", as_user="ana")
    assert out == "The report on R1 as docx in en: R1-report-en.docx\n"
    document = _open(tmp_path / "R1-report-en.docx")
    assert document.paragraphs[0].text == TITLE


def test_the_report_is_in_the_askers_language_by_default(chat: Chat, tmp_path: Path) -> None:
    answered_round(chat)
    chat.say("/assistant settings language zh", as_user="ana")
    out = chat.say("/consult report R1 md", as_user="ana")
    assert out.startswith("R1 的报告（md，语言 zh）：R1-report-zh.md\n")
    assert "磋商期：2024年10月4日 10:00 至 2025年1月31日 18:00（Europe/Zurich）。" in out
    assert "| 合计 | 4 | 5 | 80% |" in out


REFUSALS = [
    ("ana", "/consult report R1 pdf x.pdf", "Say md or docx.\n"),
    ("ana", "/consult report R1", "Say md or docx.\n"),
    (
        "ana",
        "/consult report R1 md de x.md",
        "“de” is not a language of the report; choose one of: en, fr, es, ru, ar, zh.\n",
    ),
    ("ana", "/consult report R9 md x.md", "There is no round R9.\n"),
    ("ana", "/consult report R1 md fr x.md y.md", "I did not understand “y.md”"),
    ("lena", "/consult report R1 md x.md", "Sorry, your role (stakeholder) does not allow that."),
    ("pierre", "/consult report R1 docx x.docx", "Sorry, your role (member) does not allow that."),
]


@pytest.mark.parametrize(("user", "line", "reply"), REFUSALS)
def test_refusals_change_nothing_and_write_no_file(
    chat: Chat, tmp_path: Path, user: str, line: str, reply: str
) -> None:
    answered_round(chat)
    as_role(chat, "pierre", "member")
    before = table_rows(chat.application.engine)
    files = sorted(tmp_path.rglob("*"))
    out = chat.say(line, as_user=user, channel=CHANNEL)  # where all of them are known
    assert out.startswith(reply)
    assert table_rows(chat.application.engine) == before
    assert sorted(tmp_path.rglob("*")) == files


def test_a_members_only_round_does_not_exist_for_a_stakeholder(chat: Chat) -> None:
    chat.say('/consult new "Members only" closes 31 January 2025 members-only', as_user="ana")
    out = chat.say("/consult report R1 md", as_user="lena")
    assert out.startswith("Sorry, your role (stakeholder) does not allow that.")
    assert "Members only" not in out


def test_an_unanswered_round_reports_no_contributions(chat: Chat) -> None:
    chat.say(f'/consult new "{TITLE}" closes 31 January 2025 18:00 zone AoE', as_user="ana")
    chat.say(f'/consult question R1 "{Q1}"', as_user="ana")
    out = chat.say("/consult report R1 md", as_user="ana")
    # Opened now, 08:00 UTC: the evening before "anywhere on Earth" (UTC−12).
    assert "Consultation period: Oct 3, 2024, 20:00 to Jan 31, 2025, 18:00 (AoE)." in out
    assert f"- Q1. {Q1} (no inputs)" in out
    assert "No contributions were received from no one invited: a response rate of 0%." in out
    assert "No contributions from people without an organisation." in out
    assert out.endswith(f"### Q1. {Q1}\n\nNo inputs.\n")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("R1 md", c.ReportRound(1, "md", None, None)),
        ("R1 DOCX fr", c.ReportRound(1, "docx", "fr", None)),
        ("R1 md report.md", c.ReportRound(1, "md", None, "report.md")),
        ("R1 md AR out/r.md", c.ReportRound(1, "md", "ar", "out/r.md")),
        ("R2 md de", c.ReportRound(2, "md", "de", None)),  # refused by the service
    ],
)
def test_the_report_command_reads_format_language_and_path(
    words: str, expected: c.ReportRound
) -> None:
    assert c.parse_report(c.tokenize(words)) == expected


def test_the_report_command_needs_a_format() -> None:
    with pytest.raises(UserError) as error:
        c.parse_report(c.tokenize("R1 html"))
    assert error.value.message.id == "error-report-format"


def test_docx_bytes_open_back(chat: Chat) -> None:
    """The bytes handed to an adapter are a whole DOCX file (what Slack and Matrix upload)."""
    answered_round(chat)
    with chat.assistant.unit_of_work() as uow:
        round_ = uow.rounds.get(1)
        assert round_ is not None
        blocks = report.report_blocks(uow, round_)
        data = documents.docx(chat.application.translator, blocks, "ru", round_.title)
    document = docx.Document(io.BytesIO(data))
    assert next(p.text for p in document.paragraphs if p.style.name == "Heading 1") == "Вопросы"
    assert "4 вклада (5 ответов) при 5 приглашённых: доля ответивших 80\u00a0%." in [
        p.text for p in document.paragraphs
    ]
