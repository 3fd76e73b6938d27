"""A fresh database file per test, with a clock that moves forward by itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.unit.store.helpers import StepClock

ACCOUNT = "+8613800138000@sip.example.com"


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jego.sqlite3"


@pytest.fixture
def db(db_path: Path, clock: StepClock) -> Iterator[Database]:
    database = Database.open(db_path, clock=clock)
    yield database
    database.close()


@pytest.fixture
def conversations(db: Database) -> ConversationStore:
    return ConversationStore(db)


@pytest.fixture
def messages(db: Database) -> MessageStore:
    return MessageStore(db)
