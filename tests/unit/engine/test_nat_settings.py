"""NatTraversal onto a pjsua2 AccountConfig: ICE, TURN, keep-alive and rewrites."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pjsua2 as pj

from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.engine.nat_settings import apply_nat, ice_possible

FIELDS = (
    "iceEnabled",
    "turnEnabled",
    "turnServer",
    "turnConnType",
    "turnUserName",
    "turnPassword",
    "udpKaIntervalSec",
    "contactRewriteUse",
    "viaRewriteUse",
    "sdpNatRewriteUse",
)


def applied(nat: NatTraversal, bind_address: str = "") -> Any:
    """The fields read out: natConfig points into the AccountConfig, freed on return."""
    cfg = pj.AccountConfig()
    apply_nat(cfg, nat, bind_address)
    nat_cfg = cfg.natConfig
    values = {name: getattr(nat_cfg, name) for name in FIELDS}
    del nat_cfg
    return SimpleNamespace(**values)


def test_defaults_ice_keepalive_and_rewrites() -> None:
    nat = applied(NatTraversal())
    assert nat.iceEnabled and not nat.turnEnabled
    assert nat.udpKaIntervalSec == 15
    assert (nat.contactRewriteUse, nat.viaRewriteUse, nat.sdpNatRewriteUse) == (1, 1, 1)


def test_turn_over_each_transport() -> None:
    for transport, conn_type in (
        (TurnTransport.UDP, pj.PJ_TURN_TP_UDP),
        (TurnTransport.TCP, pj.PJ_TURN_TP_TCP),
        (TurnTransport.TLS, pj.PJ_TURN_TP_TLS),
    ):
        nat = applied(
            NatTraversal(
                turn_server="198.18.0.1",
                turn_transport=transport,
                turn_user="u",
                turn_password="p",
            )
        )
        assert nat.turnEnabled and nat.turnConnType == conn_type
        assert nat.turnUserName == "u" and nat.turnPassword == "p"
        port = 5349 if transport is TurnTransport.TLS else 3478
        assert nat.turnServer == f"198.18.0.1:{port}"


def test_off_switches() -> None:
    nat = applied(NatTraversal(ice=False, turn_server="t", keepalive_s=0, rewrite_addresses=False))
    assert not nat.iceEnabled and not nat.turnEnabled
    assert nat.udpKaIntervalSec == 0
    assert (nat.contactRewriteUse, nat.viaRewriteUse, nat.sdpNatRewriteUse) == (0, 0, 0)


def test_no_ice_on_loopback_where_pjnath_has_no_candidate() -> None:
    assert not ice_possible("127.0.0.1") and not ice_possible("::1")
    assert ice_possible("") and ice_possible("100.64.1.2")
    assert not applied(NatTraversal(turn_server="t"), "127.0.0.1").iceEnabled
