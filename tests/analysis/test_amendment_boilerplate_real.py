"""unilateral-amendment: the entire-agreement boilerplate's rule on changes ("all waivers and
modifications must be in a writing signed by both parties", "no modification, amendment or
waiver is effective unless the parties have mutually agreed it in writing") meets the item;
a standing right to update the policies "from time to time", however long the list of
documents between the verb and those words, still undoes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


@pytest.mark.parametrize("clause", [
    "14.1 This Agreement is the complete and exclusive statement of the parties' mutual understanding and supersedes"
    " all earlier agreements, and all waivers and modifications must be in a writing signed by both parties.",
    "14.1 This Agreement is the entire agreement between the parties. Except as set out in this Agreement, no"
    " modification, amendment or waiver is effective unless the parties have mutually agreed it in writing.",
])
def test_changes_in_a_signed_writing_meet_the_item(reviewed: ReviewContract, clause: str) -> None:
    f = reviewed(f"# 14. General\n{clause}\n", title="Master Subscription Agreement").finding("unilateral-amendment")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_right_to_update_the_policies_from_time_to_time_undoes_it(reviewed: ReviewContract) -> None:
    body = ("# 15. Amendments\n"
            "15.1 No amendment or waiver of this Agreement is effective unless it is in writing and signed by"
            " authorised representatives of both Parties.\n"
            "15.2 Notwithstanding Section 15.1, Acme may update Exhibit A, the Security Exhibit and other policies"
            " referred to in this Agreement from time to time by publishing a new version in the Community.\n")
    f = reviewed(body, title="Master Subscription Agreement").finding("unilateral-amendment")
    assert f.status is Status.VAGUE, (f.status, f.reasons)
