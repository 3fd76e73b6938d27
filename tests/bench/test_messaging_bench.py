"""Sustained incoming MESSAGE rate into the real store, 0 lost: printed, not asserted.

SIPp floods the engine's registered user through Kamailio at rising rates; every
message answered 200 OK must be in the database (each committed with an fsync).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.engine_events import MessageReceived
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.integration.engine_probe import EngineProbe
from tests.integration.test_engine_calls import alice
from tests.integration.test_messaging_service import messaging
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import message_flood

pytestmark = [pytest.mark.bench, pytest.mark.peers]

RATES = (200, 400, 800)
COUNT = 2000
LAST = f"Jego flood message {COUNT}"


def test_sustained_incoming_message_rate(
    engine_factory: Callable[..., EngineProbe], kamailio: Kamailio, tmp_path: Path
) -> None:
    database = Database.open(tmp_path / "jego.sqlite3")
    try:
        probe, _service = messaging(engine_factory, database)
        account = alice(kamailio)
        # a contact: a stranger's messages are capped (domain/incoming_rate.py)
        ContactStore(database).add(Contact("Bob", sip_uri="sip:bob@127.0.0.1"))
        probe.register(account, "secret-a")
        lines = []
        stored_before = 0
        for rate in RATES:
            started = time.monotonic()
            result = message_flood(
                kamailio.uri("udp"),
                tmp_path / f"sipp{rate}",
                sender=("bob", "secret-b"),
                recipient="alice",
                count=COUNT,
                rate=rate,
                timeout=60,
            )
            if result.successful == COUNT:
                probe.wait_for(MessageReceived, lambda e: e.body.strip() == LAST, timeout=60)
            elapsed = time.monotonic() - started
            conversation = ConversationStore(database).find(account.key, "sip:bob@127.0.0.1")
            stored = (
                len(MessageStore(database).page(conversation.id, limit=20_000))
                if conversation
                else 0
            )
            new = stored - stored_before
            stored_before = stored
            lines.append(
                f"  offered {rate}/s: {result.successful}/{COUNT} answered 200 OK, {new} stored, "
                f"lost {result.successful - new}, all stored after {elapsed:.1f} s "
                f"({new / elapsed:.0f}/s sustained)"
            )
            probe.events.clear()
        print("\n--- incoming MESSAGE flood into the real store (fsync per message) ---")
        print("\n".join(lines))
    finally:
        database.close()
