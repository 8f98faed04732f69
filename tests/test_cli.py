"""The ``newsnum`` command line, through ``main`` (capsys) and through a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsnum
import newsnum.cli as cli
from newsnum import Finding
from newsnum.cli import main

STORY = (
    "Kyiv \u2014 Russia\u2019s forces were pushed back more than 70 kilometers.\n"
    "Officials said 16,400 troops and 575 tanks were lost since Feb 24.\n"
    "\n"
    "\u201cIt is over,\u201d he said. The convoy was 40 miles long.\n"
)
CLEAN = "The hospital in Kharkiv has 120 beds.\n"
MALFORMED = "The front line runs for about 2,000 kilometres (12,50 miles).\n"
SRC = str(Path(newsnum.__file__).resolve().parents[1])


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of an offset, computed the slow, obvious way."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return str(path)


def fake_check(text: str, *, locale: str = "en") -> list[Finding]:
    """Stand-in for newsnum.check: flags every "12,50 miles", nothing else."""
    surface = "12,50 miles"
    start = text.find(surface)
    if start < 0:
        return []
    return [
        Finding(
            kind="malformed-number",
            start=start,
            end=start + len(surface),
            surface=surface,
            message="'12,50' is not a well-formed number.",
            suggestion="1,250 miles",
        )
    ]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-m", "newsnum", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


# --- extract -----------------------------------------------------------------------------


@pytest.mark.parametrize("newline", [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf")])
def test_extract_json_lines_with_file_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    text = STORY.replace("\n", newline)
    path = write(tmp_path, "story.txt", text)
    assert main(["extract", path]) == 0
    records = json_lines(capsys.readouterr().out)
    assert len(records) >= 4  # 70 km, 16,400 troops, 575 tanks, 40 miles
    for record in records:
        assert record["file"] == path
        assert text[record["start"] : record["end"]] == record["surface"]
        assert (record["line"], record["column"]) == expected_position(text, record["start"])
    by_surface = {r["surface"]: r for r in records}
    miles = next(r for s, r in by_surface.items() if s.startswith("40"))
    assert (miles["line"], miles["value"]) == (4, "40")
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_extract_records_carry_every_quantity_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "story.txt", STORY)
    assert main(["extract", path]) == 0
    record = json_lines(capsys.readouterr().out)[0]
    expected = newsnum.extract(STORY)[0].to_dict()
    line, column = expected_position(STORY, expected["start"])
    assert record == {"file": path, "line": line, "column": column, **expected}


def test_extract_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    stdin = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["extract", "-"]) == 0
    records = json_lines(capsys.readouterr().out)
    assert records
    assert {r["file"] for r in records} == {"<stdin>"}
    assert all(STORY[r["start"] : r["end"]] == r["surface"] for r in records)


def test_extract_of_a_file_without_numbers_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "quiet.txt", "No figures were given.\n")
    assert main(["extract", path]) == 0
    assert capsys.readouterr().out == ""


# --- check -------------------------------------------------------------------------------


def test_check_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "clean.txt", CLEAN)
    assert main(["check", path]) == 0
    assert capsys.readouterr().out == "no findings in 1 file\n"


def test_check_findings_exit_1_with_linter_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "check", fake_check)
    bad = write(tmp_path, "bad.txt", "Headline\n" + MALFORMED)
    clean = write(tmp_path, "clean.txt", CLEAN)
    assert main(["check", bad, clean]) == 1
    out = capsys.readouterr().out.splitlines()
    column = MALFORMED.index("12,50") + 1
    assert out == [
        f"{bad}:2:{column}: malformed-number: '12,50' is not a well-formed number. [1,250 miles]",
        "1 finding in 1 file (2 files checked)",
    ]


def test_check_line_has_no_bracket_without_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_suggestion(text: str, *, locale: str = "en") -> list[Finding]:
        return [Finding(kind="total-mismatch", start=0, end=6, surface="Eleven", message="Sum.")]

    monkeypatch.setattr(cli, "check", no_suggestion)
    path = write(tmp_path, "t.txt", "Eleven people died: four adults and six children.\n")
    assert main(["check", path]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"{path}:1:1: total-mismatch: Sum."


def test_check_real_malformed_number_in_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Depends on newsnum.checks (malformed-number with a context-aware suggestion).
    path = write(tmp_path, "story.txt", "about 2,000 kilometres (12,50 miles)\n")
    assert main(["check", path]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{path}:1:25: malformed-number: ")
    assert first.endswith("[1,250 miles]")


def test_check_json_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "check", fake_check)
    text = "Headline\n" + MALFORMED
    path = write(tmp_path, "bad.txt", text)
    assert main(["check", "--format", "json", path]) == 1
    captured = capsys.readouterr()
    (record,) = json_lines(captured.out)
    assert record["kind"] == "malformed-number"
    assert record["suggestion"] == "1,250 miles"
    assert text[record["start"] : record["end"]] == record["surface"] == "12,50 miles"
    assert (record["line"], record["column"]) == expected_position(text, record["start"])
    assert captured.err == "1 finding in 1 file (1 file checked)\n"


# --- errors ------------------------------------------------------------------------------


def make_directory(tmp_path: Path) -> tuple[str, str]:
    (tmp_path / "folder").mkdir()
    return str(tmp_path / "folder"), "is a directory"


def make_missing(tmp_path: Path) -> tuple[str, str]:
    return str(tmp_path / "missing.txt"), "no such file"


def make_latin1(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 prices rose 12 per cent.\n".encode("latin-1"))
    return str(path), "not UTF-8 text"


@pytest.mark.parametrize(
    "make_bad",
    [
        pytest.param(make_missing, id="missing-file"),
        pytest.param(make_directory, id="directory"),
        pytest.param(make_latin1, id="not-utf8"),
    ],
)
def test_unreadable_file_is_reported_and_others_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_bad: Any
) -> None:
    bad, reason = make_bad(tmp_path)
    good = write(tmp_path, "story.txt", STORY)
    assert main(["extract", bad, good]) == 2
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"newsnum: {bad}: {reason}")
    records = json_lines(captured.out)
    assert records
    assert {r["file"] for r in records} == {good}


def test_unreadable_file_wins_over_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "check", fake_check)
    bad = write(tmp_path, "bad.txt", MALFORMED)
    missing = str(tmp_path / "missing.txt")
    assert main(["check", missing, bad]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"newsnum: {missing}: no such file\n"
    assert captured.out.splitlines() == [
        f"{bad}:1:{MALFORMED.index('12,50') + 1}: malformed-number: "
        "'12,50' is not a well-formed number. [1,250 miles]",
        "1 finding in 1 file (1 file checked); 1 file could not be read",
    ]


def test_unknown_locale_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "story.txt", STORY)
    assert main(["check", "--locale", "xx_YY", path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("newsnum: unknown locale 'xx_YY'")


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["summarise", "a.txt"], id="unknown-command"),
        pytest.param(["check"], id="no-files"),
        pytest.param(["check", "--format", "xml", "a.txt"], id="bad-format"),
        pytest.param(["extract", "--jobs", "-1", "a.txt"], id="negative-jobs"),
        pytest.param(["extract", "--jobs", "two", "a.txt"], id="jobs-not-a-number"),
        pytest.param(["extract", "--frobnicate", "a.txt"], id="unknown-option"),
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: newsnum" in captured.err


# --- jobs, version, help -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "check"])
def test_jobs_2_gives_the_same_output_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    texts = [STORY, CLEAN, MALFORMED, STORY.upper(), "Prices rose 9.1% in June.\n"] * 3
    files = [write(tmp_path, f"{i:02}.txt", text) for i, text in enumerate(texts)]
    files.insert(4, str(tmp_path / "missing.txt"))
    runs = []
    for jobs in ("1", "2"):
        status = main([command, "--jobs", jobs, *files])
        runs.append((status, capsys.readouterr()))
    (status1, out1), (status2, out2) = runs
    assert status1 == status2 == 2
    assert out1.out == out2.out
    assert out1.err == out2.err == f"newsnum: {files[4]}: no such file\n"
    if command == "extract":
        names = [r["file"] for r in json_lines(out1.out)]
        assert names == sorted(names)  # input order: the files are numbered
        assert len(set(names)) == len(files) - 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsnum {newsnum.__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--help"], id="main"),
        pytest.param(["check", "--help"], id="check"),
        pytest.param(["extract", "--help"], id="extract"),
    ],
)
def test_help_exits_0_with_examples(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "newsnum " in out.split("examples:")[1]
    assert "exit status" in out


# --- through a real process --------------------------------------------------------------


def test_subprocess_extract_and_stdin(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", STORY)
    from_file = run_cli("extract", path)
    from_stdin = run_cli("extract", "-", stdin=STORY.encode("utf-8"))
    assert from_file.returncode == from_stdin.returncode == 0
    assert from_file.stderr == from_stdin.stderr == b""
    file_records = json_lines(from_file.stdout.decode("utf-8"))
    stdin_records = json_lines(from_stdin.stdout.decode("utf-8"))
    assert file_records
    assert [{**r, "file": "-"} for r in file_records] == [{**r, "file": "-"} for r in stdin_records]


def test_subprocess_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = run_cli("check", missing)
    assert result.returncode == 2
    assert result.stderr.decode() == f"newsnum: {missing}: no such file\n"
    bad_locale = run_cli("extract", "--locale", "xx_YY", missing)
    assert bad_locale.returncode == 2
    assert b"Traceback" not in bad_locale.stderr
    assert b"unknown locale 'xx_YY'" in bad_locale.stderr


def test_subprocess_survives_a_closed_pipe(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "The convoy was 40 miles long. " * 20_000)
    env = dict(os.environ, PYTHONPATH=SRC + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with subprocess.Popen(
        [sys.executable, "-m", "newsnum", "extract", path],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read()
        status = proc.wait(timeout=120)
    assert json.loads(first)["value"] == "40"
    assert err == b""
    assert status == cli.EXIT_BROKEN_PIPE
