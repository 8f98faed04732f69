"""Run the ``newsnum`` command line as ``python -m newsnum``."""

from __future__ import annotations

import sys

from newsnum.cli import main

if __name__ == "__main__":
    sys.exit(main())
