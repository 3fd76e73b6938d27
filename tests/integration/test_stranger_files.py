"""Files named by strangers, through the real engine and Kamailio (issue #13, item 2).

Carol is registered at the same Kamailio but Bob never wrote to her and she is not in
his contacts: anyone who knows his number. Her file description names a server on
127.0.0.2 that records what it receives and answers 401 with a digest challenge in the
registrar's realm, hoping for a digest of Bob's SIP password.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE, FileInfo, build_ft_http
from jego_desktop.domain.messages import AttachmentState
from tests.integration.engine_probe import pump
from tests.integration.headless_client import HeadlessClient
from tests.integration.test_attachments import Stack, bob
from tests.peers.file_server import file_server_fixture
from tests.peers.kamailio import Kamailio
from tests.peers.stranger_http import StrangerServer, stranger_http_fixture

__all__ = ["bob", "file_server_fixture", "stranger_http_fixture"]

pytestmark = pytest.mark.peers


def test_a_strangers_file_waits_for_a_click_and_never_reaches_a_private_address(
    bob: Stack, kamailio: Kamailio, stranger_http: StrangerServer, tmp_path: Path
) -> None:
    carol = HeadlessClient(
        "carol", tmp_path / "carol.sqlite3", "carol", "secret-c",
        f"127.0.0.1:{kamailio.port('udp')}",
    )  # fmt: skip
    carol.start()
    try:
        info = FileInfo("invoice.png", 5_000, "image/png", stranger_http.url("/invoice.png"))
        carol.command(
            "send",
            peer=kamailio.aor("bob"),
            body=build_ft_http(info),
            content_type=FT_HTTP_CONTENT_TYPE,
        )
        message, attachment = bob.wait_attachment(
            lambda m: m.attachments[0].file_name == "invoice.png"
        )
    finally:
        carol.stop()
    pump(1.5)  # an automatic download would have reached the server by now
    assert stranger_http.received() == [], "a stranger's file was fetched without a click"
    stored = bob.messages.get(message.id)
    assert stored is not None and stored.attachments[0].state is AttachmentState.REMOTE

    bob.attachments.download(message, attachment)  # the user clicks
    _, refused = bob.wait_attachment(
        lambda m: m.attachments[0].state is AttachmentState.FAILED, timeout=10
    )
    assert "local or private address" in bob.attachments.failure_reason(refused)
    assert stranger_http.received() == []
