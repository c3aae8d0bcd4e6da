"""Word lists for the ``credits`` filter: who takes news photos, and the words around their names.

Each entry is here because a credit in scraped news needed it. Names are matched
word by word; names of two or three capital letters (``AP``, ``PA``, ``EPA``)
only in capitals, longer ones in any case (``GETTY IMAGES``, ``wikimedia``).
"""

from __future__ import annotations

#: News agencies whose name also appears in ordinary reporting ("Reuters said").
#: A credit needs more than their name alone: a label, a slash or a photographer.
NEWS_AGENCIES: tuple[str, ...] = (
    "AP",
    "AP Photo",  # (AP Photo/Evan Vucci), © AP Photo/ Mark Lennihan
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "Reuters Photo",
    "AFP",
    "AFP PHOTO",  # AFP PHOTO/JORDANIAN TV
    "Agence France-Presse",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Sputnik",
    "RIA Novosti",
    "РИА Новости",
    "TASS",
    "ТАСС",
    "Xinhua",
    "Anadolu",
    "Anadolu Agency",
    "Kyodo",
    "Yonhap",
    "UPI",
    "DPA",
    "ANSA",
    "PA",
    "Press Association",
    "Bloomberg",
    "NASA",
    "USA TODAY",
)

#: Photo libraries and picture desks: their name is a credit wherever it closes one.
PHOTO_LIBRARIES: tuple[str, ...] = (
    "Getty",
    "Getty Images",
    "Getty Image",
    "Getty Images Sport",
    "Getty Images Entertainment",
    "Images Getty",  # "via Images Getty", a scraper's word salad
    "WireImage",
    "FilmMagic",
    "Shutterstock",
    "Shutterstock.com",
    "Rex",
    "Rex Features",
    "Depositphotos",
    "Pixabay",
    "Unsplash",
    "iStock",
    "iStockphoto",
    "Alamy",
    "Corbis",
    "NurPhoto",
    "SOPA Images",
    "ZUMA",
    "Zuma Press",
    "PA Images",
    "Splash",
    "Splash News",
    "Flickr",
    "Wikimedia",
    "Wikimedia Commons",
    "photopin",  # photo credit: name via photopin cc
    "Compfight",  # Photo Credit: name via Compfight cc
)

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

#: Capitalised words that begin a sentence. A credit glued to one of them
#: (``Alexei DruzhininThe North…``) ends where the word begins.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "A",
        "According",
        "After",
        "All",
        "Also",
        "An",
        "And",
        "As",
        "At",
        "But",
        "During",
        "For",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "However",
        "I",
        "If",
        "In",
        "It",
        "Its",
        "Meanwhile",
        "Now",
        "Oh",
        "On",
        "One",
        "Our",
        "She",
        "So",
        "Still",
        "Some",
        "That",
        "The",
        "Their",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Was",
        "We",
        "Well",
        "Were",
        "What",
        "When",
        "While",
        "Who",
        "Why",
        "With",
        "Yeah",
        "You",
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
#: "CBS Interactive Inc. Douglas Haig", "Jeffrey A. Camarati".
ABBREVIATIONS: frozenset[str] = frozenset(
    {"Sgt.", "Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "Dr.", "Mr.", "Mrs.", "Ms.", "Lt.", "Col.", "Gen."}
)

#: Name prefixes joined to a capital (McNamee, DeVos, MacArthur): not a place where a credit ends.
NAME_PREFIXES: frozenset[str] = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'"})

#: A caption describes a picture; a line that opens with one of these points back into the story
#: (`He added that he had lived there.  Name / Getty Images`), so only the credit glued to it goes.
#: Reported speech is no such sign: captions of speeches say `President Trump said he will …`.
STORY_PRONOUNS: frozenset[str] = frozenset({"He", "She", "They", "It", "We", "I", "You", "His", "Their", "Our", "Its"})
