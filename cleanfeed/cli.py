"""The command line: parse options, call the library, report. No repair logic lives here."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import click

from cleanfeed import __version__, io
from cleanfeed.audit import DEFAULT_SEED, SampleSettings
from cleanfeed.batch import JsonlOptions, Mode, Options, Report, collect_jobs, run_jobs
from cleanfeed.config import COLOR_CHOICES, ON_ERROR, ConfigError, load_config
from cleanfeed.dask import ClusterError
from cleanfeed.filters import FILTER_NAMES, FILTERS, installed_filters, parse_names
from cleanfeed.pipeline import Cleaner

EPILOG = """\b
Examples:
  cleanfeed article.txt > clean.txt          clean one file
  cat article.txt | cleanfeed --show-changes preview what would change
  cleanfeed scraped/ -o cleaned/ --jobs 4    clean a directory tree
  cleanfeed scraped/ --sample 200 --seed 7   read a random sample of changes

\b
Exit codes: 0 done; 1 --check found changes; 2 usage error;
3 some inputs could not be processed (each named on stderr).
"""


class OneLineErrors(click.Command):
    """Report usage errors as one line on stderr, never a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        try:
            code = super().main(args, prog_name or "cleanfeed", complete_var, standalone_mode=False, **extra)
        except click.UsageError as error:
            hint = " (see cleanfeed --help)" if error.ctx is not None else ""
            click.echo(f"cleanfeed: error: {error.format_message()}{hint}", err=True)
            code = 2
        except click.ClickException as error:
            click.echo(f"cleanfeed: error: {error.format_message()}", err=True)
            code = error.exit_code
        except click.Abort:
            click.echo("cleanfeed: interrupted", err=True)
            code = 130
        if not standalone_mode:
            return code
        sys.exit(code or 0)


def _list_filters(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    try:
        installed = installed_filters()
    except ValueError as error:
        raise click.UsageError(str(error), ctx) from None
    width = max(len(f.name) for f in (*FILTERS, *installed))
    for f in FILTERS:
        state = "on " if f.default else "off"
        modes = f" [--{f.name} {'|'.join(f.modes)}]" if f.modes else ""
        click.echo(f"{f.name:<{width}}  {state}  {f.summary}{modes}")
    for f in installed:  # run only when named; their modes are set through the Python API
        modes = f" [modes: {'|'.join(f.modes)}]" if f.modes else ""
        click.echo(f"{f.name:<{width}}  off  {f.summary}{modes} (installed: --enable {f.name})")
    ctx.exit(0)


def _complete_filter_names(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list:
    """Shell completion of a comma-separated list of filter names: the last name is completed."""
    from click.shell_completion import CompletionItem

    done, _, last = incomplete.rpartition(",")
    given = set(done.split(","))
    prefix = f"{done}," if done else ""
    return [
        CompletionItem(prefix + f.name, help=f.summary)
        for f in FILTERS
        if f.name.startswith(last) and f.name not in given
    ]


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import PackageNotFoundError, version  # metadata, not an import of ftfy: start-up

    try:
        ftfy = version("ftfy")
    except PackageNotFoundError:
        ftfy = "not installed"
    python = ".".join(map(str, sys.version_info[:3]))
    click.echo(f"cleanfeed {__version__} (Python {python}, ftfy {ftfy})")
    ctx.exit(0)


def _use_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    try:
        ctx.default_map = load_config(Path(value) if value else None, start=Path.cwd())
    except ConfigError as error:
        raise click.UsageError(str(error), ctx) from None
    return value


def _mode_options(command):
    """A ``--NAME MODE`` option for every filter that has modes, from the filter table."""
    for f in reversed([f for f in FILTERS if f.modes]):
        command = click.option(
            f"--{f.name}",
            type=click.Choice(f.modes),
            default=f.default_mode,
            show_default=True,
            help=f.modes_help or f"How the {f.name} filter runs.",
        )(command)
    return command


@click.command(cls=OneLineErrors, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True, readable=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Write to this file (one input) or directory (a directory, several inputs, or a name ending in /).",
)
@click.option(
    "--files-from",
    metavar="FILE",
    help="Also clean the files named in FILE, one a line (- for stdin; with -0, NUL-separated).",
)
@click.option(
    "-0", "--null", is_flag=True, help="With --files-from: names are NUL-separated, as find -print0 writes them."
)
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="The name stdin goes by in messages, previews and diff headers (for editors and hooks).",
)
@click.option("--in-place", is_flag=True, help="Rewrite the input files atomically.")
@click.option("--backup", metavar="SUFFIX", help="With --in-place: keep the original as FILE+SUFFIX.")
@click.option("--show-changes", is_flag=True, help="Print each change with its filter and line; write nothing.")
@click.option("--diff", "diff", is_flag=True, help="Print a unified diff (for patch -p0); write nothing.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if anything would change.")
@click.option(
    "--sample",
    type=click.IntRange(min=1),
    metavar="N",
    help="Show a reproducible random sample of N changes, each with a sentence or so of context "
    "(implies --show-changes).",
)
@click.option(
    "--seed",
    type=int,
    metavar="N",
    help=f"With --sample: the seed; the same seed draws the same sample [default: {DEFAULT_SEED}].",
)
@click.option(
    "--sample-filter",
    multiple=True,
    shell_complete=_complete_filter_names,
    metavar="NAMES",
    help="With --sample: draw only these filters' changes (comma-separated); all filters still run.",
)
@click.option(
    "--changes-format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="With --show-changes: text for people, or one JSON object a change (source, record, id, filter, "
    "offset, line, removed, inserted, before, after).",
)
@click.option(
    "--stats",
    is_flag=True,
    help="After the run, a table on stderr of each filter's work: files (or records) changed, edits, "
    "characters removed and inserted.",
)
@click.option(
    "--report",
    "report_format",
    type=click.Choice(["json"]),
    help="After the run, one line of JSON for scripts (files changed/unchanged/failed, exit code, each filter's "
    "counts): on stdout when the run prints nothing else there (-o, --in-place, --check), else on stderr.",
)
@click.option(
    "--only",
    multiple=True,
    shell_complete=_complete_filter_names,
    metavar="NAMES",
    help="Run only these filters (comma-separated).",
)
@click.option(
    "--skip",
    multiple=True,
    shell_complete=_complete_filter_names,
    metavar="NAMES",
    help="Skip these filters (comma-separated).",
)
@click.option(
    "--enable",
    multiple=True,
    shell_complete=_complete_filter_names,
    metavar="NAMES",
    help="Also run these filters that are off by default (comma-separated).",
)
@_mode_options
@click.option("--encoding", metavar="NAME", help="Decode inputs with this encoding instead of UTF-8.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes for many files [default: all cores].")
@click.option("--include", multiple=True, metavar="GLOB", help="Files to take from directories [default: *.txt].")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Files or directories to leave out.")
@click.option(
    "--color",
    type=click.Choice(COLOR_CHOICES),
    default="auto",
    show_default=True,
    help="Colour the preview: auto = when stdout is a terminal (NO_COLOR turns it off, FORCE_COLOR on); "
    "always for a pager (| less -R).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, notes or summary; errors only.")
@click.option("--no-verify", is_flag=True, help="Skip the run-time safety check of every change (a few % faster).")
@click.option("--jsonl", is_flag=True, help="Inputs are JSON Lines: clean one field of each record [*.jsonl].")
@click.option(
    "--field",
    default="text",
    show_default=True,
    metavar="PATH",
    help="With --jsonl: the field to clean (dotted for nested: article.body).",
)
@click.option(
    "--on-error",
    type=click.Choice(ON_ERROR),
    default="keep",
    show_default=True,
    help="With --jsonl: a malformed record is copied through, left out, or stops the file.",
)
@click.option("--changes-field", metavar="NAME", help="With --jsonl: add each record's list of changes as NAME.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run the per-file work on this Dask cluster (tcp://HOST:8786); needs cleanfeed[dask] and "
    "paths every worker sees.",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    is_eager=True,
    callback=_use_config,
    expose_value=False,
    help="Read options from this TOML file [default: nearest pyproject.toml [tool.cleanfeed] or cleanfeed.toml].",
)
@click.option(
    "--list-filters",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_list_filters,
    help="List the filters (on or off by default, their modes) and exit.",
)
@click.option(
    "--version",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_show_version,
    help="Show the version of cleanfeed, Python and ftfy (encoding repairs depend on it) and exit.",
)
def cli(
    paths,
    output,
    files_from,
    null,
    stdin_filename,
    in_place,
    backup,
    show_changes,
    diff,
    check,
    sample,
    seed,
    sample_filter,
    changes_format,
    stats,
    report_format,
    only,
    skip,
    enable,
    encoding,
    jobs,
    include,
    exclude,
    color,
    quiet,
    no_verify,
    jsonl,
    field,
    on_error,
    changes_field,
    scheduler,
    **modes,
):
    """Repair scraped news text: mojibake, photo credits, glued subheads, run-together sentences.

    Reads PATH (a file, a directory, or - for stdin; default stdin) and writes the
    cleaned text to stdout, to -o, or back in place.
    """
    try:
        cleaner = Cleaner(only=only or None, skip=skip, enable=enable, verify=not no_verify, **modes)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    sampling = _sample_settings(sample, seed, sample_filter, cleaner)
    if sampling is not None:
        if diff or check or in_place or output is not None:
            raise click.UsageError(
                "--sample shows changes: it cannot be combined with --diff, --check, -o or --in-place"
            )
        show_changes = True
    if changes_format != "text" and not show_changes:
        raise click.UsageError("--changes-format needs --show-changes or --sample")
    if show_changes and diff:
        raise click.UsageError("choose one of --show-changes and --diff")
    if in_place and output is not None:
        raise click.UsageError("choose one of -o and --in-place")
    _refuse_ignored_destination(output=output, in_place=in_place, show_changes=show_changes, diff=diff, check=check)
    if backup is not None:
        _check_backup_suffix(backup, in_place=in_place)
    if not jsonl and _given_on_the_command_line("field", "on_error", "changes_field"):
        raise click.UsageError("--field, --on-error and --changes-field need --jsonl")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.UsageError(f"unknown encoding {encoding!r}") from None
    mode = Mode.pick(check=check, show_changes=show_changes, diff=diff, in_place=in_place, output=output)
    options = Options(
        cleaner=cleaner,
        mode=mode,
        output=Path(output) if output is not None else None,
        output_is_dir=output is not None and output.endswith(("/", os.sep)),
        backup=backup,
        encoding=encoding,
        include=tuple(include) or (("*.jsonl",) if jsonl else ("*.txt",)),
        exclude=tuple(exclude),
        quiet=quiet,
        color=io.use_color(color),
        jsonl=JsonlOptions(field=field, on_error=on_error, changes_field=changes_field) if jsonl else None,
        sample=sampling,
        changes_format=changes_format,
        stdin_name=stdin_filename or "<stdin>",
    )
    report = Report(quiet=quiet, check=check, dry_run=not mode.writes_text, sample=sampling)
    paths = [*paths, *_listed_files(files_from, null=null, stdin_given=Path("-") in paths)]
    if files_from is not None and not paths:
        report.note(f"--files-from {files_from}", "lists no files; nothing to do")
        return 0
    try:
        jobs_list = collect_jobs(paths, options, report)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    try:
        run_jobs(jobs_list, options, report, workers=jobs, scheduler=scheduler)
    except ClusterError as error:  # one line, exit 2 (bad address, no extra) or 3 (unreachable)
        failure = click.ClickException(str(error))
        failure.exit_code = error.exit_code
        raise failure from None
    report.finish()
    records = options.jsonl is not None
    if stats:
        click.echo(report.stats(cleaner.filter_names, records=records), err=True, nl=False)
    if report_format == "json":
        click.echo(report.as_json(cleaner.filter_names, mode=mode, records=records), err=mode.uses_stdout)
    return report.exit_code


def _listed_files(files_from: str | None, *, null: bool, stdin_given: bool) -> list[Path]:
    """The paths --files-from names (none without it), or a usage error."""
    if files_from is None:
        if null:
            raise click.UsageError("-0/--null needs --files-from")
        return []
    if files_from == "-" and stdin_given:
        raise click.UsageError("--files-from - reads the names from stdin: it cannot also be an input ('-')")
    try:
        return io.read_file_names(files_from, null=null)
    except io.InputError as error:
        raise click.UsageError(f"--files-from {files_from}: {error}") from None


def _refuse_ignored_destination(*, output, in_place: bool, show_changes: bool, diff: bool, check: bool) -> None:
    """-o and --in-place say where cleaned text goes; the modes that only look write none, so asking for both
    is a mistake to name, not a choice to guess."""
    destination = "-o" if output is not None else "--in-place" if in_place else None
    look = "--show-changes" if show_changes else "--diff" if diff else "--check" if check else None
    if destination and look:
        keep = "" if look == "--check" else f" (to keep it, redirect stdout: {look} > FILE)"
        raise click.UsageError(f"{look} writes no cleaned text: drop {destination}{keep}")


def _given_on_the_command_line(*names: str) -> bool:
    """Whether any of these options was typed (a config file may set JSON Lines options for the
    runs that use --jsonl without breaking the plain-text runs)."""
    ctx = click.get_current_context()
    return any(ctx.get_parameter_source(name) is click.core.ParameterSource.COMMANDLINE for name in names)


def _sample_settings(size: int | None, seed: int | None, names: tuple[str, ...], cleaner: Cleaner):
    """What --sample, --seed and --sample-filter ask for (None: no sample), or a usage error."""
    if size is None:
        if seed is not None or names:
            raise click.UsageError(f"{'--seed' if seed is not None else '--sample-filter'} needs --sample")
        return None
    filters = None
    if names:
        filters = frozenset(parse_names(names))
        if unknown := sorted(filters - set(FILTER_NAMES)):
            valid = ", ".join(FILTER_NAMES)
            raise click.UsageError(
                f"--sample-filter: unknown filter {', '.join(map(repr, unknown))}; valid filters: {valid}"
            )
        if idle := sorted(filters - set(cleaner.filter_names)):
            raise click.UsageError(f"--sample-filter: {', '.join(idle)} does not run (see --only and --skip)")
    return SampleSettings(size, DEFAULT_SEED if seed is None else seed, filters)


def _check_backup_suffix(suffix: str, *, in_place: bool) -> None:
    if not in_place:
        raise click.UsageError("--backup needs --in-place")
    if not suffix:
        raise click.UsageError("--backup needs a suffix such as .orig (an empty one would make no backup)")
    if "/" in suffix or os.sep in suffix:
        raise click.UsageError(f"--backup takes a suffix such as .orig, not a path: {suffix!r}")


main = cli
