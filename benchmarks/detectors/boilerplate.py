"""Page furniture left in the text, by the kinds of line scrapes keep (whole lines only)."""

import re

_M = re.MULTILINE
DETECTORS = {
    "bare-url-line": (
        re.compile(r"^[ \t]*(?:https?://|www\.)\S+[ \t]*\r?$", _M),
        "a line that is one web address",
    ),
    "teaser-line": (
        re.compile(
            r"^[ \t]*(?:READ MORE|Read [Mm]ore|RELATED|Related|MORE|PHOTOS|SEE ALSO|Also [Rr]ead)\b[^\n]{0,200}$", _M
        ),
        "a `Read more` / `READ MORE:` / `Related:` / `MORE:` / `PHOTOS:` line",
    ),
    "share-row": (
        re.compile(
            r"^[ \t]*(?:[\d.,]+[kKmM]? SHARES? )?(?:Facebook Twitter|Share Tweet|Share this:|SHARE THIS)[^\n]{0,40}$",
            _M,
        ),
        "a row of share buttons",
    ),
    "prompt-line": (
        re.compile(r"^\W{0,6}(?:Click here|CLICK HERE|Subscribe|Sign up|Follow (?:us|me)|Like us)\b[^\n]{0,150}$", _M),
        "a click, subscribe, newsletter or follow prompt on its own line",
    ),
    "footer-ad-player-line": (
        re.compile(
            r"^[ \t]*(?:The post .{1,300} appeared first on .{1,120}"
            r"|This (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)[^\n]{0,150}"
            r"|Advertisement|ADVERTISEMENT|Sponsored|SPONSORED|Play (?:Video|VIDEO)"
            r"|Loaded: \d+%|EMBED URL|Comment Policy:[^\n]*|\(function\(d, ?s, ?id\)[^\n]*)[ \t]*\r?$",
            _M,
        ),
        "a feed footer, ad label, video-player text, comment policy or SDK script line",
    ),
}
