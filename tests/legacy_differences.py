"""Where this package differs from the legacy one on purpose, as the differential suite
(differential.py) sees it. Each entry is in README's "Compatibility with the legacy
package" with its reason, and a test pins it (named in the entry).

A key is ``Class.method`` (``*`` for every method); the pattern is matched against the
difference the suite reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Difference:
    key: str
    pattern: str
    reason: str
    test: str

    def matches(self, key: str, problem: str) -> bool:
        return self.key in ("*", key) and re.search(self.pattern, problem) is not None


DIFFERENCES: tuple[Difference, ...] = ()


def documented(key: str, problem: str) -> bool:
    """Whether ``problem`` of the legacy method ``key`` is a documented difference."""
    return any(difference.matches(key, problem) for difference in DIFFERENCES)
