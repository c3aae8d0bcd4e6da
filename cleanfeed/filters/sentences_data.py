"""Word lists for the ``sentences`` filter.

Each list answers one question the filter asks about a period glued between two
words; every entry is there because a kind of real text needs it. All entries are
lower case; the filter compares lower-cased words.
"""

from __future__ import annotations

from cleanfeed.filters import lexicon

#: Abbreviations written with inner periods whose second part is more than one
#: letter, so the initialism rule (``J.R.R.``, ``Ph.D.``) does not see them:
#: ``M.Sc.`` is one word, not ``M. Sc.``.
DOTTED_ABBREVIATIONS = frozenset(
    {
        "b.sc",
        "m.sc",
        "b.ed",
        "m.ed",
        "b.eng",
        "m.eng",
        "b.tech",
        "m.tech",
        "b.com",
        "m.com",
        "b.arch",
        "m.arch",
        "b.mus",
        "m.mus",
        "b.phil",
        "m.phil",
        "d.phil",
        "b.litt",
        "d.litt",
        "m.litt",
        "b.pharm",
        "m.pharm",
        "d.min",
        "s.th",
        "ll.b",
        "ll.m",
        "ll.d",
        "ph.d",
        "ed.d",
        "th.d",
        "ps.s",
    }
)

#: Endings of domain and file names that are never an English sentence start, in
#: any case: ``Alibaba.Com``, ``Index.Html``, ``REPORT.PDF``.
NAME_SUFFIXES = frozenset(
    {
        # generic top-level domains
        "com",
        "org",
        "gov",
        "edu",
        "mil",
        "biz",
        # file name extensions
        "htm",
        "html",
        "xhtml",
        "php",
        "asp",
        "aspx",
        "jsp",
        "cgi",
        "pdf",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "svg",
        "bmp",
        "tif",
        "tiff",
        "webp",
        "mp3",
        "mp4",
        "mov",
        "avi",
        "wmv",
        "wav",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "txt",
        "csv",
        "json",
        "xml",
        "zip",
        "rar",
        "exe",
        "dll",
        "apk",
        "iso",
        "py",
        "js",
        "ts",
        "jsx",
        "tsx",
        "css",
        "cpp",
        "csproj",
        "sln",
        "yaml",
        "yml",
        "toml",
        "ini",
        "cfg",
        "sh",
        "md",
        "ps1",
        "tsv",
        "gz",
        "tgz",
        "bz2",
        "xz",
        "7z",
        "dmg",
        "msi",
        "rpm",
        "flac",
        "ogg",
        "mkv",
        "epub",
        "rtf",
        "odt",
    }
)

#: Endings of domain and product names that are also words, so they count only
#: in capitals: ``Hill.TV``, ``System.IO``, ``VB.NET``, ``Sputnik.RU`` (but
#: ``Sunday.It was`` is a sentence). Country codes that are English words or
#: acronyms that start sentences (``IT``, ``US``, ``UK``, ``EU``, ``AI``) are left
#: out: ``final.US officials`` is a sentence.
CAPITAL_NAME_SUFFIXES = frozenset(
    {
        "net",
        "tv",
        "io",
        "co",
        "de",
        "fr",
        "nl",
        "ch",
        "se",
        "dk",
        "fi",
        "pl",
        "cz",
        "ru",
        "ua",
        "cn",
        "jp",
        "kr",
        "tw",
        "hk",
        "sg",
        "tr",
        "gr",
        "pt",
        "br",
        "mx",
        "za",
        "nz",
        "au",
        "ie",
        "ly",
        "fm",
        "cc",
        "ws",
        "gg",
        "pk",
        # sites of the former Soviet Union and its neighbours: `Trend.AZ`, `Tengrinews.KZ`, `News.AM`
        "az",
        "kz",
        "kg",
        "uz",
        "ge",
        "am",
        "ro",
        "bg",
        "rs",
        "sk",
        "lt",
        "lv",
        "ee",
        "il",
        "ir",
        "eg",
        "ng",
        "ke",
        "ph",
        "vn",
        # Arab and South Asian sites: `Reporters.DZ`, `News.LB`
        "dz",
        "lb",
        "jo",
        "sy",
        "iq",
        "ae",
        "qa",
        "kw",
        "bd",
        "lk",
        "np",
    }
)

#: What follows a version of three numbers or more as its qualifier: ``5.4.32.Final``, ``4.0.0.Alpha1``.
VERSION_QUALIFIERS = frozenset({"final", "alpha", "beta", "release", "snapshot", "ga", "rc", "m", "sp", "preview"})

#: Country codes that in title case are no English word, name particle or honorific, so a site's name
#: may end with one written so: ``Lenta.Ru``, ``Mail.Ru Group``, ``Politico.Eu``, ``Dawn.Tv``. (Not ``De``:
#: ``said.De Blasio``; not ``Mx``; ``Uk`` and ``Eu`` are safe here though ``UK`` and ``EU`` start sentences.)
TITLE_CASE_NAME_SUFFIXES = frozenset(
    {"ru", "ua", "eu", "uk", "tv", "cn", "jp", "kr", "tw", "hk", "sg", "nl", "dk", "fi", "pl", "cz", "kz", "az", "nz"}
)

#: The namespaces, classes and module aliases (.NET, Java, JavaScript, Unity, `pd.DataFrame`,
#: `nn.Module`, `React.Component`) that open the best-known code
#: identifiers, which a title-case member follows: ``System.Text``, ``Math.Round``,
#: ``Task.Run``, ``DateTime.Now``. After one of these that is a plain word a period starts a
#: sentence only before a sentence opener (``the Federal Reserve System.The Fed``,
#: ``Schindler's List.The film`` are two sentences).
CODE_NAMESPACES = frozenset(
    {
        "pd",
        "np",
        "nn",
        "tf",
        "plt",
        "torch",
        "React",
        "ReactDOM",
        "System",
        "Microsoft",
        "Math",
        "String",
        "StringBuilder",
        "Console",
        "Path",
        "File",
        "Files",
        "Directory",
        "Convert",
        "Array",
        "Arrays",
        "Collections",
        "Objects",
        "Environment",
        "Regex",
        "Guid",
        "Enum",
        "Integer",
        "Double",
        "Float",
        "Boolean",
        "Character",
        "Char",
        "Decimal",
        "DateTime",
        "TimeSpan",
        "Encoding",
        "Assembly",
        "Activator",
        "Interlocked",
        "Marshal",
        "Debug",
        "Trace",
        "Json",
        "JSON",
        "Newtonsoft",
        "Task",
        "Thread",
        "Process",
        "Parallel",
        "List",
        "Dictionary",
        "Enumerable",
        "Object",
        "Type",
        "Stream",
        "BitConverter",
        "Buffer",
        "GC",
        "HttpClient",
        "UnityEngine",
        "GameObject",
        "Mathf",
        "Promise",
        "Reflect",
    }
)

#: Name prefixes whose capital inside the word is a name, not a code identifier's
#: hump: ``said.McCain`` is a sentence junction, ``Console.WriteLine`` is code; and
#: ``St`` (``StJohn``), which only this filter reads as one.
NAME_PREFIXES = (*sorted(prefix.lower() for prefix in lexicon.NAME_PREFIXES), "st")

#: Month names and their abbreviations: a day after one ends a date, not a
#: label or ticker: ``on September 8.CREW said`` is two sentences.
MONTHS = frozenset(month.lower() for month in lexicon.MONTHS + lexicon.MONTH_ABBREVIATIONS)

#: Prefixes of a forwarded or answered mail's subject, which keeps its colon
#: glued: ``Re:Subject``, ``Fwd:Invoice``.
SUBJECT_PREFIXES = frozenset({"re", "fw", "fwd"})

#: URL schemes that may be followed by a capital without a slash: ``urn:ISBN``,
#: ``mailto:Jane``; the colon after them is no lead-in.
URL_SCHEMES = frozenset({"http", "https", "ftp", "mailto", "urn", "tel", "sms", "javascript", "skype", "spotify"})
