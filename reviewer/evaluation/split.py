"""Which side of the development / test split a real-world document is on.

The split is by vendor, so that no vendor's wording is learned from one
document and measured on another. The rule was fixed before any document was
written or scored (``tests/corpus_real/README.md``): a vendor is in test when
``int(sha256(vendor)[:8], 16) % 5`` is 0 or 1, about 40 % of vendors.
"""

from __future__ import annotations

import hashlib

TEST_BUCKETS = (0, 1)


def split_of(vendor: str) -> str:
    """``"test"`` or ``"dev"`` for a vendor key such as ``"twilio"``."""
    bucket = int(hashlib.sha256(vendor.strip().lower().encode("utf-8")).hexdigest()[:8], 16) % 5
    return "test" if bucket in TEST_BUCKETS else "dev"


def half_of(vendor: str) -> str:
    """``"study"`` or ``"check"``: the two halves of the development vendors.

    Rules written on development errors carried over to other vendors poorly
    (one net test fix for every twelve on development, December 2026). So a
    round of rules reads the errors of the *study* half only and keeps a
    change when the *check* half, never looked at, gains too
    (``tools/dev_halves.py`` compares two out-of-fold runs half by half). The
    first round under this rule: +19 study, +0 check, and +0 on the test side.
    """
    bucket = int(hashlib.sha256(("half42:" + vendor).encode("utf-8")).hexdigest()[:8], 16) % 2
    return "study" if bucket == 0 else "check"
