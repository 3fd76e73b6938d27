"""Store tests: the shared `db` fixture with a clock that moves forward by itself."""

from __future__ import annotations

import pytest

from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.unit.store.helpers import StepClock

ACCOUNT = "+8613800138000@sip.example.com"


@pytest.fixture
def clock() -> StepClock:
    """Overrides the real clock of tests/conftest.py's `db`: time moves one step per read."""
    return StepClock()


@pytest.fixture
def conversations(db: Database) -> ConversationStore:
    return ConversationStore(db)


@pytest.fixture
def messages(db: Database) -> MessageStore:
    return MessageStore(db)
