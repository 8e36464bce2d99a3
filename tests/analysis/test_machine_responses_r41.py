"""A machine's response is not the support team's: "a request over the limit
gets an HTTP 429 response", "the response body holds the error code" in a
developer guide do not address response-times. A support reply beside them
still does."""

# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]

API = """
        # 2. Rate limits
        2.1 Rate limits on the REST API apply to each API key. A request over the limit gets an HTTP 429 response; retry it once the interval stated in the Retry-After header has passed.
        2.2 Error responses carry a JSON response body with an error code and a message.
        """


def test_http_responses_do_not_address_the_item(reviewed: ReviewContract) -> None:
    f = reviewed(API).finding("response-times")
    assert f.status is Status.MISSING, f.reasons


def test_a_support_reply_beside_them_still_counts(reviewed: ReviewContract) -> None:
    f = reviewed(API + """
        # 3. Support
        3.1 We respond to every support ticket within 8 business hours.
        """).finding("response-times")
    assert f.status is Status.MET, f.reasons
