"""The pipeline: filter selection, change records, blocks, and the Cleaner object."""

from __future__ import annotations

import pickle

import pytest

from cleanfeed import Cleaner, clean, explain
from cleanfeed.edits import PositionMap, Span, apply_spans, normalize_spans
from cleanfeed.filters import FILTER_NAMES, select
from cleanfeed.pipeline import BLOCK_LIMIT, BLOCK_TARGET, iter_blocks


def test_select_keeps_pipeline_order_and_rejects_unknown_names():
    assert [f.name for f in select()] == list(FILTER_NAMES)
    assert [f.name for f in select(only="encoding")] == ["encoding"]
    assert [f.name for f in select(skip=["encoding"])] == [n for n in FILTER_NAMES if n != "encoding"]
    with pytest.raises(ValueError, match="valid filters: encoding"):
        select(only="nonsense")


def test_unknown_subheads_mode_is_rejected():
    with pytest.raises(ValueError, match="split, drop, keep"):
        Cleaner(subheads="sideways")


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
