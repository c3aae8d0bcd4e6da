"""How a repaired line becomes records: ``common_ends`` and the encoding filter's word spans.

The spans are read only between the first and last change (see ``_diff_spans``);
these properties pin what they must be whatever the line around the change holds.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cleanfeed.edits import apply_spans, common_ends
from cleanfeed.filters.encoding import _diff_spans

# Short alphabets, so that repeated words, runs of spaces and tabs and changes at a
# word's edge all come up often.
WORDS = st.text(alphabet="ab é’\t", max_size=30)


@given(WORDS, WORDS)
def test_common_ends_are_the_longest_shared_start_and_end(old, new):
    prefix, suffix = common_ends(old, new)
    assert prefix + suffix <= min(len(old), len(new))
    assert old[:prefix] == new[:prefix]
    assert old[len(old) - suffix :] == new[len(new) - suffix :]
    assert prefix == min(len(old), len(new)) or old[prefix] != new[prefix]
    rest = min(len(old), len(new)) - prefix
    assert suffix == rest or old[len(old) - suffix - 1] != new[len(new) - suffix - 1]


@given(WORDS, WORDS, st.integers(0, 5))
def test_diff_spans_turn_old_into_new_at_word_edges(old, new, offset):
    spans = _diff_spans(old, new, offset)
    shifted = [(start - offset, end - offset, text) for start, end, text in spans]
    assert apply_spans(old, shifted) == new
    for start, end, _ in shifted:
        assert _at_token_edge(old, start) and _at_token_edge(old, end)


def _at_token_edge(text: str, at: int) -> bool:
    """Whether ``at`` is where a run of whitespace or of other characters starts or ends."""
    return at in (0, len(text)) or text[at - 1].isspace() != text[at].isspace()


@given(st.lists(st.sampled_from(["ab", "a’b", "aâ€™b", "é", "b"]), min_size=1, max_size=8), st.data())
def test_words_paired_one_to_one_give_one_span_per_changed_word(words, data):
    repaired = [data.draw(st.sampled_from([word, word.replace("â€™", "’")])) for word in words]
    old, new = " ".join(words), " ".join(repaired)
    spans = _diff_spans(old, new, 0)
    assert [old[start:end] for start, end, _ in spans] == [a for a, b in zip(words, repaired, strict=True) if a != b]
    assert all(re.fullmatch(r"\S+", text) for _, _, text in spans)


@given(WORDS, WORDS)
def test_diff_spans_are_those_of_the_whole_lines(old, new):
    """Reading only the changed stretch gives the spans that reading the whole lines gives."""
    assert _diff_spans(old, new, 3) == _whole_line_spans(old, new, 3)


def _whole_line_spans(old: str, new: str, offset: int) -> list[tuple[int, int, str]]:
    """The definition: pair the lines' words and spaces one to one, or else take everything
    from the first differing one to the last as one span."""
    a, b = re.findall(r"\S+|\s+", old), re.findall(r"\S+|\s+", new)
    starts = [offset + sum(map(len, a[:i])) for i in range(len(a) + 1)]
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    if len(a) == len(b) and not any(a[i].isspace() or b[i].isspace() for i in changed):
        return [(starts[i], starts[i + 1], b[i]) for i in changed]
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return [(starts[prefix], starts[len(a) - suffix], "".join(b[prefix : len(b) - suffix]))]
