"""Benchmark cleanfeed against the I/O floor and the alternatives, as whole processes.

    pip install -e '.[bench]' && python benchmarks/run.py     # full run, about 10 minutes
    python benchmarks/run.py --quick                          # smoke run, under a minute
    python benchmarks/run.py --real articles.jsonl            # also real news (JSON Lines, a text field)
    python benchmarks/run.py --real articles.jsonl --real-only   # real news only, a minute

``--real`` times ``cleanfeed --jsonl`` on a file of real articles, with every filter and with the
four filters of the first release, so that releases can be compared on the same data; point
``CLEANFEED`` at another tree's command (``CLEANFEED="python -m cleanfeed" PYTHONPATH=../old``)
to measure it the same way.

Generates seeded corpora into benchmarks/out/ (gitignored), runs every command
several times and takes the median wall time, reads peak RSS from GNU time
(/usr/bin/time, Debian package ``time``; without it the column stays empty),
then prints a table and writes out/results.md and out/results.png. A full run
also copies both to benchmarks/, where the README shows them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from corpus import ArticleWriter, write_directory, write_stream

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PY = sys.executable
CLEANFEED = shutil.which("cleanfeed") or "cleanfeed"
# The command measured, as words: CLEANFEED="python -m cleanfeed" with PYTHONPATH measures another tree.
CLEANFEED_COMMAND = shlex.split(os.environ["CLEANFEED"]) if os.environ.get("CLEANFEED") else [CLEANFEED]
#: The filters of the first release, for rows that compare releases.
FIRST_RELEASE_FILTERS = "encoding,credits,subheads,sentences"
GNU_TIME = Path("/usr/bin/time")
# Where the commands run: outside this repository, wherever the benchmark was started from. Under a
# pyproject.toml that names cleanfeed (this repository's does), every start would also read that file.
NEUTRAL = Path(tempfile.gettempdir())
# Measure cleanfeed as pip leaves it, with its bytecode cached: without .pyc files every
# start would recompile the package (~35 ms here), which no installed copy does.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

# The alternatives, each a whole process reading stdin and writing stdout.
SED_FIX = ["sed", "-E", r"s/([.!?])([A-Z])/\1 \2/g"]
PY_FLOOR = (
    "import sys\nr, w = sys.stdin.buffer, sys.stdout.buffer\n"
    "while b := r.read(1 << 20):\n    w.write(b.decode().encode())"
)
PY_REGEX = "import re, sys\nsys.stdout.write(re.sub(r'([.!?])([A-Z])', r'\\1 \\2', sys.stdin.read()))"
FTFY = "import ftfy, sys\nsys.stdout.write(ftfy.fix_text(sys.stdin.read()))"
PYSBD = (
    "import pysbd, sys\nsegmenter = pysbd.Segmenter(language='en', clean=False)\n"
    "for line in sys.stdin:\n    sys.stdout.write(' '.join(segmenter.segment(line)) if line.strip() else line)"
)


@dataclass(frozen=True)
class Scale:
    stream_mb: int
    big_mb: int
    files: int
    repeats: int
    slow_repeats: int  # for ftfy, pySBD, the big file and the directory
    startup_repeats: int
    slice_mb: float  # pySBD runs on the first this-many MB of the corpus


FULL = Scale(stream_mb=10, big_mb=100, files=10_000, repeats=5, slow_repeats=3, startup_repeats=20, slice_mb=1)
QUICK = Scale(stream_mb=1, big_mb=4, files=300, repeats=1, slow_repeats=1, startup_repeats=3, slice_mb=0.05)


@dataclass
class Timing:
    label: str
    input: str
    mb: float
    seconds: float  # median wall time
    rss_mb: float | None  # peak over the runs
    cpu_s: float | None  # median user + system time, worker processes included

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds

    @property
    def mb_per_cpu_s(self) -> float:
        """MB per second of CPU time: one core's speed, whatever else the machine is running."""
        return self.mb / self.cpu_s if self.cpu_s else self.mb_per_s


def run_once(command: list[str], stdin: Path | None, rss: bool) -> tuple[float, float | None, float | None]:
    """Wall seconds of one run (stdout discarded) and, with ``rss``, its peak RSS in MB and CPU seconds.

    RSS comes from GNU time, not from wait4() here: a child forked from this
    large Python process reports this process's peak as its own.
    """
    wrapper = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(OUT / "rss.txt")] if rss and GNU_TIME.exists() else []
    with open(stdin or os.devnull, "rb") as source, open(OUT / "stderr.log", "wb") as errors:
        start = time.perf_counter()
        code = subprocess.call(
            [*wrapper, *command], stdin=source, stdout=subprocess.DEVNULL, stderr=errors, env=ENV, cwd=NEUTRAL
        )
        seconds = time.perf_counter() - start
    if code not in (0, 1):  # 1: cleanfeed --check found changes
        raise RuntimeError(f"{command} exited {code}: {(OUT / 'stderr.log').read_text()[-800:]}")
    if not wrapper:
        return seconds, None, None
    kilobytes, user, system = (OUT / "rss.txt").read_text().splitlines()[-1].split()
    return seconds, int(kilobytes) / 1024, float(user) + float(system)


def measure(
    label: str,
    command: list[str],
    *,
    repeats: int,
    stdin: Path | None = None,
    data: Path | None = None,
    before: Callable[[], object] | None = None,
) -> Timing:
    """Median of ``repeats`` runs; ``data`` (default: ``stdin``) is the input whose size gives MB/s."""
    data = data or stdin
    runs = []
    for _ in range(repeats):
        if before:
            before()
        runs.append(run_once(command, stdin, rss=data is not None))
    seconds, peaks, cpu = zip(*runs, strict=True)
    mb = size_mb(data) if data else 0
    timing = Timing(
        label,
        data.name if data else "",
        mb,
        statistics.median(seconds),
        max(peaks) if peaks[0] is not None else None,
        statistics.median(cpu) if cpu[0] is not None else None,
    )
    speed = f"{timing.mb_per_s:8.2f} MB/s" if mb else ""
    print(f"  {label:<32} {timing.input:<22} {timing.seconds:8.3f} s {speed}", flush=True)
    return timing


def size_mb(path: Path) -> float:
    files = path.rglob("*.txt") if path.is_dir() else [path]
    return sum(p.stat().st_size for p in files) / 10**6


def make_corpora(scale: Scale) -> dict[str, Path]:
    corpus = OUT / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    paths = {
        "news": corpus / f"news-{scale.stream_mb}MB.txt",
        "big": corpus / f"news-{scale.big_mb}MB.txt",
        "ascii": corpus / f"clean-ascii-{scale.stream_mb}MB.txt",
        "slice": corpus / f"news-first-{scale.slice_mb}MB.txt",
        "small": corpus / "clean-ascii-2KB.txt",
        "dir": corpus / f"articles-{scale.files}",
    }
    write_stream(paths["news"], scale.stream_mb * 10**6, ArticleWriter(seed=1))
    write_stream(paths["big"], scale.big_mb * 10**6, ArticleWriter(seed=2))
    write_stream(paths["ascii"], scale.stream_mb * 10**6, ArticleWriter(seed=3, damaged=False, ascii_only=True))
    news = paths["news"].read_bytes()
    paths["slice"].write_bytes(news[: news.rfind(b"\n\n", 0, int(scale.slice_mb * 10**6)) + 2])
    ascii_text = paths["ascii"].read_bytes()
    paths["small"].write_bytes(ascii_text[: ascii_text.rfind(b"\n\n", 0, 2048) + 1])
    write_directory(paths["dir"], scale.files, ArticleWriter(seed=4))
    return paths


def throughput(paths: dict[str, Path], scale: Scale, filters: list[str]) -> list[Timing]:
    news, ascii_text, big = paths["news"], paths["ascii"], paths["big"]
    n, slow = scale.repeats, scale.slow_repeats
    rows = [
        measure("cat", ["cat"], stdin=news, repeats=n),
        measure("python read/write loop", [PY, "-c", PY_FLOOR], stdin=news, repeats=n),
        measure("sed naive fix", SED_FIX, stdin=news, repeats=n),
        measure("python naive regex fix", [PY, "-c", PY_REGEX], stdin=news, repeats=n),
        measure("ftfy.fix_text", [PY, "-c", FTFY], stdin=news, repeats=slow),
        measure("pySBD segmenting", [PY, "-c", PYSBD], stdin=paths["slice"], repeats=slow),
        measure("cleanfeed", CLEANFEED_COMMAND, stdin=news, repeats=n),
    ]
    rows += [
        measure(f"cleanfeed --only {name}", [*CLEANFEED_COMMAND, "--only", name], stdin=news, repeats=n)
        for name in filters
    ]
    rows += [
        measure("cleanfeed FILE", [*CLEANFEED_COMMAND, str(news)], data=news, repeats=1),
        measure("python read/write loop", [PY, "-c", PY_FLOOR], stdin=ascii_text, repeats=n),
        measure("cleanfeed", CLEANFEED_COMMAND, stdin=ascii_text, repeats=n),
        measure("python read/write loop", [PY, "-c", PY_FLOOR], stdin=big, repeats=slow),
        measure("cleanfeed", CLEANFEED_COMMAND, stdin=big, repeats=slow),
        measure("cleanfeed FILE", [*CLEANFEED_COMMAND, str(big)], data=big, repeats=1),
    ]
    return rows


def real_news(path: Path, scale: Scale) -> list[Timing]:
    """``cleanfeed --jsonl`` over real articles, all filters and the first release's four, whole processes."""
    jsonl = [*CLEANFEED_COMMAND, "--jsonl", str(path)]
    return [
        measure("cleanfeed --jsonl", jsonl, data=path, repeats=scale.repeats),
        measure(f"cleanfeed --jsonl --only {FIRST_RELEASE_FILTERS}", [*jsonl, "--only", FIRST_RELEASE_FILTERS],
                data=path, repeats=scale.repeats),
    ]  # fmt: skip


def startup(paths: dict[str, Path], scale: Scale) -> list[Timing]:
    """Start-up times, the commands taking turns so that a change in machine load hits them all alike."""
    commands = {
        "python -c pass": [PY, "-c", "pass"],
        'python -c "import click"': [PY, "-c", "import click"],
        'python -c "import ftfy"': [PY, "-c", "import ftfy"],
        "cleanfeed --version": [*CLEANFEED_COMMAND, "--version"],
        "cleanfeed 2KB-FILE": [*CLEANFEED_COMMAND, str(paths["small"])],
    }
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(scale.startup_repeats):
        for label, command in commands.items():
            times[label].append(run_once(command, None, rss=False)[0])
    rows = [Timing(label, "", 0, statistics.median(runs), None, None) for label, runs in times.items()]
    for row in rows:
        print(f"  {row.label:<55} {row.seconds * 1000:6.0f} ms", flush=True)
    return rows


def directory(paths: dict[str, Path], scale: Scale) -> list[Timing]:
    source, target = paths["dir"], OUT / "cleaned"
    rows = [
        measure(
            f"cleanfeed DIR {mode[0]} --jobs {jobs}",
            [*CLEANFEED_COMMAND, str(source), "-q", "--jobs", str(jobs), *mode],
            data=source,
            repeats=scale.slow_repeats,
            before=lambda: shutil.rmtree(target, ignore_errors=True),
        )
        for mode in (["-o", str(target)], ["--check"])
        for jobs in (1, 2)
    ]
    shutil.rmtree(target, ignore_errors=True)
    return rows


def importtime(top: int = 12) -> list[str]:
    """The costliest imports of the command line by cumulative time, leaving out what ``site`` imports
    at every interpreter start (``python -c pass`` pays that too)."""
    command = [PY, "-X", "importtime", "-c", "import cleanfeed.cli"]
    result = subprocess.run(command, capture_output=True, text=True, env=ENV)
    entries, group = [], []
    for line in result.stderr.splitlines()[1:]:  # children come before their parent; a top-level import ends a group
        own, cumulative, name = line.removeprefix("import time:").split("|")
        group.append((int(cumulative), int(own), name.rstrip()))
        if not name[2:].startswith(" "):
            entries += group if name.strip() != "site" else []
            group = []
    return [
        f"{total / 1000:6.1f} ms (self {own / 1000:4.1f} ms) {name}" for total, own, name in sorted(entries)[::-1][:top]
    ]


def machine() -> str:
    cpu = platform.machine()
    with open("/proc/cpuinfo") if Path("/proc/cpuinfo").exists() else open(os.devnull) as info:
        cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def find(rows: list[Timing], label: str, input_name: str = "") -> Timing | None:
    return next((r for r in rows if r.label == label and r.input.startswith(input_name)), None)


def targets(rows: list[Timing], starts: list[Timing], dirs: list[Timing], scale: Scale) -> list[tuple[str, str, bool]]:
    """(target, measured value, met) for each target of the performance issue."""
    full, ascii_run = find(rows, "cleanfeed", "news-"), find(rows, "cleanfeed", "clean-ascii")
    big, pysbd = find(rows, "cleanfeed", f"news-{scale.big_mb}MB"), find(rows, "pySBD segmenting")
    small, click = find(starts, "cleanfeed 2KB-FILE"), find(starts, 'python -c "import click"')
    jobs1, jobs2 = find(dirs, "cleanfeed DIR -o --jobs 1"), find(dirs, "cleanfeed DIR -o --jobs 2")

    def speed(row: Timing) -> str:
        return f"{row.mb_per_cpu_s:.1f} MB/CPU-s ({row.mb_per_s:.1f} MB/s wall)"

    goals = [
        ("1. all filters ≥ 10 MB/s, one core", speed(full), full.mb_per_cpu_s >= 10),
        (
            "1. all filters ≥ 50× pySBD",
            f"{full.mb_per_cpu_s / pysbd.mb_per_cpu_s:.0f}× per CPU-s ({full.mb_per_s / pysbd.mb_per_s:.0f}× wall)",
            full.mb_per_cpu_s >= 50 * pysbd.mb_per_cpu_s,
        ),
    ]
    sentences = find(rows, "cleanfeed --only sentences")
    if sentences:
        ratio = sentences.mb_per_cpu_s / pysbd.mb_per_cpu_s
        wall = sentences.mb_per_s / pysbd.mb_per_s
        goals.append(("1. `--only sentences` ≥ 50× pySBD", f"{ratio:.0f}× per CPU-s ({wall:.0f}× wall)", ratio >= 50))
    goals += [
        ("2. clean ASCII ≥ 30 MB/s", speed(ascii_run), ascii_run.mb_per_cpu_s >= 30),
        (
            "3. 2 KB file ≤ 1.5× `import click`",
            f"{small.seconds * 1000:.0f} ms vs {click.seconds * 1000:.0f} ms: {small.seconds / click.seconds:.2f}×",
            small.seconds <= 1.5 * click.seconds,
        ),
        (
            f"4. {scale.files:,} files: `--jobs 2` ≥ 1.7× `--jobs 1`",
            f"{jobs1.seconds:.1f} s → {jobs2.seconds:.1f} s: {jobs1.seconds / jobs2.seconds:.2f}×",
            jobs1.seconds >= 1.7 * jobs2.seconds,
        ),
    ]
    if full.rss_mb and big.rss_mb:
        growth = big.rss_mb / full.rss_mb - 1
        goals.append(
            (
                f"5. peak RSS, stdin {scale.stream_mb} MB vs {scale.big_mb} MB, within 10%",
                f"{full.rss_mb:.0f} MB vs {big.rss_mb:.0f} MB: {growth:+.0%}",
                growth <= 0.10,
            )
        )
    return goals


def tables(rows: list[Timing], starts: list[Timing], dirs: list[Timing], goals) -> str:
    floors = {r.input: r for r in rows if r.label == "python read/write loop"}
    news_floor, pysbd = rows[1], find(rows, "pySBD segmenting")
    lines = [
        "| command | input | MB | median s | MB/s | MB/CPU-s | × floor time | × pySBD speed | peak RSS MB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        floor = floors.get(r.input, news_floor)
        rss = f"{r.rss_mb:.0f}" if r.rss_mb else ""
        lines.append(
            f"| {r.label} | {r.input} | {r.mb:.1f} | {r.seconds:.3f} | {r.mb_per_s:.2f} | {r.mb_per_cpu_s:.2f} | "
            f"{floor.mb_per_s / r.mb_per_s:.2f} | {r.mb_per_s / pysbd.mb_per_s:,.0f} | {rss} |"
        )
    click = find(starts, 'python -c "import click"').seconds
    lines += ["", "| start-up | median ms | × `import click` |", "| --- | ---: | ---: |"]
    lines += [f"| {r.label} | {r.seconds * 1000:.0f} | {r.seconds / click:.2f} |" for r in starts]
    lines += [
        "",
        "| directory | input | MB | median s | MB/s | files/s | CPU s (workers included) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    files = sum(1 for _ in (OUT / "corpus" / dirs[0].input).rglob("*.txt"))
    lines += [
        f"| {r.label} | {r.input} | {r.mb:.1f} | {r.seconds:.2f} | {r.mb_per_s:.2f} | {files / r.seconds:,.0f} | "
        f"{r.cpu_s or 0:.2f} |"
        for r in dirs
    ]
    lines += ["", "| target | measured | met |", "| --- | --- | --- |"]
    lines += [f"| {goal} | {value} | {'yes' if met else '**no**'} |" for goal, value, met in goals]
    return "\n".join(lines)


def plot(rows: list[Timing], starts: list[Timing], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 6), gridspec_kw={"width_ratios": [3, 2]})
    main_input = rows[0].input
    labels = [r.label if r.input == main_input else f"{r.label} ({r.input})" for r in rows]
    colours = ["tab:blue" if r.label.startswith("cleanfeed") else "tab:gray" for r in rows]
    bars = left.barh(labels, [r.mb_per_s for r in rows], color=colours)
    left.bar_label(bars, [f"{r.mb_per_s:.3g}" for r in rows], padding=2, fontsize=8)
    left.set_xscale("log")
    left.invert_yaxis()
    left.set_xlabel("MB/s, whole process (log scale; higher is better)")
    left.set_title(f"Throughput on {main_input} unless named")
    colours = ["tab:blue" if r.label.startswith("cleanfeed") else "tab:gray" for r in starts]
    bars = right.barh([r.label for r in starts], [r.seconds * 1000 for r in starts], color=colours)
    right.bar_label(bars, [f"{r.seconds * 1000:.0f}" for r in starts], padding=2, fontsize=8)
    right.invert_yaxis()
    right.set_xlabel("ms (lower is better)")
    right.set_title("Start-up")
    fig.suptitle(f"cleanfeed benchmarks, {date.today()}: {machine()}", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpora, one run each; writes only to out/")
    parser.add_argument("--real", type=Path, metavar="JSONL", help="also time cleanfeed --jsonl on these real articles")
    parser.add_argument("--real-only", action="store_true", help="with --real: time only the real articles")
    args = parser.parse_args()
    if args.real:
        args.real = args.real.resolve()  # the commands run in NEUTRAL
    scale = QUICK if args.quick else FULL
    from cleanfeed.filters import FILTER_NAMES

    OUT.mkdir(exist_ok=True)
    if args.real_only:
        if not args.real:
            parser.error("--real-only needs --real JSONL")
        print(f"real news ({' '.join(CLEANFEED_COMMAND)}):")
        for row in real_news(args.real, scale):
            print(f"    {row.label}: {row.mb_per_cpu_s:.2f} MB per CPU-second, {row.mb_per_s:.2f} MB/s wall")
        return
    load_before = os.getloadavg()[0]
    print(f"generating corpora in {OUT} ...", flush=True)
    paths = make_corpora(scale)
    run_once([*CLEANFEED_COMMAND, "--version"], None, rss=False)  # writes the bytecode cache
    print("throughput:")
    rows = throughput(paths, scale, list(FILTER_NAMES))
    if args.real:
        print("real news:")
        rows += real_news(args.real, scale)
    print("start-up:")
    starts = startup(paths, scale)
    print("directory:")
    dirs = directory(paths, scale)

    load = f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    table = tables(rows, starts, dirs, targets(rows, starts, dirs, scale))
    imports = importtime()
    report = f"""# cleanfeed benchmarks

{date.today()}, {machine()}; {load}; filters: {", ".join(FILTER_NAMES)}.

Reproduce with `pip install -e '.[bench]' && python benchmarks/run.py` (peak RSS needs GNU `time`).
Every command runs as a whole process, start-up included, reading the file on stdin (or as FILE/DIR
argument where named) with stdout to /dev/null. Times are medians of {scale.repeats} runs ({scale.startup_repeats}
for start-up, the five commands taking turns; {scale.slow_repeats} for ftfy, pySBD, the {scale.big_mb} MB file and the
directory; 1 for the FILE rows).
pySBD runs on the first {scale.slice_mb} MB only. *× floor time*: this command's time over the Python
read/write loop's on the same input. *× pySBD speed*: MB/s over pySBD's MB/s. *MB/CPU-s*: MB per second
of user + system time, one core's speed even when other work shares the machine (the throughput targets are
judged on it; wall MB/s beside it). The corpora are generated
from a seed (`benchmarks/corpus.py`): article-like text with credits, run-together sentences, glued
subheads, curly quotes and some mojibake at the density of real scraped news; `clean-ascii` needs no repair.

{table}

`python -X importtime -c "import cleanfeed.cli"`, costliest imports by cumulative time:

```
{chr(10).join(imports)}
```

![benchmarks](results.png)
"""
    print(f"\n{table}\n\nimport time:\n" + "\n".join(imports))
    (OUT / "results.md").write_text(report)
    plot(rows, starts, OUT / "results.png")
    if scale is FULL:
        shutil.copy(OUT / "results.md", HERE / "results.md")
        shutil.copy(OUT / "results.png", HERE / "results.png")
        print(f"\nwrote {HERE / 'results.md'} and results.png")
    else:
        print(f"\nwrote {OUT / 'results.md'} and results.png (a quick run leaves the committed results alone)")


if __name__ == "__main__":
    main()
