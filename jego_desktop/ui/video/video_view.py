"""Video in the call window: the peer's picture, our own in a corner, and the buttons.

`attach_video` adds itself to an InCallWindow from outside (two buttons in its action
grid, the picture above them) so the window itself knows nothing of video.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.media.video.camera_info import Camera
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.video.video_call import VideoCalls, VideoState, VideoStatus
from jego_desktop.ui.calls.in_call_window import InCallWindow
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import SPACING, Palette, faded
from jego_desktop.ui.tab_order import follow_layout
from jego_desktop.ui.video.video_style import camera_chooser_stylesheet

if TYPE_CHECKING:
    from jego_desktop.media.video.session import VideoStats

BACKDROP = QColor("#0b0f17")  # video sits on near-black, whatever the theme
PIP_FRACTION = 0.28
PIP_MARGIN = 10
RADIUS = 10
VIDEO_WINDOW = QSize(560, 980)  # the call window's size once video is on, screen allowing
_RUNNING = (VideoState.OFFERED, VideoState.CONNECTING, VideoState.ACTIVE)


class VideoView(QWidget):
    """Paints the remote picture scaled with its aspect ratio kept, and the local
    preview picture-in-picture in the bottom right corner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoView")
        self.remote: QImage | None = None
        self.local: QImage | None = None
        self.placeholder = ""
        self.setMinimumSize(240, 180)
        grow = QSizePolicy.Policy.Expanding
        self.setSizePolicy(grow, grow)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 360)

    def set_remote(self, picture: QImage | None) -> None:
        self.remote = picture
        self.update()

    def set_local(self, picture: QImage | None) -> None:
        self.local = picture
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    def clear(self) -> None:
        self.remote = self.local = None
        self.update()

    @staticmethod
    def fitted(picture: QSize, box: QRectF) -> QRectF:
        """The largest rectangle of `picture`'s shape centred in `box`."""
        if picture.isEmpty():
            return QRectF(box)
        scale = min(box.width() / picture.width(), box.height() / picture.height())
        width, height = picture.width() * scale, picture.height() * scale
        return QRectF(
            box.x() + (box.width() - width) / 2,
            box.y() + (box.height() - height) / 2,
            width,
            height,
        )

    def pip_rect(self) -> QRectF:
        local = self.local
        if local is None:
            return QRectF()
        width = max(64.0, self.width() * PIP_FRACTION)
        height = width * local.height() / max(1, local.width())
        return QRectF(
            self.width() - width - PIP_MARGIN, self.height() - height - PIP_MARGIN, width, height
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(frame, RADIUS, RADIUS)
        painter.setClipPath(clip)
        painter.fillRect(frame, BACKDROP)
        if self.remote is not None:
            painter.drawImage(self.fitted(self.remote.size(), frame), self.remote)
        elif self.placeholder:
            painter.setPen(QColor("#e5e7eb"))
            painter.drawText(
                frame.adjusted(SPACING * 2, 0, -SPACING * 2, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
        if self.local is not None:
            pip = self.pip_rect()
            corner = QPainterPath()
            corner.addRoundedRect(pip, RADIUS / 1.5, RADIUS / 1.5)
            painter.setClipPath(corner)
            painter.drawImage(pip, self.local)
            painter.setClipping(False)
            painter.setPen(QPen(QColor(255, 255, 255, 160), 1.5))
            painter.drawPath(corner)
        painter.end()


class CameraChooser(QComboBox):
    """The camera list; signals opening() just before its list drops down."""

    opening = Signal()

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.opening.emit()
        super().showPopup()


class VideoPane(QWidget):
    """The view and its statistics line; owns the window's video and camera buttons."""

    def __init__(self, window: InCallWindow, controller: VideoCalls, palette: Palette) -> None:
        super().__init__(window)
        self.window_ = window
        self.controller = controller
        self.view = VideoView()
        self.stats_label = PlainLabel()
        self.stats_label.setObjectName("callStats")
        self.stats_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_choice = CameraChooser()
        self.camera_choice.setObjectName("cameraChoice")
        self.camera_choice.setStyleSheet(camera_chooser_stylesheet(palette))
        self._camera_icon = icon("video", QColor(palette.muted), 16)
        ink, on = QColor(palette.text), QColor(palette.accent_text)
        self.video_button = round_button("callAction", "video", ink, "", on, faded(palette))
        self.camera_button = round_button("callAction", "camera_off", ink, "", on, faded(palette))
        self.video_tile = CaptionedButton(self.video_button, "")
        self.camera_tile = CaptionedButton(self.camera_button, "")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        column.addWidget(self.view, 1)
        column.addWidget(self.stats_label)
        column.addWidget(self.camera_choice, 0, Qt.AlignmentFlag.AlignHCenter)
        self._fill_cameras(controller.cameras.cameras)
        controller.cameras.changed.connect(self._fill_cameras)
        self.camera_choice.opening.connect(controller.cameras.refresh)
        window.installEventFilter(self)  # lists when the call window shows, not at app start
        self.video_button.clicked.connect(self._on_video_clicked)
        self.camera_button.clicked.connect(self._on_camera_clicked)
        self.camera_choice.activated.connect(self._on_camera_chosen)
        controller.status_changed.connect(self._on_status)
        controller.remote_frame.connect(self._on_remote)
        controller.local_frame.connect(self._on_local)
        controller.problem.connect(self._on_problem)
        controller.camera_failed.connect(self._on_camera_failed)
        self._camera_problem = ""
        self.retranslate()
        self.refresh()

    def _fill_cameras(self, cameras: list[Camera]) -> None:
        chosen = self.controller.sources.device
        self.camera_choice.clear()
        for camera in cameras:
            self.camera_choice.addItem(self._camera_icon, camera.name, camera.device)
        self.camera_choice.setCurrentIndex(max(0, self.camera_choice.findData(chosen)))
        self.camera_choice.setVisible(len(cameras) > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window_ and event.type() == QEvent.Type.Show:
            self.controller.cameras.refresh()  # a camera may have come or gone since
        return super().eventFilter(watched, event)

    @property
    def call_id(self) -> str:
        return self.window_.call_id

    def status(self) -> VideoStatus:
        return self.controller.status(self.call_id)

    def retranslate(self) -> None:
        self.camera_tile.caption.setText(self.tr("Camera"))
        self.camera_choice.setToolTip(self.tr("Camera"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        status = self.status()
        running = status.state in _RUNNING
        unavailable = status.state is VideoState.UNAVAILABLE
        self.video_button.setChecked(running)
        self.video_button.setEnabled(running or self.controller.can_start(self.call_id))
        if unavailable:
            caption = self.tr("No video")
            name = self.tr("Video is not available with this contact")
        elif running:
            caption, name = self.tr("Video"), self.tr("Stop video")
        else:
            caption, name = self.tr("Video"), self.tr("Start video")
        self.video_tile.caption.setText(caption)
        self.video_button.setAccessibleName(name)
        self.video_button.setToolTip(name)
        self.camera_button.setEnabled(running)
        self.camera_button.setChecked(running and not status.sending)
        camera = self.tr("Turn the camera on") if running and not status.sending else ""
        self.camera_button.setAccessibleName(camera or self.tr("Turn the camera off"))
        self.camera_button.setToolTip(self.camera_button.accessibleName())
        if running and not self.isVisible():
            self._make_room()
        self.setVisible(running)
        self.window_.avatar.setVisible(not running)
        if status.state is VideoState.OFFERED:
            self.view.set_placeholder(self.tr("Waiting for the other side to take video…"))
        elif status.state is VideoState.CONNECTING:
            self.view.set_placeholder(self.tr("Connecting video…"))
        if not running:
            self.view.clear()
        elif not status.sending:
            self.view.set_local(None)
        stats = status.stats
        self.stats_label.setText(self.stats_text(stats, status.sending) if stats else "")
        self.stats_label.setVisible(stats is not None)

    def _make_room(self) -> None:
        """Grow the window for the picture when video starts, within the screen."""
        window = self.window_
        screen = window.screen().availableGeometry() if window.screen() else None
        width, height = max(window.width(), VIDEO_WINDOW.width()), VIDEO_WINDOW.height()
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        if window.height() < height or window.width() < width:
            window.resize(max(window.width(), width), max(window.height(), height))

    def stats_text(self, stats: VideoStats, sending: bool = True) -> str:
        lines = [
            self.tr("Receiving %s×%s · %s fps · %s kbit/s")
            % (
                stats.width,
                stats.height,
                f"{stats.received_fps:.0f}",
                f"{stats.received_kbps:.0f}",
            )
        ]
        if sending and stats.sent_width:
            # The size drops below the camera's on a congested link (media/video/adaptation.py).
            lines.append(
                self.tr("Sending %s×%s · %s fps · %s kbit/s")
                % (
                    stats.sent_width,
                    stats.sent_height,
                    f"{stats.sent_fps:.0f}",
                    f"{stats.sent_kbps:.0f}",
                )
            )
        return "\n".join(lines)

    def _on_video_clicked(self, wanted: bool) -> None:
        if wanted:
            self.controller.start_video(self.call_id)
            self.controller.set_preview(self.call_id, True)
        else:
            self.controller.stop_video(self.call_id)
        self.refresh()

    def _on_camera_chosen(self, index: int) -> None:
        device = self.camera_choice.itemData(index)
        if isinstance(device, str):
            self.controller.set_camera(device)

    def _on_status(self, status: VideoStatus) -> None:
        if status.call_id == self.call_id:
            if status.state is VideoState.CONNECTING:
                self.controller.set_preview(self.call_id, True)
            self.refresh()

    def _on_remote(self, call_id: str, picture: QImage) -> None:
        if call_id == self.call_id:
            self.view.set_remote(picture)

    def _on_problem(self, call_id: str, message: str) -> None:
        if call_id == self.call_id:
            self.window_.show_problem(self.tr("The video connection was lost."))

    def _on_camera_failed(self, call_id: str, message: str) -> None:
        if call_id == self.call_id:
            self._camera_problem = message
            self.window_.show_problem(message)

    def _on_camera_clicked(self, off: bool) -> None:
        if not off and self._camera_problem:  # trying again: the old reason goes
            if self.window_.problem_label.text() == self._camera_problem:
                self.window_.show_problem("")
            self._camera_problem = ""
        self.controller.set_sending(self.call_id, not off)

    def _on_local(self, call_id: str, picture: QImage) -> None:
        if call_id == self.call_id:
            self.view.set_local(picture if self.status().sending else None)


def attach_video(
    window: InCallWindow, calls: CallsModel, controller: VideoCalls, palette: Palette
) -> VideoPane:
    """Put the video pane and its two buttons into `window`, which shows `calls`."""
    pane = VideoPane(window, controller, palette)
    grid = window.action_grid.layout()
    assert isinstance(grid, QGridLayout)
    row = grid.rowCount()
    grid.addWidget(pane.video_tile, row, 0)
    grid.addWidget(pane.camera_tile, row, 1)
    layout = window.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(1, pane, 1)
    for index in range(layout.count()):  # the picture, not the blank, takes the free height
        if index != layout.indexOf(pane) and layout.stretch(index) > 0:
            layout.setStretch(index, 0)
    for change in (calls.dataChanged, calls.rowsInserted, calls.rowsRemoved, calls.modelReset):
        change.connect(pane.refresh)
    follow_layout(window)  # the new tiles before Hang up, not after it
    return pane
