"""Embedded social posts left in the text: signatures, glued signatures, the posts' links."""

import re

_DATE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? \d{1,2}, \d{4}"
)

DETECTORS = {
    "tweet-signature": (re.compile(rf"\(@\w{{1,20}}\) {_DATE}"), "a tweet's `(@handle) Month D, YYYY`"),
    "tweet-signature-glued": (
        re.compile(rf"\(@\w{{1,20}}\) {_DATE}(?=\w|[@#\"“‘'(\[]|\.@)"),
        "a tweet signature glued to the next paragraph (`2017Trump`)",
    ),
    "pic.twitter.com": (re.compile(r"pic\.twitter\.com/\w+"), "a tweet's picture link"),
    "t.co": (re.compile(r"https?://t\.co/\w+"), "a tweet's short link"),
    "post-url-line": (
        re.compile(
            r"^[ \t]*(?:https?://)?(?:www\.|mobile\.|m\.)?(?:twitter\.com/\w+/status/|instagram\.com/p/"
            r"|facebook\.com/[\w.]+/(?:posts|videos)/|youtube\.com/watch|youtu\.be/|vimeo\.com/)\S*[ \t]*\r?$",
            re.MULTILINE,
        ),
        "a line that is one post's or video's address, what a scrape keeps of an embed",
    ),
    "instagram-facebook-signature": (
        re.compile(
            r"A (?:post|photo|video) (?:shared|posted) by [^\n()]{1,60}\(@[\w.]+\) on "
            r"|Posted by [^\n.!?:]{1,60}? on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
        ),
        "an Instagram or Facebook post's signature",
    ),
}
