"""Who reads CPIM: learned from a message's User-Agent (issue #14 section 2)."""

from __future__ import annotations

import pytest

from jego_desktop.domain.incoming_messages import IncomingText, interpret
from jego_desktop.domain.peer_formats import agent_speaks_cpim
from tests.unit.domain.test_incoming_messages import raw, request


@pytest.mark.parametrize(
    ("agent", "speaks"),
    [
        ("Jego Desktop", True),
        ("Linphone Desktop/5.2.6 (Debian) LinphoneCore/5.3.0", True),
        ("LinphoneAndroid/5.2 (belle-sip/5.2.0)", True),
        ("baresip v1.0.0 (x86_64/linux)", False),
        ("Yealink SIP-T46S 66.86.0.15", False),
        ("", False),
        ("x" * 300 + "Jego", False),  # only the first 200 characters are read
    ],
)
def test_agents_that_speak_cpim(agent: str, speaks: bool) -> None:
    assert agent_speaks_cpim(agent) is speaks


def test_the_senders_user_agent_is_kept_bounded() -> None:
    whole = request().replace("CSeq:", "User-Agent: Jego Desktop\r\nCSeq:", 1)
    message = interpret(raw("hello", whole=whole))
    assert isinstance(message, IncomingText)
    assert message.sender_agent == "Jego Desktop" and not message.uses_cpim
    flood = request().replace("CSeq:", "User-Agent: " + "y" * 5000 + "\r\nCSeq:", 1)
    long = interpret(raw("hello", whole=flood))
    assert isinstance(long, IncomingText) and len(long.sender_agent) == 200
