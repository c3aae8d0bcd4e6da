"""Properties of the ``sentences`` filter, and its behaviour on adversarial input.

The golden repairs and must-not-change cases live in ``cases/sentences.jsonl``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanfeed.filters.sentences import _CANDIDATE, FILTER, _stop_candidates, repair_sentences

# Characters that make candidate junctions likely: sentence ends, quotes and
# brackets of every kind, capitals and lower case in three scripts, digits, the
# stuff of URLs, citations and code, lead-in colons and commas, full-width stops,
# CJK, and line breaks.
ALPHABET = "aAbBsSIJUnNдДΑα会 \n\r\t.!?…．！\"'“”‘’„«»¿¡()[]-/@_:,=0123"
texts = st.text(alphabet=ALPHABET, max_size=80)
words = st.sampled_from(
    [
        *("U.S.", "J.", "said", "Sunday", "OPEC", "NET", "Console", "WriteLine", "www", "com", "x", "2017", "I"),
        *("Ph.D.", "Watch:", "Re:", "said,", "[1]", " . . .", "I'm", "Good", "September 8"),
    ]
)
glued = st.lists(
    st.tuples(words, st.sampled_from([".", "?", "!", "...", '."', '."', ".”", ".“", "", " ", "'", ":", ',"', '""'])),
    max_size=12,
).map(lambda parts: "".join(word + glue for word, glue in parts))

# A sentence end, then (optionally) quotes or closing brackets: the only places the
# filter may touch. The contract lets closing brackets follow the punctuation too.
_MAYBE_JUNCTION = re.compile(r"[.!?…．！？:,][\"'“”‘’„‚«»¿¡)\]}\[\w]")

relaxed = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@relaxed
@given(st.one_of(texts, glued))
def test_idempotent(text: str) -> None:
    once = repair_sentences(text)
    assert repair_sentences(once) == once


@relaxed
@given(st.one_of(texts, glued))
def test_only_single_spaces_are_inserted(text: str) -> None:
    spans = FILTER.spans(text)
    assert all(span.start == span.end and span.replacement == " " for span in spans)
    positions = [span.start for span in spans]
    assert len(set(positions)) == len(positions)


@relaxed
@given(st.one_of(texts, glued))
def test_never_before_a_digit_or_lower_case(text: str) -> None:
    for span in FILTER.spans(text):
        following = text[span.start :].lstrip("\"'“‘„‚«¿¡ \u00a0\u202f")
        assert following[:1].isupper()


@relaxed
@given(st.one_of(texts, glued))
def test_text_without_glued_punctuation_is_unchanged(text: str) -> None:
    if not _MAYBE_JUNCTION.search(text):
        assert repair_sentences(text) == text


@relaxed
@given(st.one_of(texts, glued, st.text(alphabet=".!?…．？\"'“”«\u00a0 aASд([1]\n", max_size=40)))
def test_fast_scan_finds_exactly_the_candidates(text: str) -> None:
    """The two scans find just what the one regex that defines a candidate finds."""

    def read(matches):
        return [(match.span(1), match.span(2)) for match in matches]

    assert read(_stop_candidates(text)) == read(_CANDIDATE.finditer(text))


# --- linear time: a megabyte of the worst shapes, checked by what comes out ---

MEGABYTE = 1 << 20


@pytest.mark.parametrize(
    "unit",
    [
        "A.",  # one endless initialism
        ".",  # a megabyte of dots
        '"',  # a megabyte of quotes
        "'",
        '."',
        ".”“",
        "?!",
        "a.A.",
        "(X.Y)",
    ],
)
def test_adversarial_line_is_left_alone(unit: str) -> None:
    text = unit * (MEGABYTE // len(unit))
    assert repair_sentences(text) == text


@pytest.mark.parametrize(
    ("unit", "repaired"),
    [
        ("It ended.Then ", "It ended. Then "),
        ('He said."No." ', 'He said. "No." '),
        ("Ist es aus?Ja… ", "Ist es aus? Ja… "),
        ("in the U.S.After ", "in the U.S. After "),
    ],
)
def test_adversarial_line_of_junctions(unit: str, repaired: str) -> None:
    count = MEGABYTE // 4 // len(unit)
    assert repair_sentences(unit * count) == repaired * count


def test_long_word_is_no_prose() -> None:
    text = "a" * MEGABYTE + ".The end."
    assert repair_sentences(text) == text
