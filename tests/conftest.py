"""Shared test configuration: Hypothesis profiles, shared material, optional packages."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
NEWS = ROOT.parent / "shared" / "news" / "bbc_train.jsonl"
SEEDS = ROOT / "seeds"

#: Set by ``.ci/run``: there, a missing optional package fails its tests instead of
#: skipping them, because the ``test`` extra installs every one of them.
REQUIRE_OPTIONAL = os.environ.get("NEWSNUM_REQUIRE_OPTIONAL") == "1"


def optional(module: str, *, extra: str) -> Any:
    """Import an optional package's module, or skip saying which extra installs it.

    Under ``.ci/run`` (``NEWSNUM_REQUIRE_OPTIONAL=1``) the import must succeed.
    """
    if REQUIRE_OPTIONAL:
        return importlib.import_module(module)
    return pytest.importorskip(module, reason=f"optional: pip install -e '.[{extra}]'")


def load_bench(name: str) -> ModuleType:
    """Import ``bench/<name>.py`` by path (the project root is not on sys.path under pytest)."""
    key = f"newsnum_bench_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, ROOT / "bench" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def sentences_of(text: str) -> list[str]:
    """News text split into sentences, as the benchmark splits it."""
    result: list[str] = load_bench("sentences").split_sentences(text)
    return result
