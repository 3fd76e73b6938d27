"""Requests the registrar forks to a registration check's Contact are told apart."""

from __future__ import annotations

from jego_desktop.engine.registration_check import addressed_to_check


def test_only_the_request_uri_counts() -> None:
    assert addressed_to_check("INVITE sip:alice@127.0.0.1:5060;jego-check=3 SIP/2.0")
    assert addressed_to_check("MESSAGE sip:alice@10.0.0.2;transport=tcp;jego-check=12 SIP/2.0")
    assert not addressed_to_check("INVITE sip:alice@127.0.0.1:5060 SIP/2.0")
    assert not addressed_to_check("INVITE sip:jego-check@127.0.0.1 SIP/2.0")
    assert not addressed_to_check("")
