"""Which paper the printable exports are laid out for: A4 or US Letter.

The reports and the checklist workbooks take ``paper="a4" | "letter"``; when
nobody chose (``None``: the GUI, or the CLI without ``--paper``), the user's
locale decides, as it does for the system's own printing: POSIX says
``LC_ALL`` overrides ``LC_PAPER``, which overrides ``LANG``. The locales on
Letter are those whose glibc LC_PAPER is 279 mm high (checked against
/usr/share/i18n/locales on Debian 12); every other locale, and "C", is A4.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from reviewer.errors import ReviewerError

PAPERS = ("a4", "letter")

LETTER_LOCALES = frozenset({
    "en_US", "en_CA", "es_US", "es_MX", "es_BO", "es_CL", "es_CO", "es_CR", "es_GT",
    "es_NI", "es_PA", "es_PR", "es_SV", "es_VE", "tl_PH", "fil_PH", "en_PH", "chr_US",
    "unm_US", "yi_US",
})


def locale_paper(environ: Mapping[str, str] | None = None) -> str:
    """"letter" for a US/Canadian/... locale in the environment, else "a4"."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(var, "")
        if value:
            name = value.split(".")[0].split("@")[0]
            return "letter" if name in LETTER_LOCALES else "a4"
    return "a4"


def resolve_paper(paper: str | None) -> str:
    """``paper`` checked and lower-cased; ``None`` or "" means the locale's."""
    if not paper:
        return locale_paper()
    key = paper.lower()
    if key not in PAPERS:
        raise ReviewerError(f"Unknown paper size '{paper}': use a4 or letter.")
    return key
