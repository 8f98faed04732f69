"""Building regular expressions from word lists.

``re`` tries the alternatives of ``a|an|and`` one by one at every position it
tries; the same words factored by common prefix, ``a(?:n(?:d)?)?``, read each
character once. Every rule that turns a word list into a pattern uses
:func:`alternation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    r"""A regex alternation of ``words``, each escaped, factored by common prefix.

    Longer words are tried first within each branch, so a match is as long as it can be
    before whatever follows it in the pattern (a ``\b``) is checked, as with the words
    sorted longest first; a shorter one is tried when that fails. With ``space``, a space
    inside a phrase is written as that pattern (``r"\s+"``: any spacing).

    Example:
        >>> import re
        >>> from newsnum._regex import alternation
        >>> alternation(["an", "a", "and"])
        'a(?:n(?:d)?)?'
        >>> re.fullmatch(f"(?:{alternation(['per cent', 'percent'])})", "per cent") is not None
        True
        >>> alternation(["of which", "of"], space=r"\s+")
        'of(?:\\s+which)?'
    """
    return _trie(sorted(set(words)), space)


def _trie(words: list[str], space: str | None) -> str:
    branches: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    parts = [
        (space if c == " " and space else re.escape(c)) + _trie(rest, space)
        for c, rest in sorted(branches.items())
    ]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return "(?:" + body + ")?" if ends else body
