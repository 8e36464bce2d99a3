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
