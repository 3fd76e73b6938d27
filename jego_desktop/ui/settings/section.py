"""What every settings section shares: a title, a scrolling column of groups, live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.field_errors import error_label
from jego_desktop.ui.style import SPACING

COMBO_MINIMUM_CHARACTERS = 12


class Section(QScrollArea):
    """A titled column of cards. Subclasses build widgets, then set every text in `retranslate`.

    `retranslate` runs once at the end of `finish()` and again on every LanguageChange.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsSection")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that shows nothing
        body = QWidget()
        body.setObjectName("settingsBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 3)
        self.column.setSpacing(SPACING * 2)
        self.title = PlainLabel()
        self.title.setObjectName("sectionTitle")
        self.column.addWidget(self.title)
        self.setWidget(body)

    def card(self, heading: QLabel | None = None) -> QVBoxLayout:
        """A rounded group; returns its layout."""
        frame = QFrame()
        frame.setObjectName("settingsCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        if heading is not None:
            heading.setObjectName("cardTitle")
            layout.addWidget(heading)
        self.column.addWidget(frame)
        return layout

    @staticmethod
    def form(parent: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow window a field goes under its label instead of past the right edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING)
        parent.addLayout(form)
        return form

    @staticmethod
    def hint() -> QLabel:
        label = PlainLabel()
        label.setObjectName("settingsHint")
        label.setWordWrap(True)
        return label

    error_label = staticmethod(error_label)

    @staticmethod
    def show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            label.setAccessibleName(text)

    def finish(self) -> None:
        self.column.addStretch(1)
        for choice in self.findChildren(QComboBox):
            # As wide as the room allows, not as the longest device name or language.
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(COMBO_MINIMUM_CHARACTERS)
        self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
