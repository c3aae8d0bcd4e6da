"""Word lists for the ``subheads`` filter.

Each list is here because a kind of text needed it; see the comments.
"""

from __future__ import annotations

import re

from cleanfeed.filters.lexicon import NEWS_AGENCIES, PHOTO_LIBRARIES, REFERENCE_ABBREVIATIONS, TITLES
from cleanfeed.filters.patterns import lazy_compile


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: lists read better as running text."""
    return frozenset(text.split())


#: Real words and names with a capital inside. A lower→upper junction inside one
#: of them is never the seam between a subhead and the sentence after it
#: (``spread on WhatsApp.The``, ``an iPad.His``). Plurals and possessives
#: (``iPhones``, ``McDonald's``) are covered by prefix matching.
KNOWN_MIXED_CASE: frozenset[str] = _words(
    """
    iPhone iPad iPod iMac iTunes iCloud iOS iWatch iPlayer eBay eBook eBooks eMail eCommerce
    YouTube YouTuber WhatsApp PlayStation PowerPoint PayPal LinkedIn FaceTime InfoWars BuzzFeed
    HuffPost HuffPo DreamWorks SoftBank SpaceX FedEx BlackRock BlackBerry BlackWater GlaxoSmithKline
    AstraZeneca ExxonMobil ConocoPhillips PricewaterhouseCoopers JPMorgan MasterCard MetLife
    MySpace SmackDown WikiLeaks GoFundMe KickStarter SoundCloud TweetDeck WordPress DuckDuckGo
    SeaWorld WarnerMedia NewsCorp BuzzFeedNews TheBlaze TheStreet RealClearPolitics FiveThirtyEight
    McDonald McDonald's McDonalds McCain McConnell McCarthy McMaster McGee McGregor McKinsey
    McLaughlin McEnany McCabe McCaskill McDaniel McGahn McFarland McCartney McIntosh McKenzie
    MacArthur MacDonald MacKenzie MacBook
    LeBron DeAndre DeShawn DeMarcus DeRozan DeVos DeSantis DeLay DiCaprio JaVale LaToya LaShawn
    DeMar DeAngelo LaMarcus JaMarcus DeWine LaGuardia
    NatWest CrossFit AirBnb AirBnB OxyContin ObamaCare TrumpCare DirecTV StubHub GitHub CitiGroup
    """
)

#: Abbreviations a period after which does not end a sentence, so a glued word after it
#: does not start a subhead (``Mr.Smith and JonesThe…``, ``Vol.Two``).
TITLE_ABBREVIATIONS: frozenset[str] = TITLES | REFERENCE_ABBREVIATIONS

#: Words a title does not end with. A glued run ending in one of them is the middle
#: of a sentence, not a subhead (``He said thatThe…``).
NON_FINAL_WORDS: frozenset[str] = _words(
    """
    a an the of to in on at by for from with and or but nor that which who whose whom as than
    is are was were be been being has have had do does did will would can could shall should may
    might must not no its their his her our your my this these those into onto about over under
    """
)

#: Words a lead-in sentence ends with, pointing at what follows it (an image, a
#: quotation, a list). A short line ending in one is prose, not a subhead, even
#: without its period (``A screenshot of the letter is below``).
LEAD_IN_ENDS: frozenset[str] = _words("below above here following follows hereunder")

#: Verbs that introduce a quotation. Near the end of a short line they make it the
#: lead-in to the quotation after it, whose colon was lost (``A friend told the Post``),
#: not a subhead.
SPEECH_VERBS: frozenset[str] = _words("said says told tells wrote writes added adds explained explains tweeted")

#: Prepositions. A short sentence starter followed by one is the tail of an identifier
#: (``createdAt in``, ``checkIn at``), not the start of a sentence (``In the``, ``It was``).
PREPOSITIONS: frozenset[str] = _words(
    """
    in at on to of by for from with as into onto about over under than via per off up
    """
)


#: Sentence starters no camel-case name ends in. After a capitalised word
#: (``…Putin and TrumpThe Russian…``) only these make a junction: the commoner
#: starters end brands and groups (``HereNow``, ``NowThis``, ``IfNotNow``, ``LinkedIn``).
NAMELESS_STARTERS: frozenset[str] = _words("The He She They We")


#: Words that may stay lower-case in a title-case heading (``Kanye West Wants to Enter``).
MINOR_WORDS: frozenset[str] = _words(
    """
    a an the and or but nor for of to in on at by up as via with from into onto over than vs
    is are was be it its if so per off out not
    """
)

#: Page furniture: a short line holding one of these is a widget, a label or a link, not a
#: subhead (``Advertisement``, ``Story Continued Below``, ``Continue reading the main story``,
#: ``Video loading``, ``Read more …``, ``VIEW GALLERY``, ``PIN IT``, ``SAVE & SHARE``,
#: ``665 SHARES Facebook Twitter``, ``Hide Caption 3 of 30``, ``Subscribe to … for FREE``,
#: ``Follow … on Twitter``, ``Delivered by …``, ``Posted by …``, ``Ads by …``, ``Story
#: highlights …``, ``… contributed to this report``, ``Additional reporting by …``), or the
#: name of a publication (``The … Newspaper``, ``Newsweek Magazine is back``).
FURNITURE = lazy_compile(
    r"\b(?:advert(?:isement)?s?|sponsored|loading|continued|continue reading|read (?:more|next|this)"
    r"|gallery|galleries|photos?|images?|pictures?|videos?|trailer|captions?|pin it|shares?|e-?mail"
    r"|print|save|subscribe|follow|comments?|posted|delivered by|ads by|click|related|highlights"
    r"|facebook|twitter|pinterest|instagram|youtube|contributed|reporting by|credits?|courtesy"
    r"|recommended|newspaper|magazine|\d+ of \d+)\b",
    re.IGNORECASE,
)

# A credit names its agency or picture library (``Rex Features``, ``Brad Pitt Getty Images``):
# a short name (``AP``, ``PA``) only in capitals, a longer one in any case.
_SHORT_SOURCES = sorted({name for name in NEWS_AGENCIES + PHOTO_LIBRARIES if len(name) <= 3}, key=len, reverse=True)
_LONG_SOURCES = sorted({name for name in NEWS_AGENCIES + PHOTO_LIBRARIES if len(name) > 3}, key=len, reverse=True)
#: A credit line: a picture source, or a photographer working for a title (``Jane Roe for The Daily``).
CREDIT = lazy_compile(
    r"\b(?:" + "|".join(map(re.escape, _SHORT_SOURCES)) + r")\b"
    r"|(?i:\b(?:" + "|".join(map(re.escape, _LONG_SOURCES)) + r")\b)"
    r"|^[A-Z][\w'’-]+ [A-Z][\w'’-]+ for (?:[Tt]he )?[A-Z]"
)
