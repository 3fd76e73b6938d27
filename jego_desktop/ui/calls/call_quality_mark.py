"""The call's sound quality at a glance, and a "Details" toggle for the technical line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from jego_desktop.models.calls.call_quality import CallQuality, quality_of, quality_text
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING, Palette

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallStats


class CallQualityMark(QWidget):
    """A coloured dot, "Good sound" (fair, poor) and "Details"; `details` is the line of
    codec, jitter, loss and round trip that "Details" opens, placed by the window.

    The mark and the line keep their room while hidden, so that nothing around them
    moves when statistics arrive or the details open.
    """

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = {
            CallQuality.GOOD: palette.success,
            CallQuality.FAIR: palette.warning_text,
            CallQuality.POOR: palette.danger,
        }
        self._stats: CallStats | None = None
        self.dot = QLabel("●")
        self.label = PlainLabel()
        self.label.setObjectName("callNumber")
        self.details_button = QToolButton()
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.details_button.toggled.connect(lambda _on: self.show_stats(self._stats))
        self.details = PlainLabel()
        self.details.setObjectName("callStats")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 2)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING)
        row.addStretch(1)
        for widget in (self.dot, self.label, self.details_button):
            row.addWidget(widget)
        row.addStretch(1)
        for kept in (self, self.details):
            policy = kept.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            kept.setSizePolicy(policy)
        self.retranslate()
        self.show_stats(None)

    def show_stats(self, stats: CallStats | None) -> None:
        """The newest statistics of the call shown; None hides the mark and the line."""
        self._stats = stats
        if stats is not None:
            quality = quality_of(stats)
            self.dot.setStyleSheet(f"color: {self._colours[quality]};")
            self.label.setText(quality_text(quality))
            self.setAccessibleName(self.label.text())
        self.details.setText(self.stats_text(stats) if stats is not None else "")
        self.setVisible(stats is not None)
        self.details.setVisible(stats is not None and self.details_button.isChecked())

    def stats_text(self, stats: CallStats) -> str:
        return self.tr("%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms") % (
            stats.codec,
            f"{stats.clock_rate / 1000:g}",
            f"{stats.rx_jitter_ms:.0f}",
            f"{stats.rx_loss_percent:.1f}",
            f"{stats.tx_loss_percent:.1f}",
            f"{stats.rtt_ms:.0f}",
        )

    def retranslate(self) -> None:
        self.details_button.setText(self.tr("Details"))
        self.details_button.setToolTip(self.tr("Codec, jitter, packet loss and round-trip time"))
        self.show_stats(self._stats)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
