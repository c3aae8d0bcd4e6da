"""The shared word lists hold the relations the filters reading them rely on."""

from cleanfeed.filters import credits_data, lexicon, subheads_data


def test_openers_and_starters_are_capitalised_words():
    for word in lexicon.SENTENCE_OPENERS | lexicon.SENTENCE_STARTERS:
        assert word[:1].isupper() and " " not in word, word


def test_the_filters_narrower_lists_are_parts_of_the_shared_ones():
    # credits' camel-case name endings are openers it otherwise cuts before (`HinshawIn this May…`)
    assert credits_data.NAME_ENDINGS <= lexicon.SENTENCE_OPENERS
    # subheads' starters no name ends in are starters
    assert subheads_data.NAMELESS_STARTERS <= lexicon.SENTENCE_STARTERS
    assert lexicon.CREDIT_TITLES <= lexicon.TITLES


def test_spoken_openers_are_credits_alone():
    assert lexicon.SENTENCE_OPENERS - lexicon.SENTENCE_STARTERS == lexicon.SPOKEN_OPENERS
