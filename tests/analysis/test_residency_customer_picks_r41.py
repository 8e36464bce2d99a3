"""data-residency (en): the customer picking the region, in more verbs, keeps a named region met
although traffic or support data 'may be processed in any other country where' the vendor
operates (override_kept_by: picks/picked as well as selects/chooses: "Customer Data is hosted in
the cloud region that Customer picks when its account is set up, either the United States or the
European Union"), and "the Customer selects where it runs: Nuremberg or Falkenstein (Germany) ..."
is found (a keyword)."""

# Contract clauses are one line each in the corpus markup: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Callable

from reviewer.review import Review, Status

ReviewContract = Callable[..., Review]


def test_region_the_customer_picks_stays_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 6. Data
        6.3 Location. Customer Data is hosted in the cloud region that Customer picks when its account is set up, either the United States or the European Union. Support data may be processed in the United States and in any other country where Acme or its sub-processors operate.
        """).finding("data-residency")
    assert f.status is Status.MET, (f.status, f.reasons)


def test_customer_selects_where_it_runs_is_met(reviewed: ReviewContract) -> None:
    f = reviewed("""
        # 2. Cloud Servers
        2.1 When creating each Cloud Server, the Customer selects where it runs: Nuremberg or Falkenstein (Germany), or Helsinki (Finland).
        """).finding("data-residency")
    assert f.status is Status.MET, (f.status, f.reasons)
