"""Turn paths into jobs, clean each one, write or render the result, and count outcomes.

The output mode is chosen once (:class:`Mode`); each job is one input and runs the
same way in the main process or in a worker process, returning an
:class:`Outcome` that the main process reports in input order, so a run with
several workers prints exactly what a run with one prints.
"""

from __future__ import annotations

import enum
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cleanfeed import io
from cleanfeed.audit import SampleSettings, Tally
from cleanfeed.dask import map_on_cluster
from cleanfeed.pipeline import Cleaner, Result

# jsonl, render and json are imported where a mode needs them: cleaning a file to stdout needs none,
# and start-up counts for a command run once per file by editors and hooks.
if TYPE_CHECKING:
    from cleanfeed.jsonl import Record

#: Below this many files a progress bar is not worth drawing.
PROGRESS_MIN_FILES = 20
#: The records of one JSON Lines file noted one by one; the rest are counted in one note.
RECORD_NOTES_SHOWN = 10


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
        """The one mode the flags ask for; previews and --check never write."""
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
    def writes_text(self) -> bool:
        """Whether the cleaned text is written somewhere (else the run only looks)."""
        return self in (Mode.STDOUT, Mode.FILES, Mode.IN_PLACE)

    @property
    def uses_stdout(self) -> bool:
        """Whether stdout carries the run's output (cleaned text, a preview or a diff)."""
        return self in (Mode.STDOUT, Mode.SHOW, Mode.DIFF)

    @property
    def prints_report(self) -> bool:
        """Whether something per file is printed on stdout (a preview or a diff)."""
        return self in (Mode.SHOW, Mode.DIFF)


# Records are NamedTuples and plain classes, not dataclasses: importing ``dataclasses`` (and the
# ``inspect`` it pulls in) would cost more start-up than the rest of this module.


class Options(NamedTuple):
    cleaner: Cleaner
    mode: Mode
    output: Path | None = None
    output_is_dir: bool = False  # -o was written with a trailing slash
    backup: str | None = None
    encoding: str | None = None
    include: tuple[str, ...] = ("*.txt",)
    exclude: tuple[str, ...] = ()
    quiet: bool = False
    color: bool = False
    jsonl: JsonlOptions | None = None  # set: inputs are JSON Lines records
    stdin_name: str = "<stdin>"  # what messages, previews and diff headers call stdin
    sample: SampleSettings | None = None  # SHOW: print a sample of the changes instead of every one
    changes_format: str = "text"  # SHOW: "text" for people, "jsonl" for scripts
    capture_stdout: bool = False  # STDOUT: return the text in the outcome (a cluster worker has no stdout of ours)


class JsonlOptions(NamedTuple):
    """How to read JSON Lines inputs (see :mod:`cleanfeed.jsonl`)."""

    field: str = "text"
    on_error: str = "keep"
    changes_field: str | None = None


class Job(NamedTuple):
    """One input: a file (or stdin when ``source`` is None) and where its result goes."""

    source: Path | None
    name: str
    target: Path | None = None


class Outcome:
    """What became of one job."""

    __slots__ = ("name", "notes", "reason", "rendered", "sample", "status", "tally")

    def __init__(self, name: str, status: str, reason: str | None = None) -> None:
        self.name = name
        self.status = status  # "changed", "unchanged", "failed"
        self.reason = reason
        self.notes: list[str] = []
        self.rendered = ""  # what SHOW/DIFF print for this input
        self.tally = Tally()
        self.sample: list = []  # --sample: this input's (priority, order, Change) entries


def collect_jobs(paths: list[Path], options: Options, report: Report) -> list[Job]:
    """The jobs for the given paths (none: stdin), or ValueError (a usage error) explaining what is wrong."""
    paths = paths or [Path("-")]
    mode, output = options.mode, options.output
    stdin = [p for p in paths if str(p) == "-"]
    if stdin and len(paths) > 1:
        raise ValueError("'-' (stdin) cannot be combined with other paths")
    for path in paths:
        if path not in stdin and not path.exists() and not path.is_symlink():
            raise ValueError(f"{path}: no such file or directory")
    has_directory = any(p.is_dir() for p in paths)
    several = has_directory or len(paths) > 1
    report.batch = several
    if mode is Mode.STDOUT and has_directory:  # several files go to stdout one after another, as cat writes them
        directory = next(p for p in paths if p.is_dir())
        raise ValueError(
            f"{directory} is a directory: give -o DIR to write cleaned copies, or --in-place to rewrite them"
        )
    if stdin:
        if mode is Mode.IN_PLACE:
            raise ValueError("--in-place needs files, not stdin")
        return [Job(source=None, name=options.stdin_name, target=output if mode is Mode.FILES else None)]

    output_is_file = False
    if mode is Mode.FILES:
        assert output is not None  # Mode.pick chose FILES because there is an -o
        output_is_file = not several and not (options.output_is_dir or output.is_dir())
        if several and output.exists() and not output.is_dir():
            raise ValueError(f"-o {output} is a file; several inputs need a directory")
    jobs: list[Job] = []
    place = _Places(paths) if len(paths) > 1 else None
    for path in paths:
        if path.is_dir():
            base = place(path) if place is not None else Path()
            found = list(walk(path, options, report))
            if not found:
                report.note(str(path), f"no files matching {' '.join(options.include)}")
            jobs.extend(_job(file, base / file.relative_to(path), options, output_is_file) for file in found)
        else:
            jobs.append(_job(path, place(path) if place is not None else Path(path.name), options, output_is_file))
    _refuse_clashes(jobs, mode)
    return jobs


class _Places:
    """Where each of several inputs goes under -o DIR: its path from the folder that holds them all.

    `a/x.txt b/x.txt -o out` gives out/a/x.txt and out/b/x.txt, and the files `find scraped`
    lists go where `scraped -o out` would put them: the tree is mirrored, never flattened.
    """

    def __init__(self, paths: list[Path]) -> None:
        folders = [os.path.dirname(os.path.abspath(path)) for path in paths]
        try:
            self.root: str | None = os.path.commonpath(folders)
        except ValueError:  # paths on different drives share no folder: each goes under its name
            self.root = None

    def __call__(self, path: Path) -> Path:
        if self.root is None:
            return Path(path.name)
        return Path(os.path.relpath(os.path.abspath(path), self.root))


def _job(source: Path, relative: Path, options: Options, output_is_file: bool) -> Job:
    if options.mode is Mode.IN_PLACE:
        target = Path(os.path.realpath(source))  # a symbolic link stays a link to the rewritten file
    elif options.mode is Mode.FILES:
        assert options.output is not None  # FILES mode means an -o
        target = options.output if output_is_file else options.output / relative
    else:
        target = None
    return Job(source=source, name=str(source), target=target)


def _refuse_clashes(jobs: list[Job], mode: Mode) -> None:
    """ValueError if an output would overwrite an input, or two inputs would go to one output."""
    targets: dict[str, Job] = {}
    for job in jobs:
        if job.target is None:
            continue
        if mode is not Mode.IN_PLACE and job.source is not None and _same_file(job.source, job.target):
            raise ValueError(f"{job.name}: output would overwrite the input; use --in-place to rewrite it")
        key = os.path.realpath(job.target)
        if key in targets:
            raise ValueError(f"{job.name} and {targets[key].name} would both be written to {job.target}")
        targets[key] = job


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b) or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def walk(root: Path, options: Options, report: Report) -> Iterator[Path]:
    """Regular files under ``root`` matching the include globs and no exclude glob, in a stable order.

    Globs match a name or the path relative to ``root``. Hidden entries are
    skipped and named in one note, and so are backups (names ending with the
    ``--backup`` suffix); symbolic links to directories are followed (with
    ``--in-place`` only those that stay inside the tree: a rewrite never reaches
    outside what was named), but a directory already walked (a link back into the
    tree, or a second link to one place) is skipped with a note; the output
    directory is never walked into.
    """
    output = options.output.resolve() if options.output is not None else None
    top = root.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    hidden: list[str] = []
    backups = 0

    def matches(name: str, relative: str, globs: tuple[str, ...]) -> bool:
        return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(relative, g) for g in globs)

    def visit(directory: Path) -> Iterator[Path]:
        nonlocal backups
        try:
            stat = directory.stat()
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            report.fail(str(directory), error.strerror or str(error))
            return
        key = (stat.st_dev, stat.st_ino)
        if key in seen_dirs:
            report.note(str(directory), "directory already walked (symbolic link loop), skipped")
            return
        seen_dirs.add(key)
        for entry in entries:
            path = Path(entry.path)
            relative = path.relative_to(root).as_posix()
            if matches(entry.name, relative, options.exclude):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:
                continue
            if entry.name.startswith("."):
                if is_dir or (is_file and matches(entry.name, relative, options.include)):
                    hidden.append(relative)
            elif is_dir:
                if options.mode is Mode.IN_PLACE and entry.is_symlink() and not path.resolve().is_relative_to(top):
                    report.note(str(path), "symbolic link to a directory outside the tree, not followed (--in-place)")
                elif output is None or path.resolve() != output:
                    yield from visit(path)
            elif is_file:
                if not matches(entry.name, relative, options.include):
                    continue
                if options.backup and entry.name.endswith(options.backup):  # a suffix like .bak.txt matches *.txt
                    backups += 1
                else:
                    yield path
            elif entry.is_symlink():
                report.note(str(path), "broken symbolic link, skipped")

    yield from visit(root)
    if hidden:
        shown = ", ".join(hidden[:3]) + (", …" if len(hidden) > 3 else "")
        report.note(str(root), f"{len(hidden)} hidden entr{'y' if len(hidden) == 1 else 'ies'} skipped ({shown})")
    if backups:
        report.note(str(root), f"{backups} backup{'s' if backups != 1 else ''} (*{options.backup}) skipped")


def process(job: Job, options: Options) -> Outcome:
    """Clean one input according to ``options.mode``. Never raises for a bad input
    (only a closed stdout, which ends the whole run).

    Every mode takes one path: the input is read and decoded, its adapter (the whole
    text, or the field of each JSON Lines record) hands the texts to the cleaner and
    turns the cleaned texts into output, and the output goes where the mode says.
    """
    decoding = io.Decoding()
    outcome = Outcome(job.name, "unchanged")
    try:
        texts = _Records(job, options, outcome) if options.jsonl is not None else _Text(job, options, outcome)
        _deliver(job, options, outcome, texts, _read(job, options, decoding))
        texts.settle()
    except BrokenPipeError:
        raise
    except (io.InputError, io.OutputError) as error:
        outcome.status, outcome.reason = "failed", str(error)
    except OSError as error:
        outcome.status, outcome.reason = "failed", error.strerror or str(error)
    except Exception as error:  # a bug must cost one file, not the batch
        outcome.status, outcome.reason = "failed", f"internal error, please report: {type(error).__name__}: {error}"
    if outcome.status != "failed" and (note := decoding.note()):
        outcome.notes.insert(0, note)
    return outcome


class _Text:
    """A plain-text input: one text, cleaned block by block as it streams (held whole only
    for --diff, which needs the lines around each change)."""

    def __init__(self, job: Job, options: Options, outcome: Outcome) -> None:
        self.options, self.outcome = options, outcome
        self.looks = _Looks(job.name, options, outcome) if options.mode.prints_report else None
        self.problems: list = []
        self.empty = True

    @property
    def rewrote(self) -> bool:
        return bool(self.outcome.tally)

    def clean(self, pieces: Iterable[str]) -> Iterator[str]:
        original = None
        if self.options.mode is Mode.DIFF:
            original = "".join(pieces)
            pieces = [original]
        cleaned_blocks: list[str] = []
        edits: list = []
        line = 1
        for offset, block, cleaned, block_edits in self.options.cleaner.blocks(pieces, problems=self.problems):
            self.outcome.tally.add(block_edits)  # counted as they pass: keeping them would grow with the input
            self.empty = self.empty and not block
            if original is not None:
                cleaned_blocks.append(cleaned)
                edits.extend(e.shifted(offset) for e in block_edits)
            elif self.looks is not None:
                self.looks.add(block, Result(cleaned, block_edits), base=offset, first_line=line)
                line += block.count("\n")
            yield cleaned
        self.outcome.tally.close_unit()
        if original is not None and self.looks is not None:
            self.looks.add(original, Result("".join(cleaned_blocks), edits))

    def settle(self) -> None:
        _settle(self.outcome, empty=self.empty)
        _unsafe(self.outcome, self.problems)
        if self.looks is not None:
            self.looks.finish()


class _Records:
    """A JSON Lines input: the field of each record is one text, cleaned and spliced back into its line."""

    def __init__(self, job: Job, options: Options, outcome: Outcome) -> None:
        assert options.jsonl is not None  # only JSON Lines jobs come here
        self.options, self.outcome, self.settings = options, outcome, options.jsonl
        self.looks = _Looks(job.name, options, outcome) if options.mode.prints_report else None
        self.rewrote = False
        self.bad = self.missing = self.found = self.unsafe = 0

    def clean(self, pieces: Iterable[str]) -> Iterator[str]:
        from cleanfeed.jsonl import read_records  # only --jsonl reads records

        settings = self.settings
        for record in read_records(io.iter_lines(pieces), field_path=settings.field, on_error=settings.on_error):
            if record.text is None:
                if record.error is not None:  # not a blank line
                    self._note(record, record.error)
                line = record.passed_through
            else:
                self.found += 1
                result = self.options.cleaner.explain(record.text)
                if result.problems:
                    self.unsafe += 1
                    self._note(record, f"safety check failed ({result.problems[0]}); record left unchanged")
                self.outcome.tally.add(result.edits)
                self.outcome.tally.close_unit()
                line = record.rewritten(result, changes_field=settings.changes_field)
                if self.looks is not None:
                    self.looks.add(record.text, result, record=record)
            self.rewrote = self.rewrote or line != record.source
            if self.looks is not None:
                self.looks.add_line(record.source, line or "")
            if line is not None:
                yield line

    def _note(self, record: Record, error: str) -> None:
        self.bad += 1
        self.missing += record.missing
        if self.bad <= RECORD_NOTES_SHOWN:
            self.outcome.notes.append(f"line {record.line_number}: {error}")

    def settle(self) -> None:
        outcome = self.outcome
        _settle(outcome, empty=False)
        if self.looks is not None:
            self.looks.finish()
        if self.bad > RECORD_NOTES_SHOWN:
            outcome.notes.append(f"{self.bad - RECORD_NOTES_SHOWN:,} more records like these")
        if self.unsafe:
            outcome.status = "failed"
            outcome.reason = f"safety check failed in {self.unsafe:,} record(s); they were left unchanged"
        elif self.missing and not self.found:  # a typo in --field must not pass --check
            outcome.status = "failed"
            outcome.reason = (
                f"no record has the field {self.settings.field!r} ({self.missing:,} without it); check --field"
            )


def _deliver(job: Job, options: Options, outcome: Outcome, texts: _Text | _Records, pieces: Iterator[str]) -> None:
    """Clean the input's texts and send the output where the mode says: standard output, a
    file, the input itself (only when it changed), or nowhere (a look)."""
    output = texts.clean(pieces)
    if not options.mode.writes_text:
        for _ in output:
            pass
    elif job.target is None:
        if options.capture_stdout:
            outcome.rendered = "".join(output)
        else:
            for piece in output:
                io.write_stdout(piece)
            io.write_stdout("", flush=True)
    elif options.mode is Mode.IN_PLACE:
        kept = list(output)
        if texts.rewrote:  # an unchanged file is never touched
            if options.backup:
                assert job.source is not None  # --in-place needs files
                backup = job.source.with_name(job.source.name + options.backup)
                if backup.exists() or backup.is_symlink():  # it may hold the only copy of an older original
                    raise io.OutputError(f"backup {backup} already exists; file left unchanged (move it away first)")
                io.atomic_write(backup, [job.target.read_bytes()], mode_from=job.target, durable=True)
            io.atomic_write(job.target, kept, mode_from=job.target, durable=True)
    else:
        io.atomic_write(job.target, output, mode_from=job.source)


class _Looks:
    """What --show-changes and --diff gather from one input, text by text."""

    def __init__(self, name: str, options: Options, outcome: Outcome) -> None:
        self.name, self.outcome = name, outcome
        self.shown = _Shown(name, options) if options.mode is Mode.SHOW else None
        self.lines: list[tuple[str, str]] = []  # --diff of records: each line in and out

    def add(
        self, text: str, result: Result, *, record: Record | None = None, base: int = 0, first_line: int = 1
    ) -> None:
        """One cleaned text: a block of the input (at ``base``, from line ``first_line``), the
        whole input (--diff), or one record's field."""
        if self.shown is not None:
            if record is None:
                self.shown.add(text, result.edits, base=base, first_line=first_line)
            else:
                self.shown.add(text, result.edits, record=record.line_number, record_id=record.id)
        elif record is None and result.edits:
            from cleanfeed.render import render_diff  # only --diff

            self.outcome.rendered = render_diff(self.name, text, result)

    def add_line(self, source: str, output: str) -> None:
        """One JSON Lines record as read and as written ("" when left out)."""
        if self.shown is None:
            self.lines.append((source, output))

    def finish(self) -> None:
        if self.shown is not None:
            self.shown.finish(self.outcome)
        elif self.lines:
            from cleanfeed.render import render_line_diff  # only --diff of records

            self.outcome.rendered = render_line_diff(self.name, self.lines)


def _unsafe(outcome: Outcome, problems) -> None:
    """A failed safety check: the text concerned was left unchanged, and the file counts as failed."""
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        outcome.status = "failed"
        outcome.reason = f"safety check failed: {problems[0]}{more}; the text concerned was left unchanged"


def _settle(outcome: Outcome, *, empty: bool) -> None:
    if outcome.tally:
        outcome.status = "changed"
    if empty:
        outcome.notes.append("empty input; output is empty")


def _read(job: Job, options: Options, decoding: io.Decoding) -> Iterator[str]:
    """The decoded text of the input, in pieces. A NUL byte or an undecodable file is
    known before any output is written: files up to io.WHOLE_FILE_LIMIT are read and
    decoded whole first, larger ones are checked in a first pass and then streamed."""
    if job.source is None:
        chunks: Iterable[bytes] = io.iter_file_chunks(sys.stdin.buffer)
    else:
        try:
            size = job.source.stat().st_size
        except OSError as error:
            raise io.InputError(error.strerror or str(error)) from None
        if size <= io.WHOLE_FILE_LIMIT:
            whole = io.read_bytes(job.source)
            return iter(list(io.decode_chunks([whole], encoding=options.encoding, decoding=decoding)))
        io.check_decodes(_stream_file(job.source), encoding=options.encoding)
        chunks = _stream_file(job.source)
    return io.decode_chunks(chunks, encoding=options.encoding, decoding=decoding)


def _stream_file(path: Path) -> Iterator[bytes]:
    try:
        handle = path.open("rb")
    except PermissionError:
        raise io.InputError("permission denied") from None
    with handle:
        yield from io.iter_file_chunks(handle)


class _Shown:
    """What --show-changes gathers from one input, text by text (the file, or each JSON Lines
    record): the preview, the change records (--changes-format jsonl), or the input's part of
    the sample (--sample), which keeps at most the sample's size in changes."""

    def __init__(self, name: str, options: Options) -> None:
        self.name, self.options = name, options
        self.parts: list[str] = []
        self.sampler = options.sample.sampler() if options.sample is not None else None
        self.numbered = 0  # changes numbered so far in a file that arrives in blocks

    def add(
        self, text: str, edits: list, *, record: int | None = None, record_id=None, base: int = 0, first_line: int = 1
    ) -> None:
        """Gather the changes ``edits`` (positioned in ``text``) make; ``text`` starts at ``base`` and
        ``first_line`` of the whole text (a block of a large file)."""
        if not edits:
            return
        from cleanfeed.render import Describer, render_changes, render_records  # only --show-changes

        describe = Describer(self.name, text, record=record, record_id=record_id, base=base, first_line=first_line)
        if self.sampler is not None:
            assert self.options.sample is not None  # a sampler is made only for --sample
            first = 0 if record is not None else self.numbered  # a change's number in its file or record
            for number, edit in enumerate(edits, first):
                if not self.options.sample.draws(edit.filter):
                    continue
                priority = self.sampler.priority(self.name, record, number)
                if self.sampler.wants(priority):
                    self.sampler.keep(priority, (record or 0, number), describe(edit))
        elif self.options.changes_format == "jsonl":
            self.parts.append(render_records(map(describe, edits)))
        else:
            self.parts.append(
                render_changes(
                    describe.label,
                    text,
                    Result(text, edits),
                    color=self.options.color,
                    summary=False,
                    first_line=first_line,
                )
            )
        self.numbered += len(edits)

    def finish(self, outcome: Outcome) -> None:
        if self.sampler is not None:
            outcome.sample = self.sampler.entries()
        elif self.parts and self.options.changes_format == "text":
            from cleanfeed.render import render_summary  # only --show-changes

            counts = {name: count.edits for name, count in outcome.tally.filters.items()}
            outcome.rendered = "".join(self.parts) + render_summary(self.name, counts, color=self.options.color)
        else:
            outcome.rendered = "".join(self.parts)


class Report:
    """Counts outcomes, prints notes and errors as they come, and gives the exit code."""

    def __init__(
        self, *, quiet: bool = False, check: bool = False, dry_run: bool = False, sample: SampleSettings | None = None
    ) -> None:
        self.quiet = quiet
        self.check = check
        self.dry_run = dry_run  # nothing is written: say "would change"
        self.changed = self.unchanged = self.failed = 0
        self.batch = False
        self.tally = Tally()
        self.sample_settings = sample
        self.sampler = sample.sampler() if sample is not None else None  # the whole run's sample

    def note(self, name: str, message: str) -> None:
        if not self.quiet:
            print(f"cleanfeed: note: {name}: {message}", file=sys.stderr)

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        print(f"cleanfeed: error: {name}: {reason}", file=sys.stderr)

    def add(self, outcome: Outcome) -> None:
        for note in outcome.notes:
            self.note(outcome.name, note)
        # A failed input's changes still count: the parts that failed were left unchanged, the rest was cleaned.
        self.tally.merge(outcome.tally)
        for priority, order, change in outcome.sample:  # a sample is drawn only when there is a sampler
            assert self.sampler is not None
            self.sampler.keep(priority, (self.total, *order), change)
        if outcome.status == "failed":
            self.fail(outcome.name, outcome.reason or "failed")
            return
        if outcome.status == "changed":
            self.changed += 1
            if self.check and not self.quiet:  # as black names each file it would reformat
                print(f"would clean {outcome.name}", file=sys.stderr)
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
        verb = "would change" if self.dry_run else "changed"
        return (
            f"{self.total:,} file{'s' if self.total != 1 else ''}: {self.changed:,} {verb}, "
            f"{self.unchanged:,} unchanged, {self.failed:,} failed"
        )

    def finish(self) -> None:
        if not self.quiet and (self.batch or self.check):
            print(self.summary(), file=sys.stderr)
        if not self.quiet and self.sampler is not None:
            settings = self.sample_settings
            assert settings is not None  # the sampler was made from them
            drawn = self.tally.edits(settings.filters)
            print(
                f"cleanfeed: sampled {min(settings.size, drawn):,} of {drawn:,} changes (seed {settings.seed})",
                file=sys.stderr,
            )

    def stats(self, filters: tuple[str, ...], *, records: bool) -> str:
        """--stats: the table of each filter's work."""
        from cleanfeed.render import render_stats  # only --stats

        return render_stats(self.tally, filters, unit="records" if records else "files")

    def as_json(self, filters: tuple[str, ...], *, mode: Mode, records: bool) -> str:
        """--report json: the whole run in one line of JSON, for scripts."""
        summary: dict = {
            "mode": mode.value,
            "exit_code": self.exit_code,
            "files": {"total": self.total, "changed": self.changed, "unchanged": self.unchanged, "failed": self.failed},
        }
        if records:
            summary["records"] = {"total": self.tally.units, "changed": self.tally.changed_units}
        summary["filters"] = {name: self.tally.count(name).as_dict() for name in filters}
        import json  # only --report json

        return json.dumps(summary)

    def render_sample(self, options: Options) -> str:
        """The run's sample, in input order."""
        assert self.sampler is not None  # only a --sample run renders a sample
        from cleanfeed.render import render_records, render_sample  # only --sample

        changes = [change for _, _, change in self.sampler.entries()]
        if options.changes_format == "jsonl":
            return render_records(changes)
        return render_sample(changes, color=options.color)


def run_jobs(
    jobs: list[Job], options: Options, report: Report, *, workers: int | None = None, scheduler: str | None = None
) -> None:
    """Process every job, in worker processes (or on a Dask cluster) when there are several,
    and report in input order.

    Raises :class:`~cleanfeed.dask.ClusterError` when the cluster cannot be used.
    """
    report.batch = report.batch or len(jobs) > 1
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if options.mode is Mode.STDOUT:  # cleaned text streams to stdout from this process, file after file
        workers = 1
    progress = None
    if _want_progress(len(jobs), options):
        from cleanfeed.render import progress_bar  # only many files on a terminal

        progress = progress_bar(len(jobs))
    done = 0
    try:
        if scheduler is not None and jobs[0].source is not None:  # stdin is read here, so it is cleaned here
            # The workers' stdout is not ours: text for stdout comes back in the outcomes.
            on_cluster = options._replace(capture_stdout=True)
            for outcome in map_on_cluster(process, jobs, on_cluster, scheduler):
                _report(outcome, report, progress)
        elif workers > 1:
            from cleanfeed.parallel import WorkerDied, map_in_pool  # the pool costs nothing unless used

            try:
                with map_in_pool(process, jobs, options, workers) as outcomes:
                    for outcome in outcomes:
                        _report(outcome, report, progress)
                        done += 1
            except WorkerDied as error:
                for job in jobs[done:]:
                    report.fail(job.name, f"not processed: {error}")
        else:
            for job in jobs:
                _report(process(job, options), report, progress)
        if report.sampler is not None:
            sys.stdout.buffer.write(io.encode(report.render_sample(options)))
            sys.stdout.flush()
    except BrokenPipeError:  # the reader has gone (``| head``): stop quietly
        io.silence_stdout()
        report.quiet = True
    except _StdoutFailed:
        io.silence_stdout()
    finally:
        if progress is not None:
            progress.close()


def _report(outcome: Outcome, report: Report, progress) -> None:
    if outcome.rendered:
        try:
            io.write_stdout(outcome.rendered, flush=True)
        except io.OutputError as error:  # the rest of the run would fail the same way: stop here
            outcome.status, outcome.reason = "failed", str(error)
            report.add(outcome)
            raise _StdoutFailed from None
    report.add(outcome)
    if progress is not None:
        progress.advance()


class _StdoutFailed(Exception):
    """Standard output cannot be written (the failure is reported): the run stops."""


def _want_progress(count: int, options: Options) -> bool:
    """A bar on stderr for a long batch on a terminal. When the output goes to stdout, only if stdout is
    a file: on the terminal, or through a pipe into a pager (``| less -R``), the bar would draw into it."""
    if options.quiet or count < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return False
    return not options.mode.uses_stdout or io.stdout_is_a_file()
