"""Count damage left in a corpus: coarse detectors, input against cleanfeed's output.

    python benchmarks/damage.py CORPUS.jsonl [--field text] [--only NAME,...] [-- CLEANFEED OPTIONS]

Each detector is a compiled regular expression in ``benchmarks/detectors/<kind>.py``
(``DETECTORS = {"name": (pattern, "what it counts")}``); this script counts its matches in
every record before and after cleaning, and prints ``name  in  left  fall%``. The detectors
are deliberately coarse: they say how much of a kind of damage is there, not where a rule
is right. Read a sample of what is left before trusting a figure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cleanfeed import Cleaner

DETECTORS_DIR = Path(__file__).parent / "detectors"


def load_detectors() -> dict[str, tuple[re.Pattern[str], str]]:
    sys.path.insert(0, str(DETECTORS_DIR.parent))
    found: dict[str, tuple[re.Pattern[str], str]] = {}
    for module in pkgutil.iter_modules([str(DETECTORS_DIR)]):
        found.update(importlib.import_module(f"detectors.{module.name}").DETECTORS)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--field", default="text")
    parser.add_argument("--only", help="comma-separated detector names")
    parser.add_argument("--show-left", type=int, default=0, metavar="N", help="print N matches left per detector")
    parser.add_argument("--cleaner", default="{}", help="Cleaner keyword arguments as JSON")
    args = parser.parse_args()
    detectors = load_detectors()
    if args.only:
        detectors = {k: v for k, v in detectors.items() if k in args.only.split(",")}
    cleaner = Cleaner(**json.loads(args.cleaner))
    before = dict.fromkeys(detectors, 0)
    after = dict.fromkeys(detectors, 0)
    left: dict[str, list[str]] = {k: [] for k in detectors}
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)[args.field]
            cleaned = cleaner(text)
            for name, (pattern, _doc) in detectors.items():
                before[name] += sum(1 for _ in pattern.finditer(text))
                for match in pattern.finditer(cleaned):
                    after[name] += 1
                    if len(left[name]) < args.show_left:
                        left[name].append(cleaned[max(0, match.start() - 60) : match.end() + 60])
    width = max((len(k) for k in detectors), default=4)
    print(f"{'detector':<{width}}  {'in':>6}  {'left':>6}  fall")
    for name in sorted(detectors):
        fall = f"{100 * (before[name] - after[name]) / before[name]:.0f}%" if before[name] else "-"
        print(f"{name:<{width}}  {before[name]:>6}  {after[name]:>6}  {fall}")
    for name, samples in left.items():
        for sample in samples:
            print(f"{name}: {sample!r}")


if __name__ == "__main__":
    main()
