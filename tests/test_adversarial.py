"""Adversarial input through the whole pipeline: megabyte lines that would expose any
super-linear rule (a quadratic one would not finish), and a multi-megabyte file with no
newline, which must stream in blocks and give what the library gives on the whole text.

No timing assertions here: ``benchmarks/adversarial.py`` measures how time grows with size.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from cleanfeed import Cleaner
from cleanfeed.verify import UnstableError

MB = 1_000_000
LINES = {
    "periods": "." * MB,
    "initials": "A." * (MB // 2),
    "straight quotes": '"' * MB,
    "curly quotes": "“”" * (MB // 2),
    "copyright signs": "©" * MB,
    "camel case": "aB" * (MB // 2),
    "ellipses": "…" * MB,
    "credits": "© AFP/ Name " * (MB // 12),
    "photo labels": "Photo: AP" * (MB // 9),
    "glued subheads": "said.On meeting between Putin and TrumpThe " * (MB // 44),
    "glued sentences": "said.The " * (MB // 27),
    "look-alikes": "U.S.A.B.\"'©aB. " * (MB // 16),
    "entities": "&amp;" * (MB // 5),
}


@pytest.mark.parametrize("text", list(LINES.values()), ids=list(LINES))
def test_megabyte_line_is_cleaned_safely(text):
    result = Cleaner().explain(text)
    # The safety check passed on every block; a block a filter keeps changing pass after pass
    # (credits on a megabyte of credits) is left as it was, which is safe.
    assert all(isinstance(problem, UnstableError) for problem in result.problems)
    assert len(result.text) <= 2 * len(text)


def test_file_with_no_newline_streams_like_the_library(tmp_path):
    text = "The minister said.The talks ended. U.S. officials agreed " * 60_000  # 3.5 MB, one line
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    piped = subprocess.run([sys.executable, "-m", "cleanfeed"], stdin=path.open("rb"), capture_output=True, check=True)
    assert piped.stdout.decode("utf-8") == Cleaner()(text)
    assert piped.stderr == b""
