"""The ``subheads`` filter: its three modes through the command line, and its properties."""

from __future__ import annotations

from itertools import product
from string import ascii_lowercase

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanfeed.cli import cli
from cleanfeed.filters.subheads import FILTER, drop_subheads, split_subheads
from cleanfeed.filters.subheads_data import NAMELESS_STARTERS

GLUED = "The summit ended on Sunday.Disagreements on tradeThe leaders failed to agree on tariffs.\n"
SPLIT = "The summit ended on Sunday.\n\nDisagreements on trade\n\nThe leaders failed to agree on tariffs.\n"
DROPPED = "The summit ended on Sunday.\n\nThe leaders failed to agree on tariffs.\n"

STAND_ALONE = (
    "Talks Between Moscow and the Alliance Stall\n\n"
    "The North Atlantic Alliance froze relations with Moscow, Lavrov said.\n\n"
    "Relations with the EU\n\nThe minister also spoke about trade with Brussels.\n\n"
    "'Aggressive anti-Russian minority'\n\nHe said a small group of members set the tone.\n"
)
STAND_ALONE_DROPPED = (
    "The North Atlantic Alliance froze relations with Moscow, Lavrov said.\n\n"
    "The minister also spoke about trade with Brussels.\n\n"
    "He said a small group of members set the tone.\n"
)


def run(args: list[str], text: str):
    return CliRunner().invoke(cli, args, input=text)


@pytest.mark.parametrize(
    ("args", "text", "expected"),
    [
        ([], GLUED, SPLIT),
        (["--subheads", "split"], GLUED, SPLIT),
        (["--subheads", "drop"], GLUED, DROPPED),
        (["--subheads", "keep", "--only", "subheads"], GLUED, GLUED),
        (["--only", "subheads"], GLUED, SPLIT),
        ([], STAND_ALONE, STAND_ALONE),
        (["--subheads", "drop"], STAND_ALONE, STAND_ALONE_DROPPED),
        (["--subheads=drop", "--only", "subheads"], STAND_ALONE, STAND_ALONE_DROPPED),
        (["--subheads", "keep"], STAND_ALONE, STAND_ALONE),
    ],
)
def test_modes_through_the_command_line(args, text, expected):
    result = run(args, text)
    assert result.exit_code == 0
    assert result.stdout == expected
    assert result.stderr == ""


def test_keep_leaves_the_subhead_glued_whatever_the_other_filters_do():
    result = run(["--subheads", "keep"], GLUED)
    assert result.exit_code == 0
    assert "Disagreements on tradeThe leaders" in result.stdout
    assert result.stderr == ""


def test_camel_case_names_pass_through_the_command_line_unchanged():
    text = "LeBron James, DeAndre Jordan and a GlaxoSmithKline PowerPoint on YouTube.\n"
    result = run(["--subheads", "drop"], text)
    assert (result.exit_code, result.stdout, result.stderr) == (0, text, "")


def test_an_unknown_mode_is_a_usage_error():
    result = run(["--subheads", "sideways"], GLUED)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "sideways" in result.stderr


def test_check_reports_a_glued_subhead_and_keep_does_not():
    assert run(["--check", "--only", "subheads"], GLUED).exit_code == 1
    assert run(["--check", "--only", "subheads", "--subheads", "keep"], GLUED).exit_code == 0


def test_help_says_drop_deletes_text():
    result = run(["--help"], "")
    assert result.exit_code == 0
    assert "--subheads" in result.stdout
    assert "drop" in result.stdout


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("padding", ["{head}" + " " * 120, "{head}\xa0\t"])
def test_a_padded_subhead_line_is_judged_by_its_text_not_its_length(newline, padding):
    first, second = "The summit ended after long talks.", "The leaders failed to agree."
    third = "Both sides left the room."
    heads = [padding.format(head=head) for head in ("Disagreements on trade", "Tariffs stay in place")]
    text = newline.join([first, "", heads[0], "", second, "", heads[1], "", third, ""])
    assert drop_subheads(text) == newline.join([first, "", second, "", third, ""])


@pytest.mark.parametrize("indent", [" ", "\t", " " * 120])
def test_a_short_line_indented_unlike_the_text_is_no_subhead(indent):
    text = (
        "The summit ended after long talks.\n\n" + indent + "Disagreements on trade\n\n"
        "The leaders failed to agree.\n\nTariffs stay in place\n\nBoth sides left the room.\n"
    )
    assert drop_subheads(text) == text


def test_a_glued_subhead_after_a_long_indent_or_a_long_word_is_found():
    glued, split = "Disagreements on tradeThe leaders met.", "Disagreements on trade\n\nThe leaders met."
    indented = "The summit ended.\n" + " " * 200 + glued
    assert split_subheads(indented) == "The summit ended.\n" + " " * 200 + split
    long_word = "x" * 5000 + " ended." + glued
    assert split_subheads(long_word) == "x" * 5000 + " ended.\n\n" + split


# --- properties ---------------------------------------------------------------------------

SENTENCES = st.sampled_from(
    [
        "The leaders failed to agree on tariffs.",
        "Residents say the shelling continues.",
        "He bought an iPad.",
        "The clip spread on WhatsApp.",
        'He spoke of "an aggressive minority."',
        "Prices rose.",
        "It reached the U.S.",
    ]
)
HEADS = st.sampled_from(
    [
        "Disagreements on trade",
        "On meeting between Putin and Trump",
        "Relations with NATO",
        "'Aggressive anti-Russian minority'",
        "‘Nothing has changed’",
        "Targets for 2025",
        "LeBron and DeAndre",
        "McDonald's",
    ]
)
GLUE = st.sampled_from(["", " ", "\n", "\n\n", "\r\n", "\r\n\r\n"])
PIECES = st.lists(st.one_of(SENTENCES, HEADS, GLUE, st.text(max_size=8)), max_size=14).map("".join)


def _visible(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_split_only_inserts_whitespace_and_is_idempotent(text):
    once = split_subheads(text)
    assert _visible(once) == _visible(text)
    assert split_subheads(once) == once


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_drop_only_deletes_and_is_idempotent(text):
    once = drop_subheads(text)
    visible = _visible(text)
    position = 0
    for char in _visible(once):  # what is left is a subsequence of the input
        position = visible.index(char, position) + 1
    assert drop_subheads(once) == once


@given(PIECES)
def test_keep_changes_nothing(text):
    assert FILTER(text, mode="keep") == text


# --- linear time ------------------------------------------------------------------------------


def test_a_megabyte_line_of_camel_case_is_left_alone():
    line = "aBcDeFgHiJ" * 100_000
    assert split_subheads(line) == line
    assert drop_subheads(line) == line


def test_a_megabyte_line_of_glued_subheads_is_split_everywhere():
    # each subhead ends in its own word: a glued word the text repeats is a word, not a junction
    units = [
        f"He said.Relations with q{''.join(tail)}The talks went on. " for tail in product(ascii_lowercase, repeat=3)
    ]
    line = "".join(units)
    out = split_subheads(line)
    assert out.count("\n\nRelations with q") == len(units)
    assert split_subheads(out) == out


# --- words are never split ----------------------------------------------------------------

HUMPS = st.sampled_from(
    ["Now", "This", "Here", "If", "Not", "The", "He", "She", "They", "We", "In", "It", "One", "More"]
)
LEFTS = st.sampled_from(
    ["Zip", "Here", "Now", "Trump", "Open", "Blue", "zip", "open", "know", "EU", "NATO", "BAFT", "AM"]
)
PLACES = st.sampled_from(
    [
        "The talks ended.Supporters of {token} say the deal is done and the vote will be held.",
        "The talks ended.Members of the group {token}, which protests, say the vote will be held.",
        "{token} supporters say the deal is done and the vote will be held on Monday.",
        "He left.Fans at a {token} event said the music was loud and the food was cold.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(LEFTS, HUMPS, PLACES, st.booleans())
def test_a_word_the_text_also_holds_whole_is_never_split(left, hump, place, acronym_plural):
    token = left + (hump[0] + "s" if acronym_plural else hump)
    text = f"Readers of {token} wrote in. " + place.format(token=token)
    assert split_subheads(text) == text
    assert drop_subheads(text) == text


ACRONYMS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=6)


@settings(max_examples=300, deadline=None)
@given(ACRONYMS, st.sampled_from(["A", "I", "O", "U", "E"]), PLACES)
def test_an_acronyms_plural_is_never_split(acronym, vowel, place):
    text = place.format(token=acronym + vowel + "s")
    assert split_subheads(text) == text
    assert drop_subheads(text) == text


# Names of common words, ending in any but the few starters no name ends in (`TrumpThe` splits)
CAMEL_NAMES = st.tuples(
    st.lists(HUMPS, min_size=1, max_size=2), HUMPS.filter(lambda hump: hump not in NAMELESS_STARTERS)
)
CAMEL_NAMES = CAMEL_NAMES.map(lambda humps: "".join(humps[0]) + humps[1])


@settings(max_examples=300, deadline=None)
@given(CAMEL_NAMES, PLACES)
def test_a_camel_case_name_of_common_words_is_never_split(name, place):
    text = place.format(token=name)
    assert split_subheads(text) == text
