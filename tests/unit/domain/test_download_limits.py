"""What is fetched without a click: strangers, sizes, per-sender rates and the quota."""

from __future__ import annotations

from jego_desktop.domain.download_limits import Decision, DownloadLimits, Hold, decide

LIMITS = DownloadLimits(
    auto_bytes=10_000, sender_files_per_hour=3, sender_bytes_per_day=25_000, quota_bytes=50_000
)


def answer(size: int = 5_000, **changes: object) -> Decision:
    values: dict[str, object] = {
        "known_sender": True,
        "sender_files_last_hour": 0,
        "sender_bytes_last_day": 0,
        "received_bytes": 0,
        "removable_bytes": 0,
        "limits": LIMITS,
    }
    values.update(changes)
    return decide(size, **values)  # type: ignore[arg-type]


def test_a_contacts_small_file_is_fetched() -> None:
    assert answer() == Decision(Hold.NONE)


def test_a_strangers_file_always_waits_for_a_click() -> None:
    assert answer(1, known_sender=False).hold is Hold.STRANGER


def test_above_the_automatic_size_it_waits() -> None:
    assert answer(10_001).hold is Hold.LARGE


def test_per_sender_rates() -> None:
    assert answer(sender_files_last_hour=3).hold is Hold.SENDER_FILES
    assert answer(sender_bytes_last_day=20_001).hold is Hold.SENDER_BYTES
    assert answer(sender_bytes_last_day=20_000).hold is Hold.NONE


def test_the_quota_removes_old_unopened_files_first_or_holds() -> None:
    assert answer(received_bytes=48_000, removable_bytes=10_000) == Decision(Hold.NONE, 3_000)
    assert answer(received_bytes=48_000, removable_bytes=2_999).hold is Hold.QUOTA
    assert answer(received_bytes=45_000) == Decision(Hold.NONE)
