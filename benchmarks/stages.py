"""Where the pipeline's CPU time goes on real articles: each filter, the stability passes, the safety check.

    python benchmarks/stages.py articles.jsonl [--profile]

Cleans the ``text`` field of every JSON Lines record in process and splits the
CPU time between each filter's first pass, the later passes that prove a changed
block stable, and the safety check. With ``--profile`` it also prints the 25
costliest functions under cProfile.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from cleanfeed import Cleaner, pipeline
from cleanfeed.filters.base import Filter

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines with a text field (e.g. real scraped news)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    mb = sum(len(t.encode()) for t in texts) / 10**6
    cleaner = Cleaner()

    start = time.process_time()
    for text in texts:
        cleaner.explain(text)
    total = time.process_time() - start
    print(f"{len(texts)} records, {mb:.1f} MB: {total:.2f} CPU-s, {mb / total:.1f} MB per CPU-second\n")

    times: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    runs = [0]  # filter runs so far in the current block: every pass runs the filters in order
    spans, clean_block, check = Filter.spans, Cleaner.clean_block, pipeline.check_stage

    def timed(key: str, function, *args, **kwargs):
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            times[key] += time.process_time() - began
            calls[key] += 1

    def timed_spans(self, *args, **kwargs):
        runs[0] += 1
        stage = "pass 1" if runs[0] <= len(cleaner.filters) else "pass 2+"
        return timed(f"{self.name} ({stage})", spans, self, *args, **kwargs)

    def fresh_block(self, *args, **kwargs):
        runs[0] = 0
        return clean_block(self, *args, **kwargs)

    Filter.spans, Cleaner.clean_block = timed_spans, fresh_block
    pipeline.check_stage = lambda *args: timed("safety check", check, *args)
    try:
        start = time.process_time()
        for text in texts:
            cleaner.explain(text)
        instrumented = time.process_time() - start
    finally:
        Filter.spans, Cleaner.clean_block, pipeline.check_stage = spans, clean_block, check
    print(f"{'stage':<28} {'calls':>7} {'CPU-s':>7} {'share':>6}")
    for key in sorted(times, key=lambda k: (k.startswith("safety"), "pass 1" not in k, -times[k])):
        print(f"{key:<28} {calls[key]:>7} {times[key]:>7.3f} {times[key] / instrumented:>6.1%}")
    rest = instrumented - sum(times.values())
    print(f"{'the rest (blocks, records)':<28} {'':>7} {rest:>7.3f} {rest / instrumented:>6.1%}")

    if args.profile:
        # benchmarks/profile.py shadows the stdlib module cProfile imports: drop this directory first.
        sys.path = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(lambda: [cleaner.explain(text) for text in texts])
        print()
        pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
