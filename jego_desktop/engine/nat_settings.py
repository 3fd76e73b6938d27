"""NatTraversal (domain/nat.py) onto a pjsua2 account: ICE, TURN, keep-alives, rewrites."""

from __future__ import annotations

import ipaddress
import logging

import pjsua2 as pj

from jego_desktop.domain.nat import NatTraversal, TurnTransport

log = logging.getLogger(__name__)

_TURN_CONN_TYPES = {
    TurnTransport.UDP: pj.PJ_TURN_TP_UDP,
    TurnTransport.TCP: pj.PJ_TURN_TP_TCP,
    TurnTransport.TLS: pj.PJ_TURN_TP_TLS,
}


def ice_possible(bind_address: str) -> bool:
    """pjnath never makes a loopback candidate: with RTP bound to 127.0.0.1 and ICE on,
    every call fails (PJ_EINVAL, measured), so ICE stays off there."""
    try:
        return not ipaddress.ip_address(bind_address).is_loopback
    except ValueError:
        return True  # "" (every interface) or a name


def apply_nat(cfg: pj.AccountConfig, nat: NatTraversal, bind_address: str) -> None:
    nat_cfg = cfg.natConfig
    ice = nat.ice and ice_possible(bind_address)
    nat_cfg.iceEnabled = ice
    nat_cfg.turnEnabled = ice and nat.turn
    if nat_cfg.turnEnabled:
        nat_cfg.turnServer = nat.turn_host_port()
        nat_cfg.turnConnType = _TURN_CONN_TYPES[nat.turn_transport]
        nat_cfg.turnUserName = nat.turn_user
        nat_cfg.turnPasswordType = 0  # plain text (PJ_STUN_PASSWD_PLAIN)
        nat_cfg.turnPassword = nat.turn_password
    nat_cfg.udpKaIntervalSec = max(0, nat.keepalive_s)
    rewrite = 1 if nat.rewrite_addresses else 0
    nat_cfg.contactRewriteUse = rewrite  # re-register with the address the registrar saw
    nat_cfg.viaRewriteUse = rewrite  # rport's received= in our Via
    nat_cfg.sdpNatRewriteUse = rewrite  # and in the SDP, when STUN has not given one
