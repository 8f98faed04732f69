"""Print the Python and the releases of newsnum's dependencies in this environment.

``make versions`` (and ``.ci/run``, for each of its two venvs) prints this, so a CI log
says what the suite ran against.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys

PACKAGES = (
    "babel",
    "pint",
    "quantulum3",
    "flexparser",
    "pytest",
    "hypothesis",
    "dask",
    "distributed",
    "spacy",
    "pandas",
)


def main() -> int:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} (absent)")
    print(f"{sys.prefix}: Python {platform.python_version()}; " + ", ".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
