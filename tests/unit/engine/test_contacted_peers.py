"""Receipts and typing notices go only to peers the user wrote to or called (issue #13)."""

from __future__ import annotations

from jego_desktop.engine.contacted_peers import ContactedPeers


def test_strangers_get_nothing_until_the_user_writes() -> None:
    peers = ContactedPeers(lambda key, peer: False)
    assert not peers.may_notify("k", "sip:mallory@evil.example")
    peers.remember("k", "Mallory <sip:mallory@EVIL.example;transport=udp>")
    assert peers.may_notify("k", "sip:mallory@evil.example")
    assert not peers.may_notify("other", "sip:mallory@evil.example")
    peers.forget_account("k")
    assert not peers.may_notify("k", "sip:mallory@evil.example")


def test_the_history_is_asked_with_the_normalised_peer_and_yes_is_kept() -> None:
    asked: list[tuple[str, str]] = []

    def history(key: str, peer: str) -> bool:
        asked.append((key, peer))
        return True

    peers = ContactedPeers(history)
    assert peers.may_notify("k", "<sip:bob@Example.COM>")
    assert peers.may_notify("k", "sip:bob@example.com")
    assert asked == [("k", "sip:bob@example.com")]


def test_a_failing_history_or_a_bad_address_means_no() -> None:
    def broken(key: str, peer: str) -> bool:
        raise RuntimeError("database is locked")

    peers = ContactedPeers(broken)
    assert not peers.may_notify("k", "sip:bob@example.com")
    assert not peers.may_notify("k", "not a uri")
