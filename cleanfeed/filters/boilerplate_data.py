"""Patterns of the ``boilerplate`` filter: the lines of page furniture a scraper keeps.

Each pattern must match a whole line (stripped of the whitespace around it), never a
stretch inside one; each is here for a kind of line real scrapes hold.
"""

from __future__ import annotations

from cleanfeed.filters.patterns import lazy_compile

#: A line longer than this is prose, whatever it starts with (the longest furniture seen is a
#: comment policy of about 250 characters, or a script line).
MAX_LINE_CHARS = 400

#: Whole lines that are furniture, compared case-folded, per language.
EXACT_LINES = {
    "en": (
        "advertisement",  # an ad slot's label
        "sponsored",
        "sponsored content",
        "story continued below",
        "story continues below",
        "story continues below advertisement",
        "continue reading below",
        "↓ continue reading below",
        "continue reading the main story",
        "scroll down for video",
        "take our poll - story continues below",
        "read more",
        "read more »",
        "read next",
        "see all related",
        "related coverage",
        # a teaser box's label alone on its line, its headlines below (`Related:`, `MORE:`, `SEE ALSO`)
        "related",
        "related articles",
        "related stories",
        "related posts",
        "more",
        "more stories",
        "more news",
        "see also",
        "also read",
        "view gallery",
        "ads by adblade",
        "share this:",
        "share this article",
        "share this story",
        # what a video player shows when its script did not run
        "play video",
        "embed url",
        "video loading",
        "video player is loading.",
        "this is a modal window.",
        "modal trigger",
        "no compatible source was found for this video.",
        "please enable javascript to watch.",
        # a sign-up box's labels
        "you may opt out at anytime.",
        "be the first to know when big news breaks",
        "recaptcha requires verification.",
        "protected by recaptcha",
        "privacy - terms",
    ),
    "de": ("anzeige", "werbung", "weiterlesen", "mehr zum thema"),
    "fr": ("publicité", "lire aussi", "à lire aussi", "lire la suite"),
    "es": ("publicidad", "leer más", "lee también"),
}
EXACT = frozenset(line for lines in EXACT_LINES.values() for line in lines)

#: Lines that start with a teaser label and name another story: `READ MORE: …`, `Related: …`, `MORE: …`.
#: `MORE` and `PHOTOS` only in capitals: `Photos: Fire Balls Explode Over …` is a headline.
TEASER = lazy_compile(
    r"(?:READ MORE|Read [Mm]ore|RELATED|Related(?: roundups?)?|MORE|PHOTOS|ALSO READ|Also [Rr]ead|SEE ALSO|See [Aa]lso"
    r"|RELATED (?:STORY|STORIES|ARTICLES?|VIDEOS?|GALLERY|POSTS?|LINKS)|Related (?:[Ss]tory|[Ss]tories|[Aa]rticles?)"
    r"|Related (?:on|from) [^:\n]{1,40}"  # `Related on Checkpoint: …`
    r"|Lire aussi|À lire aussi|Lee también|Mehr zum Thema)[ \t\xa0]*:[ \t\xa0]*\S"
    r"|Read more (?:on|about) [A-Z][^.!?,;:]{0,40}\.?$"  # `Read more on Ferguson.`
    # `Read more 5 Unforgettable Steve Jobs Moments`, `Read more from the BBC Magazine on …`, `Read More @ Site.org`
    r"|(?:Read [Mm]ore|READ MORE) (?:(?:from|at|in|about|here|below|great)\b|@|[A-Z0-9\"“‘'])"
    r"|(?:Related|RELATED) (?:[Ss]tories|[Aa]rticles|STORIES|ARTICLES|[Pp]osts|[Cc]overage|[Vv]ideos?)"
    r"(?: from [^\n]{1,40})?$"  # `Related stories from the Herald`
    r"|MORE (?:FROM [A-Z][A-Z ]{0,40}|STORIES|NEWS|VIDEOS?)$"  # `MORE FROM GOLF`
)

MAX_TEASER_CHARS = 240

#: Prompts to click, subscribe or follow: `Click here to …`, `Subscribe to … for FREE`, `Sign up for our
#: newsletter`, `Follow us on Twitter`, `>> Follow Name (@handle) on Twitter`, `Like us on Facebook`.
PROMPT = lazy_compile(
    r"(?:\W{0,6})(?:"
    r"(?i:click here)\b"
    r"|(?:Subscribe|SUBSCRIBE|Sign up|SIGN UP)\b(?:$| (?i:to|for|now|today)\b)"
    r"|(?:Follow|FOLLOW|Like|LIKE) (?:[\w.'’]+ ){0,4}(?:\(@\w+\) )?(?i:on) (?:Twitter|Facebook|Instagram)\b"
    r"|Follow (?:us|me)(?::| (?:on|at)) \S"
    r")"
)
#: A prompt is short; a longer line that starts like one is prose that goes on.
MAX_PROMPT_CHARS = 160

#: `The post Title appeared first on Site.` (a blog feed's footer): the site's name, capitalised, ends the line
#: (not `The post of chief executive appeared first on the agenda, board members said.`; see
#: boilerplate._names_a_site, which reads the group: a class of those characters here would triple the
#: pattern's compile time, which a run pays at start-up).
FEED_FOOTER = lazy_compile(r"The post .{1,300} appeared first on (.{1,120})")
#: What a site is not named: a day (`The post Brexit customs plan appeared first on Monday.`).
NOT_SITE_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"}
)
#: What a site's name may begin with, and what it never holds.
SITE_NAME_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“'‘")
NOT_IN_SITE_NAME = frozenset(",;:!?")

#: `This article originally appeared on Site.`, `Originally published at Site.`, `… at mises.org`: the source is
#: named (not `Originally published in 1851, Moby-Dick sold…`, `Originally published by a small press, …`).
ORIGINALLY = lazy_compile(
    r"(?:This (?:article|story|post|piece) (?:was )?(?:originally|first) (?:published|appeared)"
    r"|Originally (?:published|appeared)) (?:on|at|in|by)[ ](?=[A-Z“\"'‘]|[\w-]+\.\w)"  # a name or an address
)
MAX_ORIGINALLY_CHARS = 200

#: What no prompt or footer holds but prose does: a clause reporting speech or going on about what it names
#: (`Subscribe to the newsletter, the mayor urged them, …`, `This article originally appeared on the front
#: page in 1912, the archivist said.`, `Follow the reporter on Twitter for updates from the trial, which
#: resumes on June 4.`, `Like many of her friends on Facebook, she shared…`). Not looked for in teasers,
#: whose headlines report speech (`READ MORE: Putin says …`).
PROSE_CLAUSE = lazy_compile(
    r"\b(?:said|says|told|urged|added|according to)\b|,[ ](?:which|who|whose|where|when|she|he|they)\b"
)
#: ... and what a teaser's headline never holds but a sentence does: a comma (in a quotation or not), then who
#: said it (`Read more about the plan on page 4, the mayor told reporters.`, `"Follow me," the officer
#: shouted.`; a headline says `Putin says …`).
REPORTED_AFTER_COMMA = lazy_compile(
    r",[\"”’']?[ ](?:[^,]{1,40}[ ])?"
    r"(?:said|says|told|urged|warned|promised|advised?|advises|added|shouted|wrote|explained|read)\b"
)

#: `Loaded: 0%`, `Progress: 0%`: a video player's status line.
PLAYER_STATUS = lazy_compile(r"(?:Loaded|Progress|Current Time|Duration|Remaining Time)[: ]+-?[\d.:]+%?")

#: A comment policy: `Comment Policy: Please keep comments relevant to the topic. …`
COMMENT_POLICY = lazy_compile(r"Comment Policy:|(?:We welcome (?:your )?comments|Comments are moderated)\b")

#: Facebook's SDK loader as a line of script: `(function(d, s, id) { … facebook-jssdk …`.
SCRIPT = lazy_compile(r"\(function ?\(d, ?s, ?id\)|facebook-jssdk|connect\.facebook\.net")

#: A line that is one bare web address: the source URL under a title, a link the page made clickable
#: (it goes only as the page's own address: see boilerplate._source_address).
#: Not a post's or a video's address: where a page embedded one, the address stands for it (a list of
#: posts whose items are their addresses; `Watch the video below.` and the video's address).
BARE_URL = lazy_compile(
    r"(?:https?://|(?=www\.))(?!(?:www\.|mobile\.|m\.)?(?:twitter|x|facebook|instagram|youtube|vimeo)\.com/"
    r"|youtu\.be/)[^\s<>\"]{3,2000}"
)

#: The words of a row of share buttons (`Facebook Twitter Pinterest`, `Share Tweet Email`,
#: `1.2k SHARES Facebook Twitter`); a row holds only these and share counts, and two of them or more.
SHARE_WORDS = frozenset(
    {
        "facebook", "twitter", "pinterest", "email", "e-mail", "share", "shares", "tweet", "whatsapp",
        "linkedin", "reddit", "print", "google+", "messenger", "sms", "pin", "tumblr", "flipboard",
        "stumbleupon", "this", "story", "copy", "link",
    }
)  # fmt: skip
SHARE_COUNT = lazy_compile(r"\d{1,4}(?:[.,]\d{1,3})?[kKmM]?")
#: Share-row words that say nothing alone: a row needs one of the others too.
SHARE_FILLERS = frozenset({"this", "story", "copy", "link", "print", "pin"})

#: The cheap gates: every kind above but script starts with one of these words (case-folded), after at
#: most a few marks (`>> Follow`, `↓ Continue`, `**CLICK HERE`), or with a share count (`1.2k SHARES`);
#: a line is matched only against the patterns its first word can start.
FIRST_WORD = lazy_compile(r"[^\w(]{0,8}(\w+)")
#: The same word at the start of an unstripped line, to find the lines worth judging in one scan: after a line
#: break (the literal first lets the regex engine skip to the next break) and at the start of the text.
FIRST_WORD_AFTER_BREAK = lazy_compile(r"\n[^\S\n]*[^\w(\n]{0,8}(\w+)")
FIRST_WORD_OF_TEXT = lazy_compile(r"[^\S\n]*[^\w(\n]{0,8}(\w+)")
TEASER_WORDS = frozenset({"read", "related", "more", "photos", "also", "see", "lire", "à", "lee", "mehr"})
PROMPT_WORDS = frozenset({"click", "subscribe", "sign", "follow", "like"})
ORIGINALLY_WORDS = frozenset({"this", "originally"})
FEED_FOOTER_WORDS = frozenset({"the"})
PLAYER_STATUS_WORDS = frozenset({"loaded", "progress", "current", "duration", "remaining"})
COMMENT_POLICY_WORDS = frozenset({"comment", "we", "comments"})
BARE_URL_WORDS = frozenset({"http", "https", "www"})
FIRST_WORDS = frozenset(
    {line.split()[0].strip("↓") or line.split()[1] for line in EXACT}
    | TEASER_WORDS
    | PROMPT_WORDS
    | ORIGINALLY_WORDS
    | FEED_FOOTER_WORDS
    | PLAYER_STATUS_WORDS
    | COMMENT_POLICY_WORDS
    | BARE_URL_WORDS
    | SHARE_WORDS
)
