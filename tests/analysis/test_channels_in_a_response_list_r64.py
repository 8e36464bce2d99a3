# ruff: noqa: E501
"""support-channels (LABELLING.md, settled 7 December 2026, ninth audit: channels in a plan or
support table row are met): a list of response times by channel ("- Chat: 1 minute", "- Ticket
with Urgent priority: 5 minutes") and a request "raised by ticket" name the channels."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_a_response_list_by_channel_names_the_channels(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Response times
        Support around the clock is included with every plan. Our first responses reach you within these times:

        - Chat: 1 minute
        - Ticket with Urgent priority: 5 minutes
        - Ticket with Normal priority: 1 hour
        """).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_a_request_raised_by_ticket_names_the_channel(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 1. Support
        Support around the clock is included with every plan. A support request has to be raised by ticket so that our engineers can look into it.
        """).finding("support-channels")
    assert f.status is Status.MET, (f.status, f.reasons)
