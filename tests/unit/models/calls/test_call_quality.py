"""The one-glance quality mark of a call, from loss, jitter and round trip."""

from __future__ import annotations

import pytest

from jego_desktop.domain.engine_events import CallStats
from jego_desktop.models.calls.call_quality import CallQuality, quality_of, quality_text


def stats(jitter: float = 4.0, rx_loss: float = 0.0, tx_loss: float = 0.0, rtt: float = 40.0):
    return CallStats("c1", "G722", 16000, jitter, rx_loss, tx_loss, rtt, 500, 500)


@pytest.mark.parametrize(
    ("measured", "quality"),
    [
        (stats(), CallQuality.GOOD),
        (stats(rx_loss=0.9, jitter=29), CallQuality.GOOD),
        (stats(rx_loss=1.0), CallQuality.FAIR),
        (stats(tx_loss=2.5), CallQuality.FAIR),  # what the far end loses of ours counts too
        (stats(jitter=35), CallQuality.FAIR),
        (stats(rtt=350), CallQuality.FAIR),
        (stats(rx_loss=5.0), CallQuality.POOR),
        (stats(jitter=80), CallQuality.POOR),
        (stats(rtt=700), CallQuality.POOR),
    ],
)
def test_quality_from_loss_jitter_and_round_trip(measured: CallStats, quality: CallQuality) -> None:
    assert quality_of(measured) is quality


def test_each_quality_has_words() -> None:
    assert [quality_text(q) for q in CallQuality] == ["Good sound", "Fair sound", "Poor sound"]
