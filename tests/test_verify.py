"""The run-time safety check: a filter that breaks the promise costs its block's repairs, never text.

The check compares a filter's input and output directly, by the kind of edit the
filter declares; these tests feed it broken filters through the public API.
"""

from __future__ import annotations

import pytest

from cleanfeed import Cleaner
from cleanfeed.edits import Span
from cleanfeed.filters import FILTERS
from cleanfeed.filters.base import Filter
from cleanfeed.verify import SafetyError, check_stage


def _cleaner_with(*filters: Filter, verify: bool = True) -> Cleaner:
    return Cleaner(only=[f.name for f in filters], extra_filters=filters, verify=verify)


def _drops_first_word(text: str):
    end = text.find(" ")
    return [Span(0, end + 1, "")] if end > 0 else []


def _crashes(text: str):
    raise IndexError("boom")


def _adds_space_after_period(text: str):
    return [Span(i + 1, i + 1, " ") for i, ch in enumerate(text[:-1]) if ch == "." and text[i + 1].isupper()]


def _cuts_inside_a_word(text: str):
    return [Span(3, 5, "")] if len(text) > 6 else []


def _rewrites_ascii(text: str):
    at = text.find("plain")
    return [Span(at, at + 5, "other")] if at != -1 else []


def _eats_a_line(text: str):
    end = text.find("\n")
    return [Span(0, end + 1, "")] if end != -1 else []


WORD_EATER = Filter("eater", "claims to insert spaces, eats a word", _drops_first_word)
CRASHER = Filter("crasher", "raises", _crashes)
SPACER = Filter("spacer", "inserts spaces", _adds_space_after_period)


def test_a_filter_that_loses_a_word_leaves_the_text_unchanged_and_says_which():
    text = "Hello world.Again"
    result = _cleaner_with(SPACER, WORD_EATER).explain(text)
    assert result.text == text
    assert result.edits == []
    [problem] = result.problems
    assert problem.filter == "eater"
    assert "may only change whitespace" in str(problem)


@pytest.mark.parametrize(
    ("broken", "text"),
    [
        (Filter("cutter", "deletes, but inside a word", _cuts_inside_a_word, edit_kind="delete"), "Hello world"),
        (Filter("fixer", "repairs, but rewrites ASCII", _rewrites_ascii, edit_kind="repair"), "a plain text"),
        (Filter("fixer", "repairs, but deletes a line", _eats_a_line, edit_kind="repair"), "Zürich\nrest"),
    ],
    ids=["delete: a cut inside a word", "repair: a plain word", "repair: a line with non-ASCII"],
)
def test_each_kind_of_broken_filter_is_caught(broken, text):
    result = _cleaner_with(broken).explain(text)
    assert result.text == text
    assert [problem.filter for problem in result.problems] == [broken.name]


def test_a_filter_may_not_touch_a_word_it_reported_no_edit_on():
    before, after = "line one\nline two\n", "line one\nline\n"
    with pytest.raises(SafetyError, match="that it reported no edit on"):
        check_stage("liar", "delete", before, after, [Span(0, 4, "")])  # its record points at line 1
    check_stage("honest", "delete", before, after, [Span(13, 17, "")])


def test_a_crashing_filter_costs_its_block_not_the_run():
    result = _cleaner_with(CRASHER).explain("Some text.")
    assert result.text == "Some text."
    assert "failed: IndexError('boom')" in str(result.problems[0])


def _eats_in_marked_blocks(text: str):
    return _drops_first_word(text) if "EAT" in text else _adds_space_after_period(text)


def test_only_the_failing_block_is_left_unchanged():
    first = "First.Second " * 10_000  # more than one block's worth
    second = "EAT First.Second"
    result = _cleaner_with(Filter("marked", "eats in marked blocks", _eats_in_marked_blocks)).explain(
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
    ("kind", "before", "after", "ok"),
    [
        ("whitespace", "a.B", "a. B", True),
        ("whitespace", "a.B", "a B", False),  # replaced the period
        ("whitespace", "a.B\nc", "a.B c", True),
        ("delete", "x © AFP\ny", "y", True),
        ("delete", "x © AFP\ny", "z y", False),  # a deletion that adds a word
        ("delete", "© Sputnik/ Alexei DruzhininThe North", "The North", True),  # glued at a case junction
        ("delete", "Druzhinin The North", "nin The North", False),  # a cut inside a word
        ("delete", "©APReutersPhoto:AP", "Reuters Photo:", True),  # credits glued on both sides of a word
        ("delete", "DruzhininTheNorth", "heN", False),  # the middle of a word, where no junction ends it
        ("delete", "APReutersPhoto", "eutersP", False),  # no junction on either side
        ("delete", "it was 2017The end", "it was The end", True),
        ("delete", "said.Featured image via X/Getty Images\nNext", "said.\nNext", True),
        ("delete", "Read on.Our subheadThe story", "Read on.\n\nThe story", True),
        ("repair", "Ã¼ber", "über", True),
        ("repair", "&amp; more", "& more", True),
        ("repair", "don\ufffdt stop", "don’t stop", True),
        ("repair", "a plain word", "a plain wrd", False),  # ftfy never rewrites plain ASCII
        ("repair", "Ã¼ber\nnext", "next", False),  # nor deletes a line
        ("repair", "Ã¼ber\nnext", "\nnext", False),  # nor empties one
        ("repair", '"\x9d', '"', True),  # a stray C1 control removed
        ("repair", "TimeÂ 0", "Time 0", True),  # a stray no-break-space lead removed
        ("repair", "&amp;amp;nbsp;", "\xa0", True),  # a line of entities may become a no-break space
        ("repair", "don\ufffdt", "donxt", False),  # a U+FFFD turned into a letter
        ("repair", "don\ufffdt", "do not", False),  # a word rewritten, longer
        ("repair", "caf\ufffd", "tea", False),  # a word replaced around a U+FFFD
        ("repair", "&amp;", "&and", False),  # an entity decoded into more than it held
        ("repair", "caf\u00c3\u00a9\x85Talks", "caf\u00e9\u2026Talks", True),  # a C1 control that parted words
        ("repair", "caf\u00c3\u00a9\x85Talks", "caf\u00e9\u2026Tasks", False),  # ... still may not change them
    ],
)
def test_rules_by_kind(kind, before, after, ok):
    spans = [Span(0, len(before), after)]  # the delete rule lets the filter own every line
    if ok:
        check_stage("f", kind, before, after, spans)
    else:
        with pytest.raises(SafetyError):
            check_stage("f", kind, before, after, spans)


def test_modes_may_change_the_kind():
    subheads = next(f for f in FILTERS if f.name == "subheads")
    assert (subheads.kind("split"), subheads.kind("drop"), subheads.kind()) == ("whitespace", "delete", "whitespace")
    with pytest.raises(ValueError, match="edit_kind must be one of"):
        Filter("odd", "declares a kind that does not exist", _crashes, edit_kind="rewrite")
