"""Photo credits and captions with a credit that are left in the text (issue: recall of credits).

Coarse on purpose: each pattern finds a shape a credit takes, whether or not the
filter should remove that instance; read what is left before trusting a figure.
"""

from __future__ import annotations

import re

# A label a site puts under its lead image: `Featured image via …`, `Featured image is a screenshot`.
_FOOTER = r"Feature[d]?[ ][Ii]mage[ds]?\b|[Vv]ia[ ]Getty[ ]Images/"

# A line that is a credit with a label: `[image via AP]`, `[Image Credit | EPA]`, `Images via Site`,
# `photo credit: name via photopin cc`, `Picture: Flickr / some_user`, `Pic: ESA`, `© Name`,
# `Images: A/YouTube; B/YouTube`. Gallery headlines (`PHOTOS: Celebrity flubs!`) are left out.
_LABEL_LINE = r"""(?mx)^[ \t]*[\[(]?
    (?:(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]ic)s?(?:[ ][Cc]redits?)?[ ]?(?:[Vv]ia|by|:|[-|–]|[Cc]ourtesy)
      | [Pp]hoto[ ][Cc]redit | ©[ ]?[A-Z][^\d\n]{0,40}$ )
    [^\n]{0,80}$"""
# A caption whose credit leads, set off by two or more spaces: `Getty   The minister arrives…`,
# `REUTERS/Jane Doe   Protesters outside…`.
_LEADING = r"""(?mx)^[ \t]*
    (?:Getty(?:[ ]Images)?|Reuters|REUTERS|AP|AFP|EPA|PA|Rex|Alamy
      | [A-Z][\w.]*(?:[ ][A-Z][\w.]*)?[ ]?/[ ]?[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)
    [ \t]{2,}[A-Z"“]"""
# A credit or source glued to the next sentence: `(Pool/Getty)Fans gathered`, `(Facebook)That makes sense`,
# `GettyA lonely owl`, `Source: Washington PostThis report`.
_GLUED = r"""(?x)
    \((?:[A-Za-z .]{0,30}/)?(?:Getty(?:[ ]Images)?|AP|AFP|Reuters|Facebook|Twitter|Instagram|YouTube|Pool)\)[A-Z"“]
    | \bGetty(?:[ ]Images)?(?=[A-Z])
    | Source:[ ](?:[A-Z][\w.]*[ ]){0,3}[A-Z]?[a-z.]+(?=[A-Z][a-z])"""

DETECTORS = {
    "credits_footer": (re.compile(_FOOTER), "a site's footer credit under its lead image"),
    "credits_line": (re.compile(_LABEL_LINE), "a short line that is a labelled credit"),
    "credits_leading": (re.compile(_LEADING), "a caption led by its credit and a wide gap"),
    "credits_glued": (re.compile(_GLUED), "a credit or source glued to the next sentence"),
}
