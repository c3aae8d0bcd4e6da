"""Turn paths into jobs, clean each one, write or render the result, and count outcomes.

The output mode is chosen once (:class:`Mode`); each job is one input and runs the
same way in the main process or in a worker process, returning an
:class:`Outcome` that the main process reports in input order.
"""

from __future__ import annotations

import enum
import fnmatch
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleanfeed import io
from cleanfeed.pipeline import Cleaner, Result

#: Below this many files a progress bar is not worth drawing.
PROGRESS_MIN_FILES = 20


class Mode(enum.Enum):
    """What happens to a cleaned text."""

    STDOUT = "stdout"  # write the cleaned text to standard output
    FILES = "files"  # write it under -o
    IN_PLACE = "in-place"  # rewrite the input file
    SHOW = "show-changes"  # print each change; write nothing
    DIFF = "diff"  # print a unified diff; write nothing
    CHECK = "check"  # print nothing; the exit code tells

    @classmethod
    def pick(cls, *, check: bool, show_changes: bool, diff: bool, in_place: bool, output: Path | None) -> Mode:
        if show_changes:
            return cls.SHOW
        if diff:
            return cls.DIFF
        if check:
            return cls.CHECK
        if in_place:
            return cls.IN_PLACE
        if output is not None:
            return cls.FILES
        return cls.STDOUT

    @property
    def writes_files(self) -> bool:
        return self in (Mode.FILES, Mode.IN_PLACE)


@dataclass(frozen=True)
class Options:
    cleaner: Cleaner
    mode: Mode
    output: Path | None = None
    backup: str | None = None
    encoding: str | None = None
    include: tuple[str, ...] = ("*.txt",)
    exclude: tuple[str, ...] = ()
    quiet: bool = False
    color: bool = False


@dataclass(frozen=True)
class Job:
    """One input: a file (or stdin when ``source`` is None) and where its result goes."""

    source: Path | None
    name: str
    target: Path | None = None

    @property
    def is_stdin(self) -> bool:
        return self.source is None


@dataclass
class Outcome:
    name: str
    status: str  # "changed", "unchanged", "failed"
    reason: str | None = None
    note: str | None = None
    rendered: str = ""  # what SHOW/DIFF print for this input
    counts: Counter = field(default_factory=Counter)


def stdin_job() -> Job:
    return Job(source=None, name="<stdin>")


def collect_jobs(paths: list[Path], options: Options, report: Report) -> list[Job]:
    """The jobs for the given paths, or ValueError (a usage error) explaining what is wrong."""
    for path in paths:
        if str(path) != "-" and not path.exists() and not path.is_symlink():
            raise ValueError(f"{path}: no such file or directory")
    if any(str(p) == "-" for p in paths) and len(paths) > 1:
        raise ValueError("'-' (stdin) cannot be combined with other paths")
    has_directory = any(p.is_dir() for p in paths)
    report.batch = has_directory or len(paths) > 1
    mode, output = options.mode, options.output
    if mode is Mode.STDOUT and (has_directory or len(paths) > 1):
        what = f"{paths[0]} is a directory" if has_directory and len(paths) == 1 else "several inputs"
        raise ValueError(f"{what}: give -o DIR to write cleaned copies, or --in-place to rewrite them")
    if str(paths[0]) == "-":
        if mode is Mode.IN_PLACE:
            raise ValueError("--in-place needs files, not stdin")
        return [Job(source=None, name="<stdin>", target=output if mode is Mode.FILES else None)]

    single_file = len(paths) == 1 and not has_directory
    output_is_file = mode is Mode.FILES and single_file and not (output.is_dir() or str(output).endswith(os.sep))
    jobs = []
    for path in paths:
        if path.is_dir():
            base = Path(path.name) if len(paths) > 1 else Path()
            for found in walk(path, options, report):
                jobs.append(_job(found, base / found.relative_to(path), options, output_is_file))
        else:
            jobs.append(_job(path, Path(path.name), options, output_is_file))
    targets: dict[Path, Job] = {}
    for job in jobs:
        if job.target is None:
            continue
        if job.source is not None and _same_file(job.source, job.target) and mode is not Mode.IN_PLACE:
            raise ValueError(f"{job.name}: output would overwrite the input; use --in-place to rewrite it")
        if job.target in targets:
            raise ValueError(f"{job.name} and {targets[job.target].name} would both be written to {job.target}")
        targets[job.target] = job
    return jobs


def _job(source: Path, relative: Path, options: Options, output_is_file: bool) -> Job:
    if options.mode is Mode.IN_PLACE:
        target = source
    elif options.mode is Mode.FILES:
        target = options.output if output_is_file else options.output / relative
    else:
        target = None
    return Job(source=source, name=str(source), target=target)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def walk(root: Path, options: Options, report: Report) -> Iterator[Path]:
    """Regular files under ``root`` matching the include globs, in a stable order.

    Hidden entries are skipped (counted in one note); symbolic links to
    directories are followed once, and a link back into the tree is reported and
    skipped; the output directory is never walked into.
    """
    output = options.output.resolve() if options.output is not None else None
    seen_dirs: set[tuple[int, int]] = set()
    hidden = 0

    def visit(directory: Path) -> Iterator[Path]:
        nonlocal hidden
        try:
            stat = directory.stat()
        except OSError as error:
            report.fail(str(directory), error.strerror or str(error))
            return
        key = (stat.st_dev, stat.st_ino)
        if key in seen_dirs:
            report.note(str(directory), "directory loop (symbolic link back into the tree), skipped")
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            report.fail(str(directory), error.strerror or str(error))
            return
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if entry.name.startswith("."):
                hidden += 1
                continue
            if any(fnmatch.fnmatch(entry.name, g) or fnmatch.fnmatch(relative, g) for g in options.exclude):
                continue
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError:
                continue
            if is_dir:
                if output is not None and path.resolve() == output:
                    continue
                yield from visit(path)
            elif is_file and any(fnmatch.fnmatch(entry.name, g) for g in options.include):
                yield path
            elif entry.is_symlink() and not path.exists():
                report.note(str(path), "broken symbolic link, skipped")

    yield from visit(root)
    if hidden:
        report.note(str(root), f"{hidden} hidden entr{'y' if hidden == 1 else 'ies'} skipped")


def process(job: Job, options: Options) -> Outcome:
    """Clean one input according to ``options.mode``. Never raises for a bad input."""
    decoding = io.Decoding()
    try:
        if options.mode in (Mode.STDOUT, Mode.FILES, Mode.IN_PLACE):
            return _clean_and_write(job, options, decoding)
        text = "".join(_read(job, options, decoding))
        result = options.cleaner.explain(text)
        outcome = _outcome(job, result, decoding)
        if options.mode is Mode.SHOW and result.edits:
            from cleanfeed.render import render_changes

            outcome.rendered = render_changes(job.name, text, result, color=options.color)
        elif options.mode is Mode.DIFF and result.edits:
            from cleanfeed.render import render_diff

            outcome.rendered = render_diff(job.name, text, result.text)
        return outcome
    except io.InputError as error:
        return Outcome(job.name, "failed", reason=str(error), note=decoding.note())
    except OSError as error:
        return Outcome(job.name, "failed", reason=error.strerror or str(error))


def _outcome(job: Job, result: Result, decoding: io.Decoding) -> Outcome:
    return Outcome(
        job.name,
        "changed" if result.edits else "unchanged",
        note=decoding.note(),
        counts=Counter(e.filter for e in result.edits),
    )


def _read(job: Job, options: Options, decoding: io.Decoding) -> Iterator[str]:
    """The decoded text of the input, in pieces. Small files are read whole first,
    so a NUL byte or an unreadable file is known before any output is written."""
    if job.source is None:
        chunks: Iterable[bytes] = io.iter_file_chunks(sys.stdin.buffer)
    else:
        try:
            size = job.source.stat().st_size
        except OSError as error:
            raise io.InputError(error.strerror or str(error)) from None
        chunks = [io.read_bytes(job.source)] if size <= io.WHOLE_FILE_LIMIT else _stream_file(job.source)
    return io.decode_chunks(chunks, encoding=options.encoding, decoding=decoding)


def _stream_file(path: Path) -> Iterator[bytes]:
    try:
        handle = path.open("rb")
    except PermissionError:
        raise io.InputError("permission denied") from None
    with handle:
        yield from io.iter_file_chunks(handle)


def _clean_and_write(job: Job, options: Options, decoding: io.Decoding) -> Outcome:
    counts: Counter = Counter()
    pieces = _read(job, options, decoding)
    if job.source is not None and job.source.stat().st_size <= io.WHOLE_FILE_LIMIT:
        pieces = iter(list(pieces))  # decode fully first: a bad file fails before anything is written

    def cleaned() -> Iterator[str]:
        for block, edits in options.cleaner.stream(pieces):
            counts.update(e.filter for e in edits)
            yield block

    if job.target is None:
        out = sys.stdout.buffer
        for block in cleaned():
            out.write(io.encode(block))
        out.flush()
    elif options.mode is Mode.IN_PLACE:
        blocks = list(cleaned())
        if counts or decoding.note():
            if options.backup:
                backup = job.source.with_name(job.source.name + options.backup)
                io.atomic_write(backup, [job.source.read_bytes()], mode_from=job.source)
            io.atomic_write(job.target, blocks, mode_from=job.source)
    else:
        io.atomic_write(job.target, cleaned(), mode_from=job.source)
    return Outcome(job.name, "changed" if counts else "unchanged", note=decoding.note(), counts=counts)


class Report:
    """Counts outcomes, prints notes and errors as they come, and gives the exit code."""

    def __init__(self, *, quiet: bool = False, check: bool = False) -> None:
        self.quiet = quiet
        self.check = check
        self.changed = self.unchanged = self.failed = 0
        self.batch = False
        self.counts: Counter = Counter()

    def note(self, name: str, message: str) -> None:
        if not self.quiet:
            print(f"cleanfeed: note: {name}: {message}", file=sys.stderr)

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        print(f"cleanfeed: error: {name}: {reason}", file=sys.stderr)

    def add(self, outcome: Outcome) -> None:
        if outcome.note:
            self.note(outcome.name, outcome.note)
        if outcome.status == "failed":
            self.fail(outcome.name, outcome.reason or "failed")
            return
        self.counts.update(outcome.counts)
        if outcome.status == "changed":
            self.changed += 1
        else:
            self.unchanged += 1

    @property
    def total(self) -> int:
        return self.changed + self.unchanged + self.failed

    @property
    def exit_code(self) -> int:
        if self.failed:
            return 3
        if self.check and self.changed:
            return 1
        return 0

    def summary(self) -> str:
        verb = "would change" if self.check else "changed"
        return (
            f"{self.total:,} file{'s' if self.total != 1 else ''}: {self.changed:,} {verb}, "
            f"{self.unchanged:,} unchanged, {self.failed:,} failed"
        )

    def finish(self) -> None:
        if not self.quiet and (self.batch or self.check):
            print(self.summary(), file=sys.stderr)


def run_jobs(jobs: list[Job], options: Options, report: Report, *, workers: int | None = None) -> None:
    """Process every job, in parallel when there are several, and report in input order."""
    report.batch = report.batch or len(jobs) > 1
    workers = min(workers or os.cpu_count() or 1, len(jobs)) if jobs else 1
    outcomes: Iterable[Outcome]
    if workers > 1:
        from cleanfeed.parallel import map_in_pool  # the process pool costs nothing unless used

        outcomes = map_in_pool(process, jobs, options, workers)
    else:
        outcomes = (process(job, options) for job in jobs)
    progress = None
    if len(jobs) >= PROGRESS_MIN_FILES and not options.quiet and sys.stderr.isatty():
        from cleanfeed.render import progress_bar

        progress = progress_bar(len(jobs))
    try:
        for outcome in outcomes:
            if outcome.rendered:
                sys.stdout.write(outcome.rendered)
                sys.stdout.flush()
            report.add(outcome)
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.close()
