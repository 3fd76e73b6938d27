"""ICE host candidates follow the bind address; these fail if aioice changes underneath."""

from __future__ import annotations

import asyncio
import inspect

import aioice.ice
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection
from aiortc.mediastreams import VideoStreamTrack

from jego_desktop.media.video.host_addresses import bound_to, install


def candidate_hosts(sdp: str) -> list[str]:
    return [line.split()[4] for line in sdp.splitlines() if line.startswith("a=candidate:")]


async def offer_hosts(bind_address: str) -> list[str]:
    pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    try:
        pc.addTrack(VideoStreamTrack())
        with bound_to(bind_address):
            await pc.setLocalDescription(await pc.createOffer())
        return candidate_hosts(pc.localDescription.sdp)
    finally:
        await pc.close()


def test_aioice_still_gathers_host_candidates_through_the_wrapped_function() -> None:
    # The hook: Connection.gather_candidates looks the module function up at call time.
    assert "get_host_addresses(" in inspect.getsource(aioice.ice.Connection.gather_candidates)
    assert list(inspect.signature(aioice.ice.get_host_addresses).parameters)[:2] == [
        "use_ipv4",
        "use_ipv6",
    ]


def test_a_bound_offer_has_loopback_candidates_only() -> None:
    hosts = asyncio.run(offer_hosts("127.0.0.1"))
    assert hosts and set(hosts) == {"127.0.0.1"}


def test_without_a_bind_address_aioice_chooses_as_before_and_never_loopback() -> None:
    install()
    hosts = asyncio.run(offer_hosts(""))
    assert "127.0.0.1" not in hosts
    assert set(hosts) == set(aioice.ice.get_host_addresses(True, True))


def test_the_binding_ends_with_its_block_and_stays_in_its_own_task() -> None:
    async def both() -> tuple[list[str], list[str]]:
        return await asyncio.gather(offer_hosts("127.0.0.1"), offer_hosts(""))

    bound, free = asyncio.run(both())
    assert set(bound) == {"127.0.0.1"} and "127.0.0.1" not in free


def test_an_ipv6_bind_address_gives_no_ipv4_candidates() -> None:
    install()
    with bound_to("::1"):
        assert aioice.ice.get_host_addresses(True, False) == []
        assert aioice.ice.get_host_addresses(True, True) == ["::1"]


def test_a_bad_bind_address_is_an_error() -> None:
    with pytest.raises(ValueError), bound_to("not-an-address"):
        pass
