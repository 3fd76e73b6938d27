"""A call's sound quality at a glance, from what RTCP reports: good, fair or poor."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallStats

# Voice stays clear below about 1 % loss and 30 ms of jitter; from 5 % or 60 ms words
# drop out. Round trips past 300 ms make people talk over each other (ITU-T G.114 puts
# the limit of a comfortable one-way delay at 150 ms).
FAIR_LOSS_PERCENT = 1.0
POOR_LOSS_PERCENT = 5.0
FAIR_JITTER_MS = 30.0
POOR_JITTER_MS = 60.0
FAIR_RTT_MS = 300.0
POOR_RTT_MS = 600.0


class CallQuality(enum.Enum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


def quality_of(stats: CallStats) -> CallQuality:
    loss = max(stats.rx_loss_percent, stats.tx_loss_percent)
    if loss >= POOR_LOSS_PERCENT or stats.rx_jitter_ms >= POOR_JITTER_MS:
        return CallQuality.POOR
    if stats.rtt_ms >= POOR_RTT_MS:
        return CallQuality.POOR
    if loss >= FAIR_LOSS_PERCENT or stats.rx_jitter_ms >= FAIR_JITTER_MS:
        return CallQuality.FAIR
    return CallQuality.FAIR if stats.rtt_ms >= FAIR_RTT_MS else CallQuality.GOOD


def quality_text(quality: CallQuality) -> str:
    if quality is CallQuality.GOOD:
        return QCoreApplication.translate("CallQuality", "Good sound")
    if quality is CallQuality.FAIR:
        return QCoreApplication.translate("CallQuality", "Fair sound")
    return QCoreApplication.translate("CallQuality", "Poor sound")
