"""Page furniture left in the text, by the kinds of line scrapes keep (whole lines only)."""

import re

_M = re.MULTILINE
# A line that is one web address, not a post's or video's (the trace of an embed: see the embeds detectors).
_URL_LINE = (
    r"[ \t]*(?:https?://|www\.)(?!(?:www\.|mobile\.|m\.)?(?:twitter|x|facebook|instagram|youtube|vimeo)\.com/"
    r"|youtu\.be/)\S+[ \t]*\r?$"
)
DETECTORS = {
    "bare-url-line": (
        # matched at the line before it, which must not introduce it with a colon (`Read the ruling here:`)
        re.compile(rf"\A(?={_URL_LINE})|^(?=[^\n]*\S)(?![^\n]*:[ \t\r]*\n)[^\n]*\n(?:[ \t\r]*\n)*(?={_URL_LINE})", _M),
        "a line that is one web address, not a post's or video's, not introduced by a colon",
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
