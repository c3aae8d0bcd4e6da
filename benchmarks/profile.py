"""Profile the default pipeline on the 10 MB benchmark corpus: the 25 costliest functions.

    python benchmarks/profile.py            # sorted by own time
    python benchmarks/profile.py cumulative # sorted by time including callees

Profiles what the command line does to a file read from stdin: decode, clean
block by block, encode. Writes the raw profile to out/profile.pstats
(open it with ``python -m pstats`` or snakeviz).
"""

import sys
from pathlib import Path

from corpus import ArticleWriter, write_stream

HERE = Path(__file__).resolve().parent
# This file shares its name with the stdlib module ``profile``, which cProfile imports: drop this directory first.
sys.path = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]
import cProfile  # noqa: E402
import pstats  # noqa: E402


def main() -> None:
    from cleanfeed import Cleaner, io

    sort = sys.argv[1] if len(sys.argv) > 1 else "tottime"
    corpus = HERE / "out" / "corpus" / "news-10MB.txt"
    if not corpus.exists():
        write_stream(corpus, 10 * 10**6, ArticleWriter(seed=1))  # the same bytes run.py measures
    data = corpus.read_bytes()
    cleaner = Cleaner()

    def run() -> int:
        pieces = io.decode_chunks(data[i : i + io.READ_SIZE] for i in range(0, len(data), io.READ_SIZE))
        return sum(len(io.encode(block)) for block, _ in cleaner.stream(pieces))

    profiler = cProfile.Profile()
    profiler.runcall(run)
    profiler.dump_stats(HERE / "out" / "profile.pstats")
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(f"{len(data) / 10**6:.1f} MB in {total:.2f} s under the profiler ({len(data) / 10**6 / total:.1f} MB/s)\n")
    stats.strip_dirs().sort_stats(sort).print_stats(25)


if __name__ == "__main__":
    main()
