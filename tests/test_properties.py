"""The promise, as properties over generated article-like text.

- clean text passes through unchanged;
- running twice equals running once;
- no word is lost: apart from what the deleting filters may remove, the visible
  characters of the output are those of the input, in order;
- glued sentences in generated articles come back as they were written.

Run for every filter alone and for the whole pipeline. The example budget is
fixed so CI time is bounded; set HYPOTHESIS_PROFILE=long for a deeper run.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanfeed import FILTER_NAMES, Cleaner
from cleanfeed.filters import FILTERS

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Words chosen to look like news text, including the look-alikes the filters must leave alone.
WORDS = [
    "the",
    "minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "would",
    "resume",
    "in",
    "Geneva",
    "prices",
    "rose",
    "percent",
    "after",
    "a",
    "vote",
    "of",
    "parliament",
    "officials",
    "and",
    "NATO",
    "U.S.",
    "E.U.",
    "Mr.",
    "Dr.",
    "Ms.",
    "a.m.",
    "p.m.",
    "Jan.",
    "No.",
    "St.",
    "Ph.D.",
    "J.R.R.",
    "e.g.",
    "3.5",
    "2.7%",
    "$1.2bn",
    "10,000",
    "1990s",
    "www.example.com",
    "Amazon.com",
    "Hill.TV",
    "(FB.O)",
    "(GOOGL.O)",
    "ASP.NET",
    "Console.WriteLine",
    "iPhone",
    "YouTube",
    "McDonald's",
    "LeBron",
    "PowerPoint",
    "Reuters/Ipsos",
    "AFP",
    "Reuters",
    "photo",
    "Zürich",
    "São",
    "Paulo",
    "Москва",
    "Αθήνα",
    "“quoted”",
    "‘single’",
    '"straight"',
    "(aside)",
    "—",
    "…",
    "co-operation",
    "well-known",
    "it's",
]
FIRST = ["The", "A", "Officials", "Prices", "Talks", "He", "She", "It", "Lavrov", "Critics", "Nobody", "Many"]
ENDS = [".", ".", ".", "?", "!"]


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=18))
    return (
        f"{draw(st.sampled_from(FIRST))} {' '.join(words)} {draw(st.sampled_from(['week', 'year', 'vote']))}"
        f"{draw(st.sampled_from(ENDS))}"
    )


@st.composite
def articles(draw) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=6), min_size=1, max_size=5))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return (newline * 2).join(" ".join(p) for p in paragraphs) + draw(st.sampled_from(["", newline]))


def visible(text: str) -> str:
    return "".join(text.split())


PIPELINES = [pytest.param(None, id="all")] + [pytest.param((name,), id=name) for name in FILTER_NAMES]


@pytest.mark.parametrize("only", PIPELINES)
@given(text=articles())
def test_clean_text_is_unchanged(only, text):
    assert Cleaner(only=only)(text) == text


@pytest.mark.parametrize("only", PIPELINES)
@given(text=st.one_of(articles(), st.text(alphabet=st.sampled_from(list("aZ .!?\"'“”‘’…\n\r©(/)É0-é")))))
def test_running_twice_equals_running_once(only, text):
    cleaner = Cleaner(only=only)
    once = cleaner(text)
    assert cleaner(once) == once


@given(text=articles(), data=st.data())
def test_glued_sentences_come_back_with_no_word_lost(text, data):
    # Glue some sentence ends to the next sentence, as scrapers do.
    # (Only the sentence ends the strategy writes: "U.S. U.S." is no sentence end to glue.)
    junctions = [m.start(1) for m in re.finditer(r"(?:week|year|vote)[.?!]( )[A-Z]", text)]
    glued = set(data.draw(st.lists(st.sampled_from(junctions), unique=True)) if junctions else [])
    dirty = "".join(ch for i, ch in enumerate(text) if i not in glued)
    assert visible(Cleaner()(dirty)) == visible(text)
    assert Cleaner(only="sentences")(dirty) == text  # each glued junction gets its one space back


@pytest.mark.parametrize("subheads", ["split", "keep"])
@given(text=st.text(alphabet=st.sampled_from(list("aB .!?\"'“”‘’…\nÃ©â€™&;©/")), max_size=200))
def test_only_encoding_repairs_change_visible_text(subheads, text):
    """Only the filters that declare another kind (repair, delete) change a visible character."""
    spacing = [f.name for f in FILTERS if f.kind(subheads if f.name == "subheads" else None) == "whitespace"]
    assert visible(Cleaner(only=spacing, subheads=subheads)(text)) == visible(text)
