""""responses" (plural) names the response: "for Critical Issues, support with
responses in 4 hours at most". The keyword took response, respond(s/ed/ing)
but not the plural, so a list of levels worded so had no keyword and the
item was left vague or missing.
"""


from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_responses_in_a_list_of_levels(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 3. Support
        3.1 The Customer receives:
        (a) for Critical Issues, round-the-clock support from the Supplier, with responses in 4 hours at most; and
        (b) for Non-Critical Issues, support in Normal Business Hours, with responses in 12 hours at most.
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
    assert [(lv["level"], lv["minutes"]) for lv in f.facts["levels"]] == [("Critical", 240), ("Non-Critical", 720)]
