"""Sphinx configuration for the newsnum documentation.

Build with ``make docs`` (``sphinx-build -n -W --keep-going`` for ``html`` and
``doctest``). The build must work with no network: see the intersphinx note.
"""

from __future__ import annotations

import doctest
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # the checkout, even if not installed

import newsnum  # noqa: E402

project = "newsnum"
author = "newsnum developers"
copyright = "newsnum developers"
release = newsnum.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
nitpicky = True
html_theme = "furo"
html_title = f"newsnum {release}"
default_role = "code"

# autodoc and napoleon: Google-style docstrings, signatures as written.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_use_ivar = False  # "Attributes:" become targets (:attr:`Finding.kind`)

# doctest builder: runs the ``>>>`` examples of these pages, which pytest also
# runs (--doctest-glob=*.rst), and those of the docstrings autodoc pulls in,
# which pytest runs with --doctest-modules in their module's namespace; hence
# the public names here. The flags are pytest's (see pyproject.toml).
doctest_global_setup = "import newsnum\nfrom newsnum import *"
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# ---------------------------------------------------------------------------
# intersphinx, offline.
#
# CI and the build machines have no network. A remote inventory that cannot be
# fetched makes Sphinx log "failed to reach any of the inventories" as an
# untyped WARNING, which ``-W`` turns into an error and which
# ``suppress_warnings`` cannot silence. Downloading the real inventories into
# the repository is not an option either. So the inventories are written here,
# at build time, from the short table below: only the external objects these
# pages and the docstrings refer to, with their addresses in the real Python,
# Babel, Dask.distributed, spaCy and Pint documentation. The links in the built
# site therefore point at the real pages, and the build never touches the
# network. When a page starts
# referring to another external object, add one line to the table.
# ---------------------------------------------------------------------------
_EXTERNAL: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "python": (
        "https://docs.python.org/3/",
        "Python",
        {
            "decimal.Decimal": ("py:class", "library/decimal.html#decimal.Decimal"),
            # a return annotation that autodoc cannot evaluate keeps the short name
            "Decimal": ("py:class", "library/decimal.html#decimal.Decimal"),
            "str": ("py:class", "library/stdtypes.html#str"),
            "int": ("py:class", "library/functions.html#int"),
            "bool": ("py:class", "library/functions.html#bool"),
            "list": ("py:class", "library/stdtypes.html#list"),
            "tuple": ("py:class", "library/stdtypes.html#tuple"),
            "dict": ("py:class", "library/stdtypes.html#dict"),
            "object": ("py:class", "library/functions.html#object"),
            "typing.Any": ("py:data", "library/typing.html#typing.Any"),
            "None": ("py:data", "library/constants.html#None"),
            "True": ("py:data", "library/constants.html#True"),
            "False": ("py:data", "library/constants.html#False"),
            "Exception": ("py:exception", "library/exceptions.html#Exception"),
            "ValueError": ("py:exception", "library/exceptions.html#ValueError"),
            "TypeError": ("py:exception", "library/exceptions.html#TypeError"),
            "LookupError": ("py:exception", "library/exceptions.html#LookupError"),
            "pickle": ("py:module", "library/pickle.html#module-pickle"),
            "multiprocessing": ("py:module", "library/multiprocessing.html#module-multiprocessing"),
            "multiprocessing.pool.Pool": (
                "py:class",
                "library/multiprocessing.html#multiprocessing.pool.Pool",
            ),
            "multiprocessing.pool.Pool.imap": (
                "py:method",
                "library/multiprocessing.html#multiprocessing.pool.Pool.imap",
            ),
            "functools.cache": ("py:function", "library/functools.html#functools.cache"),
            "re": ("py:module", "library/re.html#module-re"),
            "csv.DictReader": ("py:class", "library/csv.html#csv.DictReader"),
            "re.Match": ("py:class", "library/re.html#re.Match"),
            "re.Pattern": ("py:class", "library/re.html#re.Pattern"),
            "collections.abc.Callable": (
                "py:class",
                "library/collections.abc.html#collections.abc.Callable",
            ),
            "collections.abc.Iterable": (
                "py:class",
                "library/collections.abc.html#collections.abc.Iterable",
            ),
            "collections.abc.Iterator": (
                "py:class",
                "library/collections.abc.html#collections.abc.Iterator",
            ),
            "collections.abc.Sequence": (
                "py:class",
                "library/collections.abc.html#collections.abc.Sequence",
            ),
            "collections.abc.Mapping": (
                "py:class",
                "library/collections.abc.html#collections.abc.Mapping",
            ),
        },
    ),
    "babel": (
        "https://babel.pocoo.org/en/latest/",
        "Babel",
        {
            "babel.numbers.parse_decimal": (
                "py:function",
                "api/numbers.html#babel.numbers.parse_decimal",
            ),
            "babel.numbers.format_decimal": (
                "py:function",
                "api/numbers.html#babel.numbers.format_decimal",
            ),
            "babel.Locale": ("py:class", "api/core.html#babel.Locale"),
        },
    ),
    "distributed": (
        "https://distributed.dask.org/en/stable/",
        "Dask.distributed",
        {
            "distributed.LocalCluster": ("py:class", "api.html#distributed.LocalCluster"),
        },
    ),
    "spacy": (
        "https://spacy.io/",
        "spaCy",
        {
            "spacy.tokens.Span": ("py:class", "api/span"),
            "spacy.tokens.Doc": ("py:class", "api/doc"),
            "spacy.tokens.DocBin": ("py:class", "api/docbin"),
        },
    ),
    "pint": (
        "https://pint.readthedocs.io/en/stable/",
        "Pint",
        {
            "pint.Quantity": ("py:class", "api/base.html#pint.Quantity"),
            "pint.UnitRegistry": ("py:class", "api/base.html#pint.UnitRegistry"),
            "pint.DimensionalityError": ("py:exception", "api/base.html#pint.DimensionalityError"),
        },
    ),
}


def _write_inventory(path: Path, project_name: str, objects: dict[str, tuple[str, str]]) -> None:
    """Write a Sphinx version-2 inventory (``objects.inv``) for ``objects``."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project_name}\n"
        "# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, (role, uri) in sorted(objects.items()))
    data = header.encode() + zlib.compress(body.encode())
    if not path.exists() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


_INV_DIR = HERE / "_build" / "inventories"
intersphinx_mapping: dict[str, tuple[str, tuple[str, ...]]] = {}
for _name, (_url, _title, _objects) in _EXTERNAL.items():
    _write_inventory(_INV_DIR / f"{_name}.inv", _title, _objects)
    intersphinx_mapping[_name] = (_url, (str(_INV_DIR / f"{_name}.inv"),))
