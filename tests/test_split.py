"""Splitting long text for a platform: pieces fit, join back to the text, and break nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.split import split_text

ATOMS = re.compile(r"<[^<>\n]*>|&[a-z]+;")
# Letters, spaces, line ends, escapes, tokens, combining marks and emoji sequences.
PARTS = st.sampled_from(
    [
        *("word", " ", "\n", "&amp;", "&lt;", "<@U12345>", "<!date^1^{time}|10:00>"),
        *("é", "e\u0301", "👩\u200d💻", "中文", "قرار", "\u2068x\u2069"),
    ]
)


def _inside_an_atom(text: str, cut: int) -> bool:
    return any(m.start() < cut < m.end() for m in ATOMS.finditer(text))


@given(st.lists(PARTS, max_size=400), st.integers(min_value=30, max_value=300))
def test_pieces_fit_join_back_and_never_split_an_atom(parts: list[str], size: int) -> None:
    text = "".join(parts)
    pieces = split_text(text, lambda piece: len(piece) <= size, size, ATOMS)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= size for piece in pieces)
    cut = 0
    for piece in pieces[:-1]:
        cut += len(piece)
        assert not _inside_an_atom(text, cut)
        assert text[cut] not in "\u0301\u200d"  # a letter keeps its accent, an emoji its parts
        assert text[cut - 1] != "\u200d"


def test_a_piece_ends_at_a_line_end_or_a_space_when_one_is_near() -> None:
    text = "alpha beta\ngamma delta epsilon zeta"
    assert split_text(text, lambda piece: len(piece) <= 16, 16) == [
        "alpha beta\n",
        "gamma delta ",
        "epsilon zeta",
    ]
    # A small lookback fills pieces and gives up the line end that lies too far back.
    assert split_text(text, lambda piece: len(piece) <= 16, 16, lookback=0.1) == [
        "alpha beta\ngamma",
        " delta epsilon ",
        "zeta",
    ]


def test_a_measure_in_bytes_is_respected() -> None:
    text = "中" * 10_000
    pieces = split_text(text, lambda piece: len(piece.encode()) <= 3_000, 3_000)
    assert [len(piece) for piece in pieces] == [1_000] * 10


def test_nothing_fits() -> None:
    with pytest.raises(ValueError, match="not even one character"):
        split_text("abc", lambda piece: False, 3)
