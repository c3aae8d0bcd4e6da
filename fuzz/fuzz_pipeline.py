"""Fuzz the whole pipeline with hypothesis for a fixed time; print the input count and result.

    python fuzz/fuzz_pipeline.py --minutes 10

Each input is article-like text with injected scraping damage (glued sentences
and subheads, credit lines, mojibake, entities) mixed with random Unicode. For
each one it checks that nothing raises and no safety check fails, that running
twice equals running once (default and drop modes), and that the filters that
only insert whitespace leave every visible character in place.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanfeed import Cleaner

PIECES = [
    "The minister said on Tuesday.",
    "Talks resume in Geneva.",
    "U.S.",
    "J.R.R. Tolkien",
    "a.m.",
    "3.5",
    "www.BBC.co.uk",
    "Amazon.com",
    "(FB.O)",
    "ASP.NET",
    "Console.WriteLine",
    "iPhone",
    "McDonald's",
    "“quoted.”",
    '"straight."',
    "'single'",
    "…",
    "...",
    "?",
    "!",
    "© AFP 2017/ ANDREJ ISAKOVIC",
    "(AP Photo/Evan Vucci)",
    "REUTERS/Kevin Lamarque",
    "Photo: Reuters",
    "Featured image via Getty Images",
    "Image copyright Getty Images",
    "date 2017-05",
    "On meeting between Putin and Trump",
    "'No time to lose'",
    "Russiaâ€™s",
    "ZÃ¼rich",
    "&amp;",
    "&quot;",
    "â€œ",
    "â€",
    "外交部表示，会谈取得了进展。",
    "Переговоры.Дата",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "",
    "The",
    "As",
    "In",
    "MOSCOW (Reuters) -",
    "Reuters/Ipsos",
    "By Jane Doe",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)

DEFAULT, DROP = Cleaner(), Cleaner(subheads="drop")
SPACING_ONLY = Cleaner(only=("subheads", "sentences"))
counter = {"inputs": 0}


def visible(text: str) -> str:
    return "".join(text.split())


failures: dict[str, str] = {}  # first input seen for each kind of failure


def problems(text: str) -> list[str]:
    """What is wrong with how cleanfeed handles ``text`` (empty when all is well)."""
    found = []
    for name, cleaner in (("default", DEFAULT), ("drop", DROP)):
        result = cleaner.explain(text)
        if result.problems:
            found.append(f"{name}: safety check: {result.problems[0]}")
        again = cleaner.explain(result.text)
        if again.text != result.text:
            found.append(f"{name}: not idempotent: second run by {sorted({e.filter for e in again.edits})}")
    if visible(SPACING_ONLY(text)) != visible(text):
        found.append("a spacing filter changed a visible character")
    return found


@settings(max_examples=2_000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(texts)
def check(text: str) -> None:
    counter["inputs"] += 1
    for problem in problems(text):
        failures.setdefault(problem, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    minutes = parser.parse_args().minutes
    start = time.monotonic()
    while time.monotonic() - start < minutes * 60:
        check()
    elapsed = time.monotonic() - start
    print(f"fuzz: {counter['inputs']:,} inputs in {elapsed / 60:.1f} min, {len(failures)} kinds of failure")
    for problem, text in sorted(failures.items()):
        print(f"  {problem}\n    {text!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
