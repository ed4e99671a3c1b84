"""Countries as ISO 3166-1 alpha-2 codes, read from a code or a CLDR name in any UN language."""

from __future__ import annotations

import unicodedata
from functools import cache

from babel import Locale

# The languages whose CLDR country names are understood when typed (the six UN languages).
NAME_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# CLDR territories with two letters that are not ISO 3166-1 countries: reserved codes
# (Ascension, Clipperton, Diego Garcia, Ceuta and Melilla, Canary Islands, Tristan da Cunha),
# groupings (EU, eurozone, UN, outlying Oceania), pseudo-locales, Kosovo's user-assigned code
# and "unknown region".
_NOT_ISO = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)


def _fold(text: str) -> str:
    """Case, accents and spacing do not matter when a name is typed ("cote d'ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("’", "'").split())


@cache
def country_codes() -> frozenset[str]:
    codes = (str(code) for code in Locale.parse("en").territories)
    return frozenset(
        code for code in codes if len(code) == 2 and code.isalpha() and code not in _NOT_ISO
    )


@cache
def _by_name() -> dict[str, str]:
    codes = country_codes()
    names: dict[str, str] = {}
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if str(code) in codes:
                names.setdefault(_fold(str(name)), str(code))
    return names


def country_code(text: str) -> str | None:
    """The ISO code for "de", "DE", "Germany", "Allemagne" or "Германия"; None if unknown."""
    typed = text.strip()
    if typed.upper() in country_codes():
        return typed.upper()
    return _by_name().get(_fold(typed))


def country_name(code: str, language: str) -> str:
    """The country's CLDR name in `language` ("Allemagne" for DE in French); the code itself
    for a value that is not a known code."""
    try:
        return str(Locale.parse(language).territories.get(code, code))
    except (ValueError, TypeError):
        return code
