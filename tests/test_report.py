"""The HTML report (``newsnum check --format html``) and the CSV table (``extract --format csv``).

The page is also opened in a real headless browser (Debian's ``chromium``, which ``make
test`` installs where it is missing and can be): the DOM it renders is asserted on, and a
screenshot taken.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import SEEDS
from newsnum import check, extract
from newsnum.cli import CSV_FIELDS, main
from newsnum.report import Article, html

SEED_004 = next(SEEDS.glob("004_*.txt"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def _page(*paths: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(["check", "--format", "html", *map(str, paths)])
    assert status == 1  # the seeds have findings
    return out.getvalue()


def test_every_quantity_is_marked_with_its_value() -> None:
    text = SEED_004.read_text(encoding="utf-8")
    page = _page(SEED_004)
    values = re.findall(r'<mark [^>]*data-value="([^"]*)"', page)
    assert values == [str(q.value) for q in extract(text)]


def test_every_finding_is_listed_and_underlined() -> None:
    text = SEED_004.read_text(encoding="utf-8")
    page = _page(SEED_004)
    kinds = re.findall(r'<li id="a1-f[0-9]+" data-kind="([^"]+)"', page)
    assert kinds == [f.kind for f in check(text)]
    for k in range(1, len(kinds) + 1):
        assert f'id="a1-t{k}"' in page  # the first underlined piece of each finding
    assert "1,250 miles" in page  # the suggestion


def test_the_summary_counts_files_quantities_and_findings() -> None:
    page = _page(*sorted(SEEDS.glob("*.txt")))
    assert 'data-files="5"' in page
    assert 'data-findings="5"' in page
    assert "dimension-mismatch 4, malformed-number 1" in page


def test_text_is_escaped_never_run() -> None:
    text = 'It cost $5m <script>alert("x")</script> & "quoted" <b>bold</b>'
    page = html([Article("<evil>.txt", text, extract(text), check(text))])
    assert "<script" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;evil&gt;.txt" in page
    assert "<b>" not in page


def test_the_page_is_self_contained() -> None:
    page = _page(SEED_004)
    assert not re.search(r"<(?:script|link|img|iframe|object|embed)\b", page)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    assert "url(" not in page
    assert "@import" not in page


def test_overlapping_findings_nest_inside_the_marks() -> None:
    text = "Thirty people died: 20 soldiers and 12 civilians, the army said."
    page = html([Article("t", text, extract(text), check(text))])
    body = re.sub(r"<[^>]+>", "", page.split('<div class="text">')[1].split("</div>")[0])
    assert body.replace("&#x27;", "'") == text  # the text, whole and in order
    assert page.count("<mark") == len(extract(text))


def test_an_article_with_nothing_says_so() -> None:
    page = html([Article("empty.txt", "Nothing here.", [], [])])
    assert "No findings." in page
    assert 'data-quantities="0"' in page


def test_extract_csv_loads_with_dictreader_and_decimal() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["extract", "--format", "csv", str(SEED_004)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    text = SEED_004.read_text(encoding="utf-8")
    quantities = extract(text)
    assert tuple(rows[0]) == CSV_FIELDS
    assert [Decimal(r["value"]) for r in rows] == [q.value for q in quantities]
    assert [r["surface"] for r in rows] == [q.surface for q in quantities]
    for row, q in zip(rows, quantities, strict=True):
        assert text[int(row["start"]) : int(row["end"])] == row["surface"]
        assert row["unit"] == (q.unit or "")
        assert row["upper"] == ("" if q.upper is None else str(q.upper))


def test_extract_jsonl_stays_the_default() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["extract", str(SEED_004)])
    assert out.getvalue().startswith('{"file": ')


# --------------------------------------------------------------------------- a real browser


def _browser() -> str:
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        pytest.skip(
            "no chromium here, and it could not be installed (make test runs "
            "'apt-get install chromium' where it may): the page is not opened in a browser"
        )
    return found


def _run_browser(browser: str, *args: str) -> subprocess.CompletedProcess[str]:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    flags += ["--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND"]
    return subprocess.run(
        [browser, *flags, *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_chromium_renders_the_marks_and_the_findings(tmp_path: Path) -> None:
    browser = _browser()
    report = tmp_path / "report.html"
    report.write_text(_page(SEED_004), encoding="utf-8")
    dom = _run_browser(browser, "--dump-dom", report.as_uri()).stdout
    text = SEED_004.read_text(encoding="utf-8")
    assert dom.count("<mark ") == len(extract(text))
    assert dom.count('<li id="a1-f') == len(check(text))
    assert 'data-kind="malformed-number"' in dom
    assert not re.search(r"<(?:script|link|img|iframe)\b", dom)  # nothing to fetch or run


def test_chromium_takes_a_screenshot(tmp_path: Path) -> None:
    browser = _browser()
    report = tmp_path / "report.html"
    report.write_text(_page(*sorted(SEEDS.glob("*.txt"))), encoding="utf-8")
    shot = tmp_path / "report.png"
    _run_browser(browser, f"--screenshot={shot}", "--window-size=1280,1400", report.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a page with text on it, not a blank one
