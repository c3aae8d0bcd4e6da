"""Patterns and words of the ``embeds`` filter: the signature lines of embedded social posts."""

from __future__ import annotations

import re

from cleanfeed.filters.lexicon import MONTH_ABBREVIATIONS, MONTHS
from cleanfeed.filters.patterns import lazy_compile

# `October`, `Oct`, `Sept.`: tweet signatures spell the month out, Instagram's abbreviate it.
_MONTHS = rf"(?:{'|'.join(MONTHS + MONTH_ABBREVIATIONS)})\.?"
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SPACE = r"[ \xa0]"
# `October 1, 2017`; the year has four digits, so a digit after it starts the next paragraph (`20175 people`).
_DATE = rf"{_MONTHS}{_SPACE}\d{{1,2}},{_SPACE}{{0,2}}(?:19|20)\d\d"

#: The handle and date that end a tweet's signature: `(@realDonaldTrump) October 1, 2017`.
#: The name before the handle is found by looking back (see embeds._name_start).
TWEET_SIGNATURE = lazy_compile(rf"\(@\w{{1,20}}\){_SPACE}{{1,3}}{_DATE}")

#: Instagram's: `A post shared by Name (@handle) on Oct 12, 2017 at 3:56pm PDT` (older: `A photo posted by`).
INSTAGRAM_SIGNATURE = lazy_compile(
    rf"A (?:post|photo|video) (?:shared|posted) by [^\n()]{{1,60}}\(@[\w.]{{1,30}}\){_SPACE}on{_SPACE}{_DATE}"
    rf"{_SPACE}at{_SPACE}\d{{1,2}}:\d{{2}}{_SPACE}?[ap]m{_SPACE}(?:[PMCE][SD]T|UTC|GMT|BST)"
)

#: Facebook's: `Posted by Name on Monday, August 7, 2017`. The weekday tells it from a blog's byline
#: (`Posted by Jane Doe on 20 Sep 2016`), which is no embed.
FACEBOOK_SIGNATURE = lazy_compile(rf"Posted by [^\n.!?:]{{1,60}}?{_SPACE}on{_SPACE}{_WEEKDAYS},{_SPACE}{_DATE}")

#: The name in a tweet signature starts after an em dash (the embed's `— Name`), two spaces (where
#: a scrape turned the dash into spaces) or a line start, at most this many characters before the handle.
MAX_NAME_CHARS = 60
NAME_BOUNDARY = lazy_compile(r"(?:[—―]|&mdash;|--|^|[ \xa0]{2,})[ \xa0\t]*(?:\r?\n[ \xa0\t]*)?", re.MULTILINE)

#: A post's own links, which go with its signature in drop mode: `pic.twitter.com/AbC`, `https://t.co/AbC`.
#: Each begins with its host or with one of the schemes right before it.
POST_LINK_HOSTS = ("pic.twitter.com/", "t.co/")
POST_LINK_SCHEMES = ("https://", "http://")
POST_LINK = lazy_compile(
    "(?:" + "|".join(map(re.escape, POST_LINK_SCHEMES)) + ")?"
    "(?:" + "|".join(re.escape(host.removesuffix("/")) for host in POST_LINK_HOSTS) + r")/\w{1,30}"
)
#: The same, ending a stretch (searched up to the signature, so `\Z` is the signature's start).
LINKS_BEFORE = lazy_compile(rf"(?:[ \xa0\t]*{POST_LINK.pattern}){{1,6}}[ \xa0\t]*\Z")

#: A run of the posts' links that ends a line: `… #Kobane pic.twitter.com/AbC` (the post's signature lost).
TRAILING_LINKS = lazy_compile(
    rf"{POST_LINK.pattern}(?:[ \xa0\t]+{POST_LINK.pattern}){{0,5}}[ \xa0\t]*(?=\r?$)", re.MULTILINE
)

#: A post's text is at most this long: 280 characters, some links and an emoji or two more.
MAX_POST_CHARS = 360

# Words of saying or posting, in any tense (`tweeted`, `tweeting`, `wrote`, `replies`, `talked about`, `put it`),
# and the places posts are made (`on Twitter`, `used social media to express …`).
_SAYING = (
    r"\b(?:tweet(?:s|ed|ing)?|twitter|facebook|instagram|social media|express(?:es|ed|ing)?"
    r"|wr(?:ote|ites?|iting)|post(?:s|ed|ing)|sa(?:id|ys|ying)|shar(?:ed|es|ing)"
    r"|repl(?:y|ied|ies|ying)|respond(?:s|ed|ing)?|react(?:s|ed|ing)?|talk(?:s|ed|ing)?|add(?:s|ed|ing)"
    r"|ask(?:s|ed|ing)?|explain(?:s|ed|ing)?|claim(?:s|ed|ing)?|announc(?:e|es|ed|ing)|quot(?:e|es|ed|ing)"
    r"|put it|reads?)\b"
)

#: What in the line before a post says the story quotes it, so the post's text is story and stays:
#: `Trump tweeted:`, `she wrote on Twitter.`, `the network posted`, `One reporter added fuel, tweeting that …`.
INTRODUCING = lazy_compile(rf":[\"'”’)\s]*$|{_SAYING}", re.IGNORECASE)

#: The story's lead-in that opens a post's own line: `Trump tweeted: Sad! — Donald J. Trump (@…) …`,
#: `Example: [Collected via Twitter, October 2014] Crabzilla! …`. A post's own label (`JUST IN: …`) says nothing.
LEAD_IN = lazy_compile(
    rf"[^:\n]{{0,80}}?{_SAYING}[^:\n]{{0,80}}:|[^:\n]{{1,40}}:[ \xa0]*\[[^\]\n]{{0,80}}?{_SAYING}", re.IGNORECASE
)

#: A line that ends a sentence, a quote or a post's signature (its year): a post's text below it starts
#: its own paragraph.
PARAGRAPH_END = lazy_compile(r"(?:[.!?…:]|\d{4})[\"'”’)\]]*[ \xa0\t]*$")

#: What marks a line of text as a post (its links, hashtags or mentions), where no dash ties it to the signature.
POST_MARK = lazy_compile(rf"{POST_LINK.pattern}|(?<!\w)[#@]\w")
