"""The ``newsnum`` command line: ``newsnum extract`` and ``newsnum check``.

``newsnum extract FILE...`` prints one JSON object per quantity per line (or, with
``--format csv``, one CSV row); ``newsnum check FILE...`` prints one linter-style line
per finding and a summary (``--format json``: JSON lines; ``--format html``: one
self-contained page with every article marked up, see :mod:`newsnum.report`). ``-``
reads standard input. Files are read as UTF-8 (a leading byte order mark is dropped) and
never rewritten: offsets, lines and columns count characters of the decoded text, lines
and columns from 1.

``--jobs N`` maps the files over a pool of N processes; the output is the same
as with one process, in the same order, and streams as files finish.

Exit status: 0 when all is well, 1 when ``check`` found something, 2 for a
usage error, an unknown locale or a file that could not be read (2 wins over
1: a run that could not read every file is never reported as a plain "found
something"), 130 when interrupted and 141 when the reader of the output went
away (``newsnum extract big.txt | head``).

The console script and ``python -m newsnum`` both call :func:`main`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from newsnum import __version__, check, extract
from newsnum.errors import UnknownLocaleError
from newsnum.report import Article, html

__all__ = ["main"]

PROG = "newsnum"
STDIN = "-"
STDIN_NAME = "<stdin>"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_EPILOG = """\
examples:
  newsnum check seeds/*.txt                    copy-desk report, one line per finding
  newsnum check --format json story.txt        one JSON object per finding per line
  newsnum check --format html seeds/*.txt > report.html
                                               one page: the articles marked up
  newsnum extract story.txt                    one JSON object per quantity per line
  newsnum extract --format csv *.txt > q.csv   one CSV row per quantity, with a header
  cat story.txt | newsnum extract -            read standard input
  newsnum extract --jobs 4 archive/*.txt | head
                                               four processes, output in input order
  newsnum check --locale en_IN story.txt       Indian grouping: 1,00,000

exit status:
  0    success; for check, no findings
  1    check found at least one finding
  2    usage error, unknown locale, or a file that could not be read (missing,
       a directory, not UTF-8 text); the other files are still processed, and
       2 takes precedence over 1 when both happen
  130  interrupted (Ctrl-C);  141  the output was closed early (| head)

'newsnum COMMAND --help' lists a command's options (--locale, --jobs, --format).
"""

_CHECK_EPILOG = """\
examples:
  newsnum check seeds/*.txt
  newsnum check --format json --jobs 2 archive/*.txt > findings.jsonl
  newsnum check --format html seeds/*.txt > report.html

output (text): path:line:col: kind: message [suggestion], then a summary line
output (json): one object per finding (file, line, column and the finding's
  fields); the summary goes to standard error
output (html): one self-contained page (no script, nothing fetched): every
  article with its quantities marked and its findings underlined and listed;
  the summary goes to standard error

exit status: 0 no findings, 1 findings, 2 usage error or unreadable file
  (2 takes precedence over 1)
"""

_EXTRACT_EPILOG = """\
examples:
  newsnum extract story.txt
  cat story.txt | newsnum extract -
  newsnum extract --jobs 4 archive/*.txt | head
  newsnum extract --format csv archive/*.txt > quantities.csv

output (jsonl, the default): one JSON object per quantity per line, with file,
  line and column (from 1) and the quantity's fields; start and end are
  character offsets into the whole file
output (csv): a header, then one row per quantity: file, line, column, value,
  unit, surface, start, end, bound, lower, upper, noun, restates, malformed;
  values as exact decimal strings

exit status: 0 success, 2 usage error or unreadable file
"""


_WARM_UP_TEXT = "More than 2,000 kilometres (1,243 miles) and $2.5bn, including 40% of 575 tanks."


class _Task(NamedTuple):
    """One unit of work: a file to read (or text already read) and what to do."""

    name: str
    path: str | None
    text: str | None
    error: str | None
    locale: str
    command: str


class _Result(NamedTuple):
    """What a worker sends back: the records for one file, or why it failed."""

    name: str
    error: str | None
    records: list[dict[str, Any]]


class _UsageError(Exception):
    """A problem with the command as a whole, reported once, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    r"""Run the ``newsnum`` command line and return its exit status.

    Output goes to :data:`sys.stdout`, messages to :data:`sys.stderr`; no
    traceback is shown for a usage error or an unreadable file.

    Args:
        argv: the arguments after the program name; ``None`` reads
            :data:`sys.argv`.

    Returns:
        0 on success (for ``check``: no findings), 1 when ``check`` found
        something, 2 for a usage error, an unknown locale or a file that could
        not be read, 130 when interrupted, 141 when the output pipe closed.

    Example:
        >>> main(["--version"])
        newsnum ...
        0
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     story = pathlib.Path(tmp, "story.txt")
        ...     _ = story.write_text("Headline\nThe convoy was 40 miles long.\n")
        ...     status = main(["extract", str(story)])
        {"file": ".../story.txt", "line": 2, "column": 16, "value": "40", ...}
        >>> status
        0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return _exit_code(exc.code)
    try:
        return _run(args)
    except _UsageError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser with its two subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Find the numbers in news text as exact quantities, and flag the ones "
        "that do not add up.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files to read; '-' reads standard input",
    )
    common.add_argument(
        "--locale",
        default="en",
        help="locale of the digits' grouping and decimal marks (default: en)",
    )
    common.add_argument(
        "-j",
        "--jobs",
        default=1,
        type=_jobs,
        metavar="N",
        help="worker processes (default: 1; 0: one per CPU); output stays in input order",
    )

    _commands(parser, common)
    return parser


def _commands(parser: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """Add the two subcommands, ``extract`` and ``check``, with their formats."""
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    extract_cmd = commands.add_parser(
        "extract",
        parents=[common],
        help="print every quantity as a JSON line",
        description="Print every quantity in the files, one JSON object per line.",
        epilog=_EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract_cmd.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="jsonl: one JSON object per line (default); csv: a header and one row each",
    )
    check_cmd = commands.add_parser(
        "check",
        parents=[common],
        help="report numbers that do not add up",
        description="Report the numbers in the files that do not add up, one per line.",
        epilog=_CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check_cmd.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default="text",
        help="text: linter-style lines and a summary (default); json: one object per line; "
        "html: one self-contained page with the articles marked up",
    )


def _check_locale(locale: str) -> None:
    """Fail once, up front, for a locale newsnum cannot read numbers in."""
    try:
        extract("", locale=locale)
    except UnknownLocaleError:
        raise _UsageError(f"unknown locale {locale!r} (try en, en_IN, de)") from None


def _jobs(value: str) -> int:
    """Argparse type for ``--jobs``: a count of processes, 0 for one per CPU."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {jobs}")
    return jobs or (os.cpu_count() or 1)


def _exit_code(code: object) -> int:
    """Turn a :class:`SystemExit` code into an exit status."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    return EXIT_ERROR


#: The columns of ``newsnum extract --format csv``, in order.
CSV_FIELDS = (
    "file",
    "line",
    "column",
    "value",
    "unit",
    "surface",
    "start",
    "end",
    "bound",
    "lower",
    "upper",
    "noun",
    "restates",
    "malformed",
)


def _run(args: argparse.Namespace) -> int:
    """Process every file, write the output, and return the exit status."""
    command: str = args.command
    _check_locale(args.locale)
    fmt: str = args.format
    work = "report" if fmt == "html" else command
    tasks = _tasks(args.files, args.locale, work)
    results = _results(tasks, args.jobs, (work, args.locale))
    write = _writer(fmt)
    checked = failed = findings = with_findings = 0
    try:
        for result in results:
            if result.error is not None:
                failed += 1
                _error(f"{result.name}: {result.error}")
                continue
            checked += 1
            found = _count_findings(result, work)
            if found:
                with_findings += 1
                findings += found
            write(result)
    finally:
        results.close()  # stops the pool at once on a broken pipe or Ctrl-C
    write(None)  # the end: the page is written now
    if command == "check":
        summary = _summary(findings, with_findings, checked, failed)
        print(summary, file=sys.stdout if fmt == "text" else sys.stderr)
    sys.stdout.flush()
    if failed:
        return EXIT_ERROR
    if command == "check" and findings:
        return EXIT_FINDINGS
    return EXIT_OK


def _count_findings(result: _Result, work: str) -> int:
    if work == "report":
        return sum(len(r["findings"]) for r in result.records)
    return len(result.records) if work == "check" else 0


def _writer(fmt: str) -> Any:
    """A function that writes each file's records as they come, then ``None`` at the end."""
    out = sys.stdout
    ascii_only = _needs_ascii()
    if fmt == "csv":
        rows = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
        rows.writeheader()
        return lambda result: None if result is None else rows.writerows(result.records)
    if fmt == "html":
        articles: list[Article] = []

        def collect(result: _Result | None) -> None:
            if result is None:
                out.write(html(articles))
                return
            articles.extend(Article(result.name, **r) for r in result.records)

        return collect

    def lines(result: _Result | None) -> None:
        for record in [] if result is None else result.records:
            if fmt in ("json", "jsonl"):
                out.write(json.dumps(record, ensure_ascii=ascii_only) + "\n")
            else:
                out.write(_lint_line(record) + "\n")

    return lines


def _tasks(files: Iterable[str], locale: str, command: str) -> Iterator[_Task]:
    """Yield one task per file; standard input is read here, when its turn comes."""
    for name in files:
        if name == STDIN:
            text, error = _read_stdin()
            yield _Task(STDIN_NAME, None, text, error, locale, command)
        else:
            yield _Task(name, name, None, None, locale, command)


def _results(
    tasks: Iterable[_Task], jobs: int, warm_up: tuple[str, str] = ("extract", "en")
) -> Generator[_Result, None, None]:
    """Process the tasks, in this process or a pool, yielding results in order.

    ``warm_up`` (command, locale) lets each worker build newsnum's lazy caches
    once, in parallel, before its first file.
    """
    if jobs <= 1:
        yield from map(_process, tasks)
        return
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = jobs * 4  # results held at most, so memory stays flat on big archives
    pending: deque[Future[_Result]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(warm_up,))
    try:
        for task in tasks:
            pending.append(pool.submit(_process, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise _UsageError("a worker process died; try again with --jobs 1") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(warm_up: tuple[str, str]) -> None:
    """Set up a worker: leave Ctrl-C to the main process, build the caches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # no traceback from every worker
    command, locale = warm_up
    _process(_Task("", None, _WARM_UP_TEXT, None, locale, command))


def _process(task: _Task) -> _Result:
    """Read one file if needed, extract or check it, and build its records.

    Runs in a worker process under ``--jobs``: everything it takes and returns
    pickles.
    """
    if task.error is not None:
        return _Result(task.name, task.error, [])
    if task.text is not None:
        text = task.text
    else:
        text, error = _read_file(task.path or task.name)
        if error is not None:
            return _Result(task.name, error, [])
    try:
        if task.command == "report":
            found = {
                "text": text,
                "quantities": extract(text, locale=task.locale),
                "findings": check(text, locale=task.locale),
            }
            return _Result(task.name, None, [found])
        if task.command == "check":
            items: list[Any] = list(check(text, locale=task.locale))
        else:
            items = list(extract(text, locale=task.locale))
    except UnknownLocaleError:
        return _Result(task.name, f"unknown locale {task.locale!r}", [])
    except Exception as exc:  # a bug in newsnum: report it per file, keep going
        kind = type(exc).__name__
        return _Result(task.name, f"internal error ({kind}: {exc}); please report it", [])
    starts = _line_starts(text)
    records = []
    for item in items:
        line, column = _position(starts, item.start)
        records.append({"file": task.name, "line": line, "column": column, **item.to_dict()})
    return _Result(task.name, None, records)


def _read_file(path: str) -> tuple[str, str | None]:
    """Read a UTF-8 file; return its text, or an error message for one line."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return "", "no such file"
    except IsADirectoryError:
        return "", "is a directory"
    except PermissionError:
        return "", "permission denied"
    except OSError as exc:
        return "", (exc.strerror or str(exc)).lower()
    return _decode(data)


def _read_stdin() -> tuple[str, str | None]:
    """Read standard input as UTF-8; return its text or an error message."""
    stream = sys.stdin
    if stream is None:
        return "", "standard input is closed"
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            return _decode(buffer.read())
        return stream.read(), None
    except UnicodeDecodeError:
        return "", "not UTF-8 text"
    except OSError as exc:
        return "", (exc.strerror or str(exc)).lower()


def _decode(data: bytes) -> tuple[str, str | None]:
    """Decode UTF-8 strictly (dropping a byte order mark); no newline rewriting."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        return "", f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start})"


def _line_starts(text: str) -> list[int]:
    """Return the offset at which each line of ``text`` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of a character offset."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def _lint_line(record: dict[str, Any]) -> str:
    """Format one finding record as ``path:line:col: kind: message [suggestion]``."""
    line = f"{record['file']}:{record['line']}:{record['column']}: {record['kind']}: "
    line += str(record["message"])
    if record.get("suggestion") is not None:
        line += f" [{record['suggestion']}]"
    return line


def _summary(findings: int, with_findings: int, checked: int, failed: int) -> str:
    """Return the closing line of ``newsnum check``."""
    if findings:
        text = (
            f"{_plural(findings, 'finding')} in {_plural(with_findings, 'file')} "
            f"({_plural(checked, 'file')} checked)"
        )
    else:
        text = f"no findings in {_plural(checked, 'file')}"
    if failed:
        text += f"; {_plural(failed, 'file')} could not be read"
    return text


def _plural(count: int, word: str) -> str:
    """Return ``"1 file"``, ``"2 files"``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _needs_ascii() -> bool:
    """Whether JSON should escape non-ASCII because stdout cannot encode it."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding not in {"utf8", "utf8sig", "utf16", "utf32"}


def _error(message: str) -> None:
    """Write one ``newsnum: ...`` line to standard error."""
    print(f"{PROG}: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so the exit flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
