"""The same JSON Lines corpus through every pipeline cleanfeed runs in, side by side with ftfy alone.

    pip install -e '.[dask,datatrove,hf]'
    python benchmarks/pipelines.py articles.jsonl [--mb 100] [--shards 4] [--only datatrove,hf-1]

Repeats the records of ``articles.jsonl`` (a ``text`` field each; ids made unique)
into ``--shards`` files of ``--mb`` MB of JSON Lines in all, then reads, cleans
and writes them with each path in a process of its own, 2 workers where the path
has workers: the ``cleanfeed --jsonl`` command, a Dask bag, a datatrove
``LocalPipelineExecutor`` with :class:`~cleanfeed.integrations.datatrove.CleanfeedFormatter`,
``datasets.map`` (``num_proc`` 1 and 2, from ``Dataset.from_json`` to ``to_json``), and the
same datatrove pipeline with its ``FTFYFormatter`` in place of cleanfeed. It reports
records/s and MB/s of wall time, and the CPU seconds of the path's processes and
their workers, and checks that every cleanfeed path wrote exactly the texts the
command wrote. Paths whose extra is not installed are left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: name -> (what the table calls it, the module it needs)
PATHS = {
    "cli-1": ("`cleanfeed --jsonl` (`--jobs 1`)", "cleanfeed"),
    "cli-2": ("`cleanfeed --jsonl` (`--jobs 2`)", "cleanfeed"),
    "dask": ("Dask bag, `processes` scheduler, 2 workers", "dask"),
    "datatrove": ("datatrove, `CleanfeedFormatter`, 2 workers", "datatrove"),
    "hf-1": ("`datasets.map`, `num_proc=1`", "datasets"),
    "hf-2": ("`datasets.map`, `num_proc=2`", "datasets"),
    "ftfy": ("datatrove, `FTFYFormatter` alone, 2 workers", "datatrove"),
}
WORKERS = 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines with a text field (e.g. real scraped news)")
    parser.add_argument("--mb", type=float, default=100, help="size of the generated corpus in MB [100]")
    parser.add_argument("--shards", type=int, default=4, help="files to split it into [4]")
    parser.add_argument("--only", help="comma-separated paths to run: " + ", ".join(PATHS))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each path; the fastest is reported [1]")
    parser.add_argument("--run", choices=PATHS, help=argparse.SUPPRESS)  # one path, in the child process
    parser.add_argument("--into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        RUNNERS[args.run](args.corpus, args.into)
        return

    names = args.only.split(",") if args.only else list(PATHS)
    work = Path(tempfile.mkdtemp(prefix="cleanfeed-pipelines-"))
    try:
        data = work / "data"
        loads = [_load()]
        records, size = _generate(args.corpus, data, args.mb, args.shards)
        print(f"{records} records, {size / 10**6:.1f} MB in {args.shards} files; {_machine()}\n", file=sys.stderr)
        rows, reference = [], None
        for name in names:
            if not _installed(PATHS[name][1]):
                print(f"{name}: skipped, {PATHS[name][1]} is not installed", file=sys.stderr)
                continue
            runs = []
            for attempt in range(args.repeat):
                out = work / f"{name}-{attempt}"
                runs.append(_timed(_command(name, data, out), work))
                digest = _digest(out)
                shutil.rmtree(out)
            wall, cpu, load = min(runs)
            if name.startswith("cli"):
                reference = reference or digest
            same = "—" if name == "ftfy" or reference is None else ("yes" if digest == reference else "NO")
            rows.append((PATHS[name][0], records / wall, size / 10**6 / wall, cpu, size / 10**6 / cpu, same, load))
            print(f"{name}: {wall:.1f} s wall, {cpu:.1f} CPU-s, load {load}", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{records} records, {size / 10**6:.0f} MB of JSON Lines in {args.shards} files; {_machine()}")
    print(f"load average {loads[0]} before, {_load()} after; the fastest of {args.repeat} runs of each path\n")
    print("| path | records/s | MB/s wall | CPU-s | MB per CPU-s | same text as the command | load average after |")
    print("| --- | ---: | ---: | ---: | ---: | :---: | --- |")
    for label, per_s, mb_s, cpu, mb_cpu, same, load in rows:
        print(f"| {label} | {per_s:,.0f} | {mb_s:.2f} | {cpu:.1f} | {mb_cpu:.2f} | {same} | {load} |")


def _generate(corpus: Path, data: Path, mb: float, shards: int) -> tuple[int, int]:
    """Write the corpus's records again and again, round robin into ``shards`` files, until ``mb`` MB."""
    with corpus.open(encoding="utf-8") as lines:
        texts = [(record["id"], record["text"]) for record in map(json.loads, filter(str.strip, lines))]
    data.mkdir(parents=True)
    files = [(data / f"{shard:02d}.jsonl").open("w", encoding="utf-8") for shard in range(shards)]
    count = size = 0
    while size < mb * 10**6:
        identifier, text = texts[count % len(texts)]
        line = json.dumps({"id": f"{identifier}#{count // len(texts)}", "text": text}, ensure_ascii=False) + "\n"
        files[count % shards].write(line)
        size += len(line.encode())
        count += 1
    for handle in files:
        handle.close()
    return count, size


def _command(name: str, data: Path, out: Path) -> list[str]:
    if name.startswith("cli"):
        jobs = name.split("-")[1]
        return ["cleanfeed", "--jsonl", str(data), "-o", str(out), "--jobs", jobs]
    return [sys.executable, __file__, str(data), "--run", name, "--into", str(out)]


def _timed(command: list[str], work: Path) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds of the process and every worker it waited for, and the load averages after."""
    offline = {"HF_HOME": str(work / "hf"), "HF_HUB_OFFLINE": "1", "TMPDIR": str(work)}
    env = {**os.environ, "CLEANFEED_CONFIG": "", **offline}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, _load()


def _load() -> str:
    return " ".join(f"{load:.1f}" for load in os.getloadavg())


def _digest(out: Path) -> str:
    """A hash of every (id, text) the path wrote, in id order: equal digests, equal outputs.
    (datatrove's writer leaves out an empty text, as of an article that was only an image URL.)"""
    texts = {}
    for path in out.rglob("*.json*"):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts[record["id"]] = record.get("text", "")
    return hashlib.sha256(json.dumps(sorted(texts.items()), ensure_ascii=False).encode()).hexdigest()


def _installed(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None


def _machine() -> str:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line), platform.processor())
    system = f"{platform.system()} {platform.release()}"
    return f"{time.strftime('%Y-%m-%d')}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {system}"


# The paths, each run in a child process by ``--run NAME``.


def _dask(data: Path, out: Path) -> None:
    import dask
    import dask.bag as db

    from cleanfeed import Cleaner

    cleaner = Cleaner()
    records = db.read_text(str(data / "*.jsonl"), blocksize=None).map(json.loads)
    cleaned = records.map(lambda record: {**record, "text": cleaner(record["text"])})
    out.mkdir()
    with dask.config.set(scheduler="processes", num_workers=WORKERS):
        cleaned.map(json.dumps, ensure_ascii=False).to_textfiles(str(out / "*.jsonl"))


def _datatrove(step_factory: Callable[[], object]) -> Callable[[Path, Path], None]:
    def run(data: Path, out: Path) -> None:
        from datatrove.executor import LocalPipelineExecutor
        from datatrove.pipeline.readers import JsonlReader
        from datatrove.pipeline.writers import JsonlWriter

        shards = len(list(data.glob("*.jsonl")))
        pipeline = [JsonlReader(str(data)), step_factory(), JsonlWriter(str(out), compression=None)]
        LocalPipelineExecutor(
            pipeline,
            tasks=shards,
            workers=WORKERS,
            logging_dir=str(out.with_suffix(".logs")),
            # Workers forked from this process, not from a fork server, so that their CPU time is counted.
            start_method="fork",
        ).run()

    return run


def _cleanfeed_step():
    from cleanfeed.integrations.datatrove import CleanfeedFormatter

    return CleanfeedFormatter()


def _ftfy_step():
    from datatrove.pipeline.formatters import FTFYFormatter

    return FTFYFormatter()


def _datasets(num_proc: int) -> Callable[[Path, Path], None]:
    def run(data: Path, out: Path) -> None:
        from datasets import Dataset

        from cleanfeed import Cleaner

        cleaner = Cleaner()
        # A cache of its own, so that no run reuses an earlier one's Arrow files.
        cache = str(out.with_suffix(".cache"))
        dataset = Dataset.from_json(sorted(map(str, data.glob("*.jsonl"))), cache_dir=cache)
        cleaned = dataset.map(lambda record: {"text": cleaner(record["text"])}, num_proc=num_proc)
        out.mkdir()
        cleaned.to_json(out / "cleaned.jsonl", force_ascii=False)

    return run


RUNNERS: dict[str, Callable[[Path, Path], None]] = {
    "dask": _dask,
    "datatrove": _datatrove(_cleanfeed_step),
    "hf-1": _datasets(1),
    "hf-2": _datasets(2),
    "ftfy": _datatrove(_ftfy_step),
}


if __name__ == "__main__":
    main()
