"""The shape the design page promises: a one-way flow, short functions, no work at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "newsnum"

#: The modules in the order of the flow (docs/design.rst): each imports only modules before it.
FLOW = (
    "errors",
    "_regex",
    "_data",
    "units",
    "numbers",
    "model",
    "scan",
    "window",
    "exclusions",
    "draft",
    "ranges",
    "stages",
    "passes",
    "extract",
    "story",
    "restate",
    "wholes",
    "measures",
    "checks",
    "spacy",
    "report",
    "cli",
)
LONGEST = 60  # lines, docstring included


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name not in ("__init__.py", "__main__.py"))


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsnum"):
            parts = node.module.split(".")
            if len(parts) == 1:  # "from newsnum import units"; public names are not modules
                found.update(a.name for a in node.names if (SRC / f"{a.name}.py").exists())
            else:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.stem)
def test_the_flow_is_one_way(path: Path) -> None:
    name = "_data" if path.parent.name == "_data" else path.stem
    assert name in FLOW, f"add {name} to FLOW and to the design page"
    allowed = set(FLOW[: FLOW.index(name)])
    assert _imports(path) <= allowed | ({"_data"} if name == "_data" else set())


def test_no_function_is_over_sixty_lines() -> None:
    long = []
    for path in _modules():
        if path.parent.name == "_data":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > LONGEST:
                    long.append(f"{path.stem}.{node.name}: {size}")
    assert long == []


def test_no_pattern_is_compiled_at_import() -> None:
    # Patterns are compiled on first use (functools.cache), from the word tables.
    compiled = []
    for path in _modules():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = getattr(node, "value", None)
            if isinstance(value, ast.Call) and ast.unparse(value.func) == "re.compile":
                compiled.append(f"{path.stem}:{node.lineno}")
    assert compiled == []


def test_import_does_no_work() -> None:
    # Importing newsnum reads no locale data, builds no catalogue and imports no pint.
    code = (
        "import sys, newsnum\n"
        "heavy = [m for m in ('pint', 'babel.numbers', 'quantulum3', 'quantulum3.parser')"
        " if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
