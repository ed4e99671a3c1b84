"""The report's charts in each of the six languages: every label's glyphs present (a missing
glyph makes matplotlib warn, and a warning fails here), dates written in the language."""

from __future__ import annotations

import io
import warnings
from datetime import UTC, datetime, timedelta

import pytest
from matplotlib import ft2font
from matplotlib.figure import Figure
from PIL import Image

from assistant.domain.model import StakeholderGroup
from assistant.runtime.i18n import FluentTranslator
from assistant.services import charts

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
TRANSLATOR = FluentTranslator()
OPENS = datetime(2024, 10, 4, 8, 0, tzinfo=UTC)
CLOSES = datetime(2025, 1, 31, 17, 0, tzinfo=UTC)


def _label(language: str, message_id: str, **args: str) -> str:
    return TRANSLATOR.translate(language, message_id, **args)


def _png(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(data)) as image:
        return image.size


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_charts_render_every_glyph_in_each_language(language: str) -> None:
    groups = [*(g.value for g in StakeholderGroup), "none"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s) …" fails the test
        over_time = charts.over_time(
            charts.OverTime(
                title=_label(language, "chart-over-time"),
                axis=_label(language, "report-col-contributions"),
                deadline=_label(language, "chart-deadline"),
                opens=OPENS,
                closes=CLOSES,
                zone="Europe/Zurich",
                firsts=[OPENS + timedelta(days=d) for d in (2, 2, 30, 31, 90)],
            ),
            language,
        )
        by_group = charts.by_group(
            charts.ByGroup(
                title=_label(language, "report-by-group"),
                contributed=_label(language, "report-col-contributions"),
                invited=_label(language, "report-col-invited"),
                groups=[
                    (_label(language, "report-group", group=g), n % 3, 3)
                    for n, g in enumerate(groups)
                ],
            ),
            language,
        )
    assert _png(over_time) == (840, 432)
    assert _png(by_group) == (840, 432)


def test_the_glyph_check_can_fail() -> None:
    """Chinese in DejaVu Sans alone (the only font matplotlib ships) has no glyphs: the warning
    the test above turns into a failure."""
    figure = Figure()
    figure.add_subplot().set_title("提交", fontfamily=["DejaVu Sans"])
    with pytest.warns(UserWarning, match="missing from font"):
        figure.savefig(io.BytesIO(), format="png")


def test_text_is_laid_out_by_libraqm() -> None:
    """Arabic letters are joined and right to left only through libraqm (HarfBuzz, bidi),
    which matplotlib has bundled since 3.11."""
    assert ft2font.__libraqm_version__
