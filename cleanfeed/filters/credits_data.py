"""Word lists for the ``credits`` filter: the words around photographers' names.

Each entry is here because a credit in scraped news needed it. The agencies and
picture libraries, the sentence openers and the name prefixes are shared with other
filters: they are in :mod:`cleanfeed.filters.lexicon`.
"""

from __future__ import annotations

from cleanfeed.filters.lexicon import COMPANY_ABBREVIATIONS, CREDIT_TITLES

#: Social sites a picture is taken from: alone in brackets between two sentences they credit
#: an embedded post (`Who knew? (Facebook)That makes sense`).
SOCIAL_SITES: frozenset[str] = frozenset({"Facebook", "Twitter", "Instagram", "YouTube"})

#: What may stand where a photographer's name goes: REUTERS/Stringer, Name/Pool, …/File Photo.
ROLES: frozenset[str] = frozenset(
    {"stringer", "handout", "pool", "file", "file photo", "staff", "released", "courtesy", "screengrab"}
)

#: Lower-case words a credit may hold between names: "Photo by Name for Disney",
#: "Image courtesy of Name on Flickr", "Featured image via screen capture",
#: "Jarl Ale de Basseville", "Featured image from file".
CONNECTORS: frozenset[str] = frozenset(
    {"via", "for", "of", "and", "by", "from", "on", "the", "courtesy", "user", "cc"}  # cc: a Creative Commons licence
)
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "el", "al", "bin", "dos", "y"}
)
IMAGE_WORDS: frozenset[str] = frozenset(
    {
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "screengrab",
        "screenshot",
        "screen",
        "grab",
        "capture",
        "file",
    }
)

#: Lower-case words a site's footer credit holds besides names and image words: `Featured image via
#: video screen capture`, `via media library`, `via archive`, `via Twitter/composite`, `via Name Facebook page`,
#: `via screen capture from embedded video`, `Featured image a screen-grab`.
FOOTER_WORDS: frozenset[str] = frozenset(
    {
        "video",
        "videos",
        "screenshots",
        "screengrabs",
        "screen-grab",
        "composite",
        "archive",
        "library",
        "media",
        "page",
        "embedded",
        "footage",
        "still",
    }
)

#: Sentence openers that also end camel-case names (`LinkedIn`, `CheckIn`, `AddOn`, `JustDoIt`):
#: glued to a small letter they are part of the name, not the start of a sentence.
NAME_ENDINGS: frozenset[str] = frozenset({"In", "On", "It"})
#: ... unless the word after them goes on as a sentence does: `HinshawIn this May 30, 2013, photo`.
AFTER_SHORT_OPENERS: frozenset[str] = frozenset(
    {"the", "this", "that", "these", "those", "a", "an", "his", "her", "their", "its", "our", "my", "other", "fact"}
    | {"is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "seems", "s"}  # `It s`: a lost ’
)

#: Short words ending in a period that do not end a credit: "Staff Sgt. Corey Hook",
#: "CBS Interactive Inc. Douglas Haig" (initials, "Jeffrey A. Camarati", are read apart).
ABBREVIATIONS: frozenset[str] = frozenset(f"{word}." for word in CREDIT_TITLES | COMPANY_ABBREVIATIONS)

#: A caption describes a picture; a line that opens with one of these points back into the story
#: (`He added that he had lived there.  Name / Getty Images`), so only the credit glued to it goes.
#: Reported speech is no such sign: captions of speeches say `President Trump said he will …`.
STORY_PRONOUNS: frozenset[str] = frozenset({"He", "She", "They", "It", "We", "I", "You", "His", "Their", "Our", "Its"})

#: The lower-case words a label is made of: `Featured image is a screenshot`, `Screen grab from`,
#: `pic : Name`, `date 2017-05 © …`. No credit holds a small word but a name's, a footer's or a label's,
#: so a chain of credits ending a line begins after the last other one (see credits._stop_word).
LABEL_WORDS: frozenset[str] = frozenset({"a", "an", "is", "grab", "pic", "pics", "picture", "pictures", "date"})
#: ... and those a label may end with glued to the next word, where a body begins inside a word:
#: `Image copyrightgetty`, `Featured imagevia`, `Photo byname`, `Image courtesy ofname`.
LABEL_ENDINGS: tuple[str, ...] = ("image", "photo", "credit", "copyright", "courtesy", "of", "by", "via", "from")
