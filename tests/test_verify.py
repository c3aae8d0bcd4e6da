"""The run-time safety check: a filter that breaks the promise costs its block's repairs, never text."""

from __future__ import annotations

import pytest

from cleanfeed import Cleaner
from cleanfeed.edits import Span
from cleanfeed.filters.base import Filter
from cleanfeed.verify import SafetyError, check_stage


def _cleaner_with(*filters: Filter, verify: bool = True) -> Cleaner:
    cleaner = Cleaner(verify=verify)
    object.__setattr__(cleaner, "filters", filters)
    return cleaner


def _drops_first_word(text: str):
    end = text.find(" ")
    return [Span(0, end + 1, "")] if end > 0 else []


def _crashes(text: str):
    raise IndexError("boom")


def _adds_space_after_period(text: str):
    return [Span(i + 1, i + 1, " ") for i, ch in enumerate(text[:-1]) if ch == "." and text[i + 1].isupper()]


WORD_EATER = Filter("sentences", "claims to insert spaces, eats a word", _drops_first_word)
CRASHER = Filter("sentences", "raises", _crashes)
SPACER = Filter("sentences", "inserts spaces", _adds_space_after_period)


def test_a_filter_that_loses_a_word_leaves_the_text_unchanged_and_says_which():
    text = "Hello world.Again"
    result = _cleaner_with(SPACER, WORD_EATER).explain(text)
    assert result.text == text
    assert result.edits == []
    [problem] = result.problems
    assert problem.filter == "sentences"
    assert "may not make" in str(problem)


def test_a_crashing_filter_costs_its_block_not_the_run():
    result = _cleaner_with(CRASHER).explain("Some text.")
    assert result.text == "Some text."
    assert "failed: IndexError('boom')" in str(result.problems[0])


def _eats_in_marked_blocks(text: str):
    return _drops_first_word(text) if "EAT" in text else _adds_space_after_period(text)


def test_only_the_failing_block_is_left_unchanged():
    first = "First.Second " * 10_000  # more than one block's worth
    second = "EAT First.Second"
    result = _cleaner_with(Filter("sentences", "eats in marked blocks", _eats_in_marked_blocks)).explain(
        first + "\n\n" + second
    )
    [problem] = result.problems
    assert problem.offset == len(first) + 2
    assert result.text == first.replace(".S", ". S") + "\n\n" + second


def test_verification_can_be_turned_off():
    result = _cleaner_with(WORD_EATER, verify=False).explain("Hello world")
    assert result.text == "world"
    assert not result.problems


@pytest.mark.parametrize(
    ("name", "before", "span", "ok"),
    [
        ("sentences", "a.B", Span(2, 2, " "), True),
        ("sentences", "a.B", Span(1, 2, " "), False),  # replaced the period
        ("subheads", "a.B", Span(2, 2, "\n\n"), True),
        ("credits", "x © AFP\ny", Span(0, 8, ""), True),
        ("credits", "x © AFP\ny", Span(0, 1, "z"), False),  # a deletion that inserts a word
        ("encoding", "Ã¼ber", Span(0, 2, "ü"), True),
        ("encoding", "&amp;", Span(0, 5, "&"), True),
        ("encoding", "plain", Span(0, 5, "other"), False),  # ftfy never rewrites plain ASCII
        ("encoding", "don\ufffdt", Span(0, 5, "don’t"), True),  # a lost apostrophe put back
        ("encoding", '"\x9d', Span(0, 2, '"'), True),  # a stray C1 control removed
        ("encoding", "TimeÂ 0", Span(0, 5, "Time"), True),  # a stray no-break-space lead removed
        ("encoding", "don\ufffdt", Span(0, 5, "donxt"), False),  # a U+FFFD turned into a letter
        ("encoding", "don\ufffdt", Span(0, 5, "do not"), False),  # a word rewritten, longer
        ("encoding", "caf\ufffd", Span(0, 4, "tea"), False),  # a word replaced around a U+FFFD
        ("encoding", "&amp;", Span(0, 5, "&and"), False),  # an entity decoded into more than it held
    ],
)
def test_allowed_kinds(name, before, span, ok):
    after = before[: span.start] + span.replacement + before[span.end :]
    if ok:
        check_stage(name, before, [span], after)
    else:
        with pytest.raises(SafetyError):
            check_stage(name, before, [span], after)


def test_subheads_may_delete_only_in_drop_mode():
    before, span = "Subhead\n\nBody.", Span(0, 9, "")
    check_stage("subheads", before, [span], "Body.", mode="drop")
    with pytest.raises(SafetyError):
        check_stage("subheads", before, [span], "Body.", mode="split")


def test_a_stage_whose_output_does_not_follow_from_its_records_fails():
    with pytest.raises(SafetyError, match="lost or altered"):
        check_stage("sentences", "a.B c", [Span(2, 2, " ")], "a. B")
