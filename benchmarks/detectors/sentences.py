"""Sentence junctions the ``sentences`` filter should repair, counted coarsely (issue: recall on real scrapes)."""

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

DETECTORS = {
    "colon_glue": (
        re.compile(r"\b[^\W\d_]{2,}[)\]”’]?:[\"“]?[A-Z][a-z]"),
        "a word, a colon, then a capitalised word with no space: `Watch:The`, `Read more:Featured`",
    ),
    "one_word_sentences": (
        re.compile(r"\b[a-z]{2,}[.!?][A-Z][a-z]+[.!?][A-Z][a-z]"),
        "one-word sentences in a row glued to their neighbours: `investigate.Good.Murkowski`",
    ),
    "decade_or_date_then_sentence": (
        re.compile(rf"(?:\b\d0 s|\b(?:{_MONTHS}) \d{{1,2}})\.[A-Z]"),
        "a decade written `30 s` or a date before a glued sentence: `his 30 s.Moore`, `September 8.CREW`",
    ),
    "pronoun_contraction": (
        re.compile(r"[a-z][.!?]I['’](?:m|ve|ll|d)\b"),
        "the pronoun with a contraction glued to a sentence end: `awkward.I've`, `p.m.I'm`",
    ),
    "doubled_quote": (
        re.compile(r"[a-z][.!?]\"\"[A-Z]"),
        'a doubled straight quote between two sentences: `Period.""What`',
    ),
    "comma_quote": (
        re.compile(r"[^\W\d_],[\"“][A-Z]"),
        'a comma glued to an opening quote: `said,"No one went`',
    ),
    "citation_then_sentence": (
        re.compile(r"[.!?](?:\[\d{1,3}\])+[A-Z]"),
        "a citation between a sentence end and the next sentence: `a martyr.[1]The`",
    ),
    "spaced_ellipsis_then_sentence": (
        re.compile(r"(?: \.){3}[A-Z]"),
        "a spaced ellipsis glued to the next sentence: `a period . . . .Next`",
    ),
    "full_width_stop": (
        re.compile(r"[a-z][．！？][A-Z]"),
        "a full-width stop between Latin sentences: `period．Does`",
    ),
}
