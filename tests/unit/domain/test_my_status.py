"""MyStatus: names as kept in settings.ini, and which status declines calls."""

from __future__ import annotations

import pytest

from jego_desktop.domain.my_status import MyStatus


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("online", MyStatus.ONLINE),
        ("Away", MyStatus.AWAY),
        (" busy ", MyStatus.BUSY),
        ("invisible", MyStatus.INVISIBLE),
    ],
)
def test_parse(text: str, status: MyStatus) -> None:
    assert MyStatus.parse(text) is status


def test_parse_refuses_an_unknown_status_and_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown status 'dnd': expected one of online, away"):
        MyStatus.parse("dnd")


def test_only_busy_declines_calls() -> None:
    assert [s for s in MyStatus if s.declines_calls] == [MyStatus.BUSY]
