"""The pipeline: filter selection, change records, blocks, and the Cleaner object."""

from __future__ import annotations

import pickle
import re

import pytest

from cleanfeed import Cleaner, clean, explain
from cleanfeed.edits import PositionMap, Span, apply_spans, normalize_spans
from cleanfeed.filters import FILTER_NAMES, FILTERS, select
from cleanfeed.filters.base import Filter
from cleanfeed.pipeline import BLOCK_LIMIT, BLOCK_TARGET, iter_blocks
from cleanfeed.verify import UnstableError


def test_select_keeps_pipeline_order_and_rejects_unknown_names():
    assert [f.name for f in select()] == list(FILTER_NAMES)
    assert [f.name for f in select(only="encoding")] == ["encoding"]
    assert [f.name for f in select(skip=["encoding"])] == [n for n in FILTER_NAMES if n != "encoding"]
    with pytest.raises(ValueError, match="valid filters: encoding"):
        select(only="nonsense")


def test_a_filter_off_by_default_runs_only_when_enabled_or_named():
    off = Filter("shout", "upper-case ok", lambda text: [], default=False)
    table = (*FILTERS, off)
    assert [f.name for f in select(available=table)] == list(FILTER_NAMES)
    assert [f.name for f in select(enable="shout", available=table)] == [*FILTER_NAMES, "shout"]
    assert [f.name for f in select(only="shout", available=table)] == ["shout"]
    assert [f.name for f in select(enable="shout", skip="shout", available=table)] == list(FILTER_NAMES)


def test_a_choice_that_runs_nothing_is_an_error():
    with pytest.raises(ValueError, match="no filter left to run"):
        select(only="credits", skip="credits")


def test_modes_are_keywords_named_after_their_filter():
    assert Cleaner(subheads="drop").mode("subheads") == "drop"
    assert Cleaner().mode("subheads") == "split"
    with pytest.raises(ValueError, match="split, drop, keep"):
        Cleaner(subheads="sideways")
    with pytest.raises(TypeError, match="unknown option 'sentences'"):
        Cleaner(sentences="drop")


def test_a_filter_gets_its_mode_and_only_the_context_it_declares():
    seen = []
    moody = Filter("moody", "records what it is given", lambda text, **given: seen.append(given) or [], ("a", "b"))
    moody("x")
    moody("x", mode="b", at_start=False)
    assert seen == [{"mode": "a"}, {"mode": "b"}]
    with pytest.raises(ValueError, match="moody must be one of a, b, not 'c'"):
        moody("x", mode="c")


def test_a_cleaner_is_immutable():
    with pytest.raises(AttributeError, match="immutable"):
        Cleaner().verify = False  # type: ignore[misc]


def test_clean_matches_cleaner_and_explain():
    text = "ZÃ¼rich &amp; Geneva.\n"
    assert clean(text) == Cleaner()(text) == explain(text).text == "Zürich & Geneva.\n"


def test_edit_records_point_into_the_original():
    text = "x\nThe ministerâ€™s plan &amp; more\n"
    result = explain(text, only=["encoding"])
    assert [(e.filter, e.removed, e.inserted) for e in result.edits] == [
        ("encoding", "ministerâ€™s", "minister’s"),
        ("encoding", "&amp;", "&"),
    ]
    for edit in result.edits:
        assert text[edit.start : edit.end] == edit.removed


def test_cleaner_pickles():
    cleaner = Cleaner(skip=("encoding",), subheads="keep")
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy == cleaner
    assert copy.filter_names == cleaner.filter_names


def test_apply_spans_and_position_map():
    text = "abcdef"
    spans = normalize_spans([Span(4, 4, "XY"), Span(1, 3, "")], len(text), "t")
    assert apply_spans(text, spans) == "adXYef"
    back = PositionMap(spans)
    assert [back.back(i) for i in range(7)] == [0, 3, 4, 4, 4, 5, 6]


def test_overlapping_spans_are_a_filter_bug():
    with pytest.raises(ValueError, match="overlapping"):
        normalize_spans([Span(0, 3, ""), Span(2, 4, "")], 5, "t")


def _article(paragraphs: int) -> str:
    para = "Officials said the vote was close. The count went on overnight. " * 40
    return "".join(f"{para}\n\n" if i % 7 else f"{para}\n \n\n" for i in range(paragraphs))


@pytest.mark.parametrize("piece_size", [1_000, 65_536, 333_333])
def test_blocks_do_not_depend_on_how_the_input_was_read(piece_size):
    text = _article(400) + "x" * (BLOCK_LIMIT + 10) + "\n\nlast line"
    whole = list(iter_blocks([text]))
    pieces = [text[i : i + piece_size] for i in range(0, len(text), piece_size)]
    assert list(iter_blocks(pieces)) == whole
    assert "".join(block for _, block, _, _ in whole) == text
    assert whole[0][2:] == (True, False)
    assert whole[-1][2:] == (False, True)
    assert all(len(block) <= BLOCK_LIMIT for _, block, _, _ in whole)
    assert all(len(block) > BLOCK_TARGET for _, block, _, _ in whole[:-2])


def test_small_and_empty_inputs_are_one_block():
    assert list(iter_blocks([])) == [(0, "", True, True)]
    assert list(iter_blocks(["a\n\nb"])) == [(0, "a\n\nb", True, True)]


def test_stream_equals_explain():
    text = ("Caf\u00c3\u00a9 &amp; bar.\n\n" + "A plain paragraph of text.\n\n" * 99) * 300
    cleaner = Cleaner()
    whole = cleaner.explain(text)
    pieces = [text[i : i + 4096] for i in range(0, len(text), 4096)]
    blocks = list(cleaner.stream(pieces))
    assert "".join(b for b, _ in blocks) == whole.text
    assert [e for _, edits in blocks for e in edits] == whole.edits
    assert len(blocks) > 1


# --- stability: a block goes through the filters until a pass changes nothing ----------


def _space_after_stop(text: str) -> list[Span]:
    """``a.#b`` -> ``a. #b``: a space after a period glued to a hash."""
    return [Span(m.start() + 1, m.start() + 1, " ") for m in re.finditer(r"\.#", text)]


def _break_before_tag(text: str) -> list[Span]:
    """``a #b`` -> ``a \\n#b``: a line break before a hash that follows a space."""
    return [Span(m.end() - 1, m.end() - 1, "\n") for m in re.finditer(r" #", text)]


# The first filter can act only once the second has: one pass leaves work for the next.
BREAK = Filter("break", "line break before a tag", _break_before_tag)
SPACE = Filter("space", "space after a stop before a tag", _space_after_stop)


def test_a_changed_block_goes_through_the_filters_again_and_records_map_to_the_input():
    text = "One.#two and x.#three"
    result = Cleaner(only="break,space", extra_filters=[BREAK, SPACE]).explain(text)
    assert result.text == "One. \n#two and x. \n#three"
    assert [(e.filter, e.start, e.end, e.inserted) for e in result.edits] == [
        ("space", 4, 4, " "),
        ("break", 4, 4, "\n"),
        ("space", 15, 15, " "),
        ("break", 15, 15, "\n"),
    ]
    rebuilt, at = [], 0
    for edit in result.edits:
        rebuilt += [text[at : edit.start], edit.inserted]
        at = edit.end
    assert "".join(rebuilt) + text[at:] == result.text
    assert Cleaner(only="break,space", extra_filters=[BREAK, SPACE])(result.text) == result.text


def _always_one_more_space(text: str) -> list[Span]:
    return [Span(0, 0, " ")]


def test_a_block_still_changing_after_the_last_pass_is_left_unchanged_and_reported():
    restless = Filter("restless", "never done", _always_one_more_space)
    text = "Some text."
    result = Cleaner(only="restless", extra_filters=[restless]).explain(text)
    assert result.text == text
    assert result.edits == []
    [problem] = result.problems
    assert isinstance(problem, UnstableError)
    assert "still changing after 3 passes" in str(problem)
    assert problem.filter == "restless"


def test_bytes_are_refused_with_a_message_that_says_what_to_do():
    with pytest.raises(TypeError, match=r"cleanfeed cleans str, not bytes: decode it first"):
        clean(b"Prices rose.Next month")
