"""Patterns and word lists for the ``encoding`` filter's repairs of what a decoder lost.

Each is here because a kind of scraped text needed it; see the comments.
"""

from __future__ import annotations

from cleanfeed.filters.patterns import lazy_compile


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: lists read better as running text."""
    return frozenset(text.split())


#: A U+FFFD between a word and a contraction or possessive ending (``don�t``,
#: ``Trump�s``, ``they�re``). A decoder that met a cp1252 ``’`` (byte 0x92) in text it
#: read as UTF-8 put U+FFFD there; an ASCII ``'`` is never lost that way. Whether the
#: mark was an apostrophe is judged from the word before it (see the lists below).
LOST_APOSTROPHE = lazy_compile(r"(?<![^\W\d_])([^\W\d_]{1,30})\uFFFD(s|t|re|ve|ll|d|m)(?![^\W\d_])")
#: Where a LOST_APOSTROPHE match ending at a given U+FFFD would start: searched for
#: back from each U+FFFD (``str.find``), since LOST_APOSTROPHE itself, tried at every
#: letter of a text, costs more than the rest of the filter.
WORD_BEFORE_MARK = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{1,30}\Z")

#: Word stems of ``n't``: ``don�t``, ``couldn�t``. Only these take a lost ``t``.
NOT_STEMS: frozenset[str] = _words(
    """
    don doesn didn can couldn won wouldn isn aren wasn weren hasn haven hadn shouldn ain
    mustn needn mightn shan
    """
)

#: Words that take ``'re``, ``'ve``, ``'ll`` and ``'d``: pronouns and the words a
#: contraction follows in speech (``they�re``, ``there�ll``, ``who�d``).
PRONOUNS: frozenset[str] = _words("i you we they he she it who that there what where here how this")

#: Modal verbs, which take ``'ve`` (``would�ve``, ``could�ve``).
MODALS: frozenset[str] = _words("would could should might must")

#: Stems of French loan words whose final ``é`` a decoder lost before a plural ``s``
#: (``caf�s``, ``clich�s``): a U+FFFD there is a letter, not an apostrophe.
ACCENTED_STEMS: frozenset[str] = _words(
    """
    caf clich fianc resum expos canap souffl saut ros attach pass touch consomm entr appliqu
    pur soir matin blas
    """
)

#: ``Â`` glued to the end of a word before a space: the lead byte of a UTF-8 no-break
#: space read as Latin-1 (``Current TimeÂ 0:00``), left behind when the no-break space
#: became a plain space, so ftfy no longer sees a pair to decode.
STRAY_NBSP_LEAD = lazy_compile(r"(?<=\S)Â(?= )")

#: A C1 control right after a closing quote (``"Stand Your Ground"\x9d``): the last byte
#: of a UTF-8 ``”`` (E2 80 9D) that a scraper kept after turning the rest into ``"``.
#: C1 controls are never text. One byte is left over, so a run of C1 controls after a quote
#: (``"\x99\x99``) is garbage of another kind and stays: taking its first control would only
#: put the next one after the quote, one more change on every pass. (The control is matched
#: first and the quote looked back for: the regex engine then skips to the rare C1 characters
#: instead of trying the lookbehind everywhere.)
STRAY_C1_AFTER_QUOTE = lazy_compile(r"[\u0080-\u009f](?<=[\"'”’][\u0080-\u009f])(?![\u0080-\u009f])")

#: The C1 controls, to test whether a text holds one before STRAY_C1_AFTER_QUOTE looks: nearly
#: no text does, and 32 substring tests take half the time of the regex engine's scan for its
#: first character class (most news text holds some non-ASCII, so the test runs on nearly every text).
C1_CONTROLS = tuple(chr(code) for code in range(0x80, 0xA0))
