"""The ``credits`` filter: layout around removed lines, what may be removed, idempotence, linear time.

Golden repairs and look-alikes live in ``cases/credits.jsonl``.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleanfeed import clean
from cleanfeed.edits import apply_spans
from cleanfeed.filters.credits import (
    _LABEL_WORD,
    _LABEL_WORDS,
    FILTER,
    SUFFIX_WINDOW,
    Kind,
    _is_agency_name,
    _judge,
    _may_hold_credit,
    _named_source,
    _read_chain,
    _read_credit,
    _suffix,
    _suffix_starts,
    find_credits,
    strip_credits,
)
from cleanfeed.filters.lexicon import NEWS_AGENCIES, PHOTO_LIBRARIES
from cleanfeed.verify import check_stage
from tests.conftest import DATA

ARTICLES = DATA / "articles.jsonl"  # the real articles the filter changes

# --- layout -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "at_start", "at_end", "expected"),
    [
        # between two blank lines: one of them goes too
        ("Para one.\n\nPhoto: AFP\n\nPara two.\n", True, True, "Para one.\n\nPara two.\n"),
        # a blank line on one side only stays
        ("Para one.\nPhoto: AFP\n\nPara two.\n", True, True, "Para one.\n\nPara two.\n"),
        ("Para one.\n\nPhoto: AFP\nPara two.\n", True, True, "Para one.\n\nPara two.\n"),
        # no blank line around: only the line goes
        ("Para one.\nPhoto: AFP\nPara two.", True, True, "Para one.\nPara two."),
        # blank lines left at the start or end of the document go
        ("\n\nPhoto: AFP\n\n\nPara one.", True, True, "Para one."),
        ("Para one.\n\n\nPhoto: AFP\n", True, True, "Para one.\n"),
        # the output ends with a line break only if the input did
        ("Para one.\n\nPhoto: AFP", True, True, "Para one."),
        ("Para one.\nPhoto: AFP\n", True, True, "Para one.\n"),
        # a block that does not begin the document follows a blank line: one blank goes with the credit
        ("Photo: AFP\n\nPara one.\n\n", False, False, "Para one.\n\n"),
        # a block that does not end the document keeps its blank lines for the next block
        ("Para one.\n\nPhoto: AFP\n\n", True, False, "Para one.\n\n"),
        ("Para one.\n\nPhoto: AFP\n\n", True, True, "Para one.\n"),
        # several credit lines between blank lines keep the spacing of one
        ("A.\n\n\nSource: A B/Getty Images\n\nSource: C D/Getty Images\nB.", True, True, "A.\n\n\nB."),
        # CRLF line breaks are kept
        ("Para one.\r\n\r\nPhoto: AFP\r\n\r\nPara two.\r\n", True, True, "Para one.\r\n\r\nPara two.\r\n"),
        # a document that is only a credit
        ("Photo: AFP\n", True, True, ""),
    ],
)
def test_layout(dirty: str, at_start: bool, at_end: bool, expected: str) -> None:
    assert FILTER(dirty, at_start=at_start, at_end=at_end) == expected


def test_glued_credits_take_the_whitespace_beside_them() -> None:
    assert strip_credits("Said so.  Photo by A B/Getty Images  ") == "Said so."
    assert strip_credits("© Sputnik/ A BThe talks went on.") == "The talks went on."
    assert strip_credits("Said so. (Photo by A B/Getty Images)  The talks went on.") == "Said so. The talks went on."
    assert strip_credits("Said so.Photo: APThe talks went on.") == "Said so. The talks went on."


def test_changes_are_deletions_that_show_what_was_removed() -> None:
    text = "Para one.\n\nPhoto: AFP\n\nPara two.Featured image via A B/Getty Images"
    spans = find_credits(text)
    assert [text[s.start : s.end] for s in spans] == ["Photo: AFP\n\n", "Featured image via A B/Getty Images"]
    assert all(s.replacement == "" for s in spans)


def test_the_pipeline_runs_credits_after_encoding() -> None:
    assert clean("© AFP 2017/ NAME SURNAME\n\nThe ministerâ€™s plan.", only=["encoding", "credits"]) == (
        "The minister’s plan."
    )


# --- only credits are ever removed ------------------------------------------------------

STORY = [
    "The minister resigned on Friday.",
    "Reuters reported the talks would go on.",
    "An AFP photographer saw smoke rising.",
    "Support fell, a Reuters/Ipsos poll showed.",
    "MOSCOW (Reuters) - Russia said it would respond.",
    "(CBS Seattle/AP) — A man was arrested.",
    "By Jane Doe",
    "© 2016 The Associated Press. All Rights Reserved.",
    "Photos: Fire Balls Explode in Kobani",
    "Photos of the damage were shared on social media.",
    "The court said the © notice did not make it original.",
    "'No time to lose'",
    "He said “no” — twice.",
    "She added that the vote had been close.",
    "— Jane Roe (@janeroe) March 3, 2016",
]
CREDITS = [
    "© AFP 2017/ NAME SURNAME",
    "date 2017-05 © Sputnik/ Alexei Druzhinin",
    "(AP Photo/Evan Vucci)",
    "Photo: Reuters",
    "Featured image via Name Surname/Getty Images",
    "REUTERS/Kevin Lamarque",
    "Credit: Pool/Getty Images",
    "Image copyright Getty Images",
    "Name Surname/AFP/Getty Images",
]
GLUES = ["\n", "\n\n", "\r\n", " ", "  ", ""]

pieces = st.lists(st.one_of(st.sampled_from(STORY), st.sampled_from(CREDITS)), min_size=1, max_size=8)


@st.composite
def documents(draw) -> str:
    parts = draw(pieces)
    glues = draw(st.lists(st.sampled_from(GLUES), min_size=len(parts), max_size=len(parts)))
    return "".join(part + glue for part, glue in zip(parts, glues, strict=True))


def _is_credit_in_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, less the whitespace around it, reads as credits where it stands.

    (Credits cut one after another, as a line is read again after each cut, are
    checked on their own instead: alone, they are nothing but credits.)
    """
    while text[start] in " \t":
        start += 1
    while text[end - 1] in " \t":
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    # a name in brackets between two sentences, `Who knew? (Facebook)That…`, and a library's name glued
    # to the sentence starting a line, `GettyA lonely owl…`, are credits only there
    named = _named_source(line, start - line_start) == end - line_start
    first = not text[line_start:start].strip(" \t")  # only blanks before it on its line
    named = named or (first and _is_agency_name(text[start:end].split(), library=True))
    return named or _read_chain(line, start - line_start, end - line_start) is not None


def _is_whole_lines(text: str, start: int, end: int) -> bool:
    starts_line = start == 0 or text[start - 1] == "\n" or text[start] in "\r\n"
    ends_line = end == len(text) or text[end - 1] == "\n"
    return starts_line and ends_line


@settings(max_examples=300, deadline=None)
@given(documents(), st.booleans(), st.booleans())
def test_only_whole_lines_or_credits_are_removed(text: str, at_start: bool, at_end: bool) -> None:
    spans = FILTER.spans(text, at_start=at_start, at_end=at_end)
    for span in spans:
        removed = text[span.start : span.end]
        assert not span.replacement.strip()
        if _is_whole_lines(text, span.start, span.end) or not removed.strip():
            continue
        assert _is_credit_in_place(text, span.start, span.end) or not strip_credits(removed.strip()), removed


@settings(max_examples=300, deadline=None)
@given(
    documents(),
    st.sampled_from(["LinkedIn", "ScreenGrab", "YouTube", "CheckIn", "AddOn", "DeVos"]),
    st.sampled_from(["", " of it", " reported", "]"]),
)
def test_no_cut_lands_inside_a_word(text: str, word: str, after: str) -> None:
    """Camel-case words in credits, where a glued sentence could be read, are never cut inside."""
    text = text.replace("Getty Images", f"Getty {word}{after}").replace("Reuters", word + after)
    inside = {i for m in re.finditer(word, text) for i in range(m.start() + 1, m.end())}
    for span in FILTER.spans(text, at_start=True, at_end=True):
        assert span.start not in inside and span.end not in inside, text[span.start : span.end]


@settings(max_examples=300, deadline=None)
@given(documents())
def test_a_removed_line_holds_a_credit_marker(text: str) -> None:
    for span in FILTER.spans(text, at_start=True, at_end=True):
        if _is_whole_lines(text, span.start, span.end):
            for line in text[span.start : span.end].splitlines():
                assert not line.strip() or _may_hold_credit(line), line


@settings(max_examples=300, deadline=None)
@given(documents())
def test_no_story_word_is_lost(text: str) -> None:
    out = strip_credits(text)
    story_lines = [line for line in text.splitlines() if line.strip() in STORY]
    out_lines = [line.strip() for line in out.splitlines()]
    for line in story_lines:
        assert line.strip() in out_lines


@settings(max_examples=300, deadline=None)
@given(documents(), st.booleans(), st.booleans())
def test_running_twice_equals_running_once(text: str, at_start: bool, at_end: bool) -> None:
    once = FILTER(text, at_start=at_start, at_end=at_end)
    assert FILTER(once, at_start=at_start, at_end=at_end) == once


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(STORY).map(lambda s: s * 2))
def test_clean_text_passes_through(text: str) -> None:
    assert strip_credits(text) == text


def test_real_articles_are_idempotent() -> None:
    with ARTICLES.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            once = strip_credits(text)
            assert strip_credits(once) == once


# --- through the whole pipeline --------------------------------------------------------

POLLS = [
    "The Reuters/Ipsos of week.",
    "The the the week.\n\nThe Reuters/Ipsos Tuesday week.",
    "Officials Reuters/Ipsos AFP Geneva week.",
    "Reuters/Ipsos data showed support at 40 percent.",
    "The CNN/ORC poll put his approval at 39 percent.",
    "An ABC News/Washington Post poll put his approval at 39 percent.",
]


@pytest.mark.parametrize("text", POLLS)
def test_prose_with_a_poll_passes_the_pipeline(text: str) -> None:
    assert clean(text) == text


# Pieces the other filters split or space (stops, quotes, a quoted line, a glued year) around credits.
JOINERS = ["", " ", "?", ".", "!", "?!", ".?", "'", '"', "“", "5", "A", "\n\n"]
glued_pieces = st.lists(
    st.one_of(
        st.sampled_from(STORY + POLLS + CREDITS + ["'No time to lose'", "AFP PHOTO/JORDANIAN TV"]),
        st.sampled_from(JOINERS),
    ),
    min_size=1,
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(glued_pieces)
def test_the_pipeline_run_twice_equals_once(text: str) -> None:
    """A space or line break another filter puts in does not change what credits decides."""
    once = clean(text)
    assert clean(once) == once


# --- linear time: behaviour only, no timing ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "©" * 1_000_000,
        "(" * 1_000_000,
        "Photo: " * 100_000,
        "Getty Images/Name " * 50_000,
    ],
    ids=["copyright-signs", "brackets", "labels", "slashes"],
)
def test_a_megabyte_line_of_credit_starts(text: str) -> None:
    spans = FILTER.spans(text, at_start=True, at_end=True)
    check_stage("credits", "delete", text, apply_spans(text, spans), spans)  # only whole words went


def test_a_megabyte_line_of_copyright_signs_is_unchanged() -> None:
    text = "©" * 1_000_000
    assert find_credits(text) == []


fragments = st.sampled_from(
    [
        "©",
        "(",
        ")",
        "[",
        "]",
        "/",
        "|",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        ":",
        "Photo",
        "Photo:",
        "Photo by",
        "Featured image via",
        "Credit:",
        "AP",
        "AFP",
        "Reuters",
        "Getty Images",
        "Name",
        "Surname",
        "The",
        "It",
        "word",
        "2017",
        "5.",
        "“",
        "—",
        "-",
        "via",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(fragments, max_size=30).map("".join), st.booleans(), st.booleans())
@example("©APReutersPhoto:APPhoto:", True, True)  # credits cut from both sides of one glued word
@example(" Getty ImagesReuters©Featured image via", False, False)  # a library glued to a capital after an indent
@example("©APPhoto by\nAP", False, False)  # what a cut leaves goes on on the next line
def test_credit_fragments_in_any_order(text: str, at_start: bool, at_end: bool) -> None:
    once = FILTER(text, at_start=at_start, at_end=at_end)
    for span in FILTER.spans(text, at_start=at_start, at_end=at_end):
        removed = text[span.start : span.end]
        if _is_whole_lines(text, span.start, span.end) or not removed.strip():
            continue
        assert _is_credit_in_place(text, span.start, span.end) or not strip_credits(removed.strip()), removed
    check_stage("credits", "delete", text, once, FILTER.spans(text, at_start=at_start, at_end=at_end))
    assert FILTER(once, at_start=at_start, at_end=at_end) == once


# --- the line gate: a line it skips would have been left alone --------------------------


@pytest.mark.parametrize("name", NEWS_AGENCIES + PHOTO_LIBRARIES)
def test_every_agency_and_library_passes_the_gate(name: str) -> None:
    for line in (f"Jane Doe/{name}", f"{name}/Jane Doe", f"Jane Doe | {name.upper()}", f"It rained.Jane Doe/{name}"):
        assert _may_hold_credit(line), line


@settings(max_examples=500, deadline=None)
@given(st.lists(fragments, max_size=30).map("".join))
def test_lines_the_gate_skips_hold_no_credit(text: str) -> None:
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if not _may_hold_credit(line):
            assert _judge(line) is None, line


# --- the stop word: a credit ending a line is looked for only after it ------------------------

# Words a body reads on (names, connectors, footer words, label words) and stops at, beside the
# places a credit may begin inside a word or hold a word it would stop at.
_TAIL_PIECES = st.sampled_from(
    ["It rained.", "He said so.", "they were there", "the", "and", "of", "via", "video", "screen capture",
     "Featured image", "Featured image is a", "Image copyright", "Image courtesy of", "Photo by", "Photo:",
     "Screen grab from", "pic :", "date 2017-05", "©", "AFP 2017/", "Jane", "Doe", "de", "Reuters", "Getty Images",
     "/", "|", "(", ")", "(in three days)", "jiazi via", "jiazi/", "copyright", "reuters", "ofreuters",
     "copyrightreuters", "byjane",
     "theof", "thedate", "update", "Abcdefghijk Abcdefghijk Abcdefghijk Abcdefghijk", "X", "XXXXXX", "."]
)  # fmt: skip


def _every_suffix_start(line: str, start: int, end: int) -> tuple[int, bool] | None:
    """_suffix without its stop word: every start in the window tried."""
    for pos in _suffix_starts(line, start, end, max(start, end - SUFFIX_WINDOW)):
        if pos == start and start > 0 and not line[:start].isspace():
            continue
        if _read_chain(line, pos, end) is not None:
            credit = _read_credit(line, pos)
            return pos, credit is not None and credit.kind is Kind.FOOTER
    return None


@settings(max_examples=500, deadline=None)
@given(st.lists(_TAIL_PIECES, max_size=40).map(" ".join))
@example("It was so. Image copyrightreuters images")  # a label glued to the word after it
@example("It rained. Image courtesy ofreuters images")
@example("It rained all day. Featured image is a screenshot")  # a label's small words
@example("It rained. Featured image via video screen capture")  # a footer's
@example("It rained. Photo: jiazi via Compfight")  # a user name before `via`
@example("It was so. Jane Doe (in three days)/Reuters")  # a bracketed note
@example("He said so. Featured image via " + "Abcdefghijk " * 15 + "X" * 16 + " theof | Getty Images")  # BODY_LIMIT
def test_a_credit_ending_a_line_is_found_after_the_last_stop_word(line: str) -> None:
    """The stop word skips no start from which a chain of credits runs to the line's end."""
    start, end = len(line) - len(line.lstrip()), len(line.rstrip())
    if start < end:
        assert _suffix(line, start, end) == _every_suffix_start(line, start, end), line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_LABEL_WORDS, "Mandatory", "Pic", "PHOTOS", " ", ":"]), max_size=20).map("".join))
def test_label_words_grouped_by_first_letter_match_as_the_plain_list(text: str) -> None:
    plain = re.compile("|".join(map(re.escape, _LABEL_WORDS)))
    assert [m.span() for m in _LABEL_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)]
