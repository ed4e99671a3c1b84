"""Help in each language: placeholders (TITLE, WHEN, ZONE, #channel, …) translated, the command
words fixed, so that what a reader copies from the help works."""

from __future__ import annotations

import re

import pytest
from fluent.syntax import ast as fl

from tests.conftest import Chat
from tests.test_locales import ENGLISH, LOCALES, UN_LANGUAGES, load_locale

# The English placeholder names no other language may show.
ENGLISH_PLACEHOLDERS = {
    "TITLE", "WHEN", "ZONE", "TEXT", "PATH", "PLACE", "BODY", "LANG", "COMMAND", "GROUP",
    "#channel", "@user",
}  # fmt: skip
# Messages that show a usage with placeholders besides the help-<group>-<verb> lines, and the
# command words they must keep.
USAGE_ERRORS = {
    "error-missing-closes": ["closes"],
    "error-missing-at": ["at"],
    "error-channel-key": ["language", "members-only", "on", "off"],
}


def _text(entry_node: fl.Message | fl.Term) -> str:
    assert entry_node.value is not None
    return "".join(
        e.value if isinstance(e, fl.TextElement) else "{}" for e in entry_node.value.elements
    )


def usages(locale: str) -> dict[str, str]:
    """Each help usage line (without its description) and each usage error, by id."""
    entries = load_locale(LOCALES / locale)
    found = {}
    for name, entry in entries.items():
        if name.startswith("help-") and not name.endswith("-example") and name.count("-") == 2:
            text = _text(entry.node)
            if text.startswith("{}"):
                found[name] = text.split(" — ")[0]
        elif name in USAGE_ERRORS:
            found[name] = _text(entry.node)
    return found


def command_words(usage: str) -> list[str]:
    """The fixed words of a usage: commands, keywords, option values and ids, in order (a
    quoted value, such as the schedule "mon 09:00", is an example and may be translated)."""
    usage = re.sub(r'"[^"]*"', " ", usage)
    tokens = re.split(r"(?:\{\}|[\s\[\]|\"“”«»「」.,:;。：（）()])+", usage)
    return [t for t in tokens if re.fullmatch(r"[a-z][a-z0-9-]*|[RQMA]1|\d+[dh](?:,\d+[dh])*", t)]


ENGLISH_USAGES = usages("en")


def test_the_usage_scan_sees_every_command() -> None:
    assert len(ENGLISH_USAGES) >= 30
    assert command_words(ENGLISH_USAGES["help-consult-new"]) == [
        "consult", "new", "closes", "opens", "zone", "members-only", "per-organisation",
    ]  # fmt: skip


@pytest.mark.parametrize("locale", [lang for lang in UN_LANGUAGES if lang != "en"])
def test_placeholders_are_translated_and_command_words_kept(locale: str) -> None:
    translated = usages(locale)
    assert set(translated) == set(ENGLISH_USAGES)
    for name, usage in translated.items():
        words = command_words(usage)
        if name in USAGE_ERRORS:
            words = [w for w in words if w in USAGE_ERRORS[name]]
            assert words == USAGE_ERRORS[name], (name, usage)
        else:
            assert words == command_words(ENGLISH_USAGES[name]), (name, usage)
        left = [p for p in ENGLISH_PLACEHOLDERS if re.search(rf"(?<![\w-]){p}(?![\w-])", usage)]
        assert left == [], (name, usage)


def test_english_keeps_its_placeholders() -> None:
    assert '"TITLE" closes WHEN [opens WHEN] [zone ZONE]' in ENGLISH_USAGES["help-consult-new"]
    assert "help-consult-new" in ENGLISH


HELP_CONSULT_NEW = {
    "en": '/consult new "TITLE" closes WHEN [opens WHEN] [zone ZONE] [members-only] '
    "[per-organisation] — create a "
    "consultation round (secretariat).",
    "fr": '/consult new "TITRE" closes QUAND [opens QUAND] [zone FUSEAU] [members-only] '
    "[per-organisation] — créer "
    "une consultation (secrétariat).",
    "es": '/consult new "TÍTULO" closes CUÁNDO [opens CUÁNDO] [zone ZONA] [members-only] '
    "[per-organisation] — ",
    "ru": '/consult new "НАЗВАНИЕ" closes КОГДА [opens КОГДА] [zone ПОЯС] [members-only] '
    "[per-organisation] — "
    "создать консультацию (секретариат).",
    "ar": '/consult new "العنوان" closes الموعد [opens الموعد] [zone المنطقة] [members-only] '
    "[per-organisation] — ",
    "zh": '/consult new "标题" closes 时间 [opens 时间] [zone 时区] [members-only] '
    "[per-organisation] — "
    "创建磋商（秘书处）。",
}


@pytest.mark.parametrize("locale", UN_LANGUAGES)
def test_help_for_a_command_in_each_language(chat: Chat, locale: str) -> None:
    chat.say(f"/assistant settings language {locale}", as_user="ana", channel="#wg")
    out = chat.say("/assistant help consult new").replace("\u2068", "").replace("\u2069", "")
    usage, example, end = out.split("\n")
    assert usage.startswith(HELP_CONSULT_NEW[locale])
    assert "/consult new" in example
    assert end == ""


def test_french_help_and_refusal_as_a_french_reader_sees_them(chat: Chat) -> None:
    chat.say("/assistant settings language fr", as_user="ana", channel="#wg")
    assert chat.say("/assistant help digest schedule") == (
        '/digest schedule "lun 09:00" [zone FUSEAU] [#canal] — publier un récapitulatif selon '
        "un calendrier (secrétariat).\n"
        'Exemple\xa0: /digest schedule "lun 09:00" zone Europe/Zurich #cwg-internet\n'
    )
    assert chat.say('/consult new "Titre"') == (
        "Indiquez la date de clôture de la consultation\xa0: closes QUAND.\n"
    )
    # The example the help gives works as it is written.
    out = chat.say('/digest schedule "lun 09:00" zone Europe/Zurich #cwg-internet')
    assert out.startswith("Récapitulatif pour #cwg-internet programmé\xa0: chaque lundi à 09:00")
