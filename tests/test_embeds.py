"""The embeds filter in the pipeline: modes, safety, and running twice equals once."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleanfeed import Cleaner
from cleanfeed.filters import FILTERS
from cleanfeed.filters.embeds import _link_runs, drop_embeds, split_embeds
from cleanfeed.filters.embeds_data import TRAILING_LINKS
from cleanfeed.verify import SafetyError, check_stage

# Invented text in the shapes scrapes leave: a one-line article with posts glued in, and a
# paragraphed one with a post line, a signature line and a post whose signature was lost.
ONE_LINE = (
    "He tried again:Nobody is above the law! pic.twitter.com/AbC1  Sam Lee (@samlee) May 29, 2017"
    "@samlee Wrong again.  Ann Bell (@annbell) May 29, 20175 people came anyway.Featured image via screengrab"
)
PARAGRAPHS = (
    "It rained all day.\n\nWet again #rain https://t.co/XyZ9\n\n— \nJane Doe (@janedoe) October 1, 2017"
    "The mayor spoke.\n\nStay safe #city pic.twitter.com/AbC1\n\nA post shared by Corner Bakery (@cornerbakery) "
    "on Oct 12, 2017 at 3:56pm PDTThe bakery closed.\n"
)


@pytest.mark.parametrize("mode", ["split", "drop"])
@pytest.mark.parametrize("text", [ONE_LINE, PARAGRAPHS])
def test_twice_equals_once(mode: str, text: str) -> None:
    cleaner = Cleaner(embeds=mode)
    once = cleaner(text)
    assert once != text
    assert cleaner(once) == once


def test_split_only_inserts_line_breaks() -> None:
    result = Cleaner(only="embeds").explain(ONE_LINE)
    assert [(e.removed, e.inserted) for e in result.edits] == [("", "\n"), ("", "\n")]


def test_drop_leaves_no_signature_or_link() -> None:
    for text in (ONE_LINE, PARAGRAPHS):
        dropped = drop_embeds(text)
        assert "(@" not in dropped and "pic.twitter.com" not in dropped and "t.co/" not in dropped


def test_drop_keeps_the_story() -> None:
    dropped = Cleaner(only="embeds", embeds="drop")(PARAGRAPHS)
    assert dropped == "It rained all day.\n\nThe mayor spoke.\n\nThe bakery closed.\n"


def test_keep_and_skip_change_nothing() -> None:
    assert Cleaner(only="embeds", embeds="keep")(ONE_LINE) == ONE_LINE
    assert Cleaner(skip="embeds").explain(ONE_LINE).edits == Cleaner(embeds="keep").explain(ONE_LINE).edits


def test_mode_is_checked_and_kept_through_pickling() -> None:
    with pytest.raises(ValueError, match="embeds must be one of split, drop, keep"):
        Cleaner(embeds="sideways")
    assert pickle.loads(pickle.dumps(Cleaner(embeds="drop"))).mode("embeds") == "drop"


def test_safety_check_allows_deletion_only_in_drop_mode() -> None:
    before = "Hi.  A B (@ab) May 1, 2017Next."
    span = (3, 26, "\n")
    embeds = next(f for f in FILTERS if f.name == "embeds")
    check_stage("embeds", embeds.kind("drop"), before, "Hi.\nNext.", [span])
    with pytest.raises(SafetyError):
        check_stage("embeds", embeds.kind("split"), before, "Hi.\nNext.", [span])


def test_split_helper() -> None:
    assert split_embeds("— A B (@ab) May 1, 2017Next.") == "— A B (@ab) May 1, 2017\nNext."


# Links, the schemes and letters before them, and what may follow a run of them.
_LINK_PIECES = st.sampled_from(
    ["pic.twitter.com/AbC", "t.co/XyZ9", "https://", "http://", "h", "p", "t", "word", "2017", " ", "\xa0", "\t",
     "\n", "\r\n", "#rain", "/", "A" * 31]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINK_PIECES, max_size=30).map("".join))
@example("Wet https://t.co/XyZ9 pic.twitter.com/AbC\nDry")  # a run led by a scheme
@example("t.co/A t.co/B t.co/C t.co/D t.co/E t.co/F t.co/G")  # a run longer than a match
def test_link_runs_are_found_where_the_pattern_finds_them(text: str) -> None:
    assert [m.span() for m in _link_runs(text)] == [m.span() for m in TRAILING_LINKS.finditer(text)]
