"""documentation-training: documentation kept current, said in the definition or by release notes.

Out-of-fold study-half errors (met labels read as vague): documentation the vendor makes available
"in their then-current form", help articles and manuals "as X updates them over time", and changes
"documented in the release notes". Each says the vendor keeps the documentation current, as the met
wording "updated with each release" does. Documentation "as X updates it from time to time" stays
vague: "from time to time" is the shared hedge (the labels split on it).
"""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

# Out of fold the model neither drops nor proposes such clauses: the item's own wording decides.
pytestmark = pytest.mark.usefixtures("unsure")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("definition", [
    '1.3 "Documentation" means the release notes, administrator guides and online help for the Service that Harbourline makes available to Customer, in their then-current form, through the Harbourline Community website.',
    '1.3 "Documentation" means the documentation Harbourline makes available on the Site, such as help articles, product manuals and release notes, as Harbourline updates them over time.',
])
def test_documentation_defined_as_kept_current_meets_the_item(reviewed: ReviewContract, fmt: str, definition: str) -> None:
    f = reviewed(f"""
        # 1. Definitions
        1.2 "Customer" means the party named in the Order Form.
        {definition}
        # 4. Support
        4.1 Harbourline provides e-mail support on business days.
        """, fmt=fmt).finding("documentation-training")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_changes_documented_in_the_release_notes_meet_the_item(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 5. Changes to the API
        5.1 Before a major version of an SDK is retired, Customer will get at least six (6) months' notice.
        5.2 Minor releases that leave existing integrations working can be issued at any time and are documented in the release notes.
        """).finding("documentation-training")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_documentation_updated_from_time_to_time_stays_vague(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Definitions
        1.3 "Documentation" means the user guides Harbourline publishes on its documentation site, as Harbourline updates them from time to time.
        """).finding("documentation-training")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
