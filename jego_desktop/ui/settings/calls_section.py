"""Calls: codec order, DTMF method, what a clicked link does, and the home country."""

from __future__ import annotations

from typing import Any

import phonenumbers
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.models.settings.region_names import sorted_region_names
from jego_desktop.models.settings.settings_codecs import CodecOrderModel
from jego_desktop.models.settings.settings_values import (
    CALL_LINKS_AT_ONCE,
    DTMF_METHOD,
    HOME_REGION,
    AppSettings,
)
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.translations import current_language
from jego_desktop.ui.wrapping_check_box import WrappingCheckBox


class CallsSection(Section):
    """Signals: home_region_changed(str): the user chose another home country."""

    home_region_changed = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._services: SettingsServices | None = None
        self.codecs = CodecOrderModel(self)

        self.codecs_title = PlainLabel()
        codecs = self.card(self.codecs_title)
        self.codecs_hint = self.hint()
        codecs.addWidget(self.codecs_hint)
        row = QHBoxLayout()
        self.codec_list = QListView()
        self.codec_list.setObjectName("codecList")
        self.codec_list.setModel(self.codecs)
        self.codec_list.setMinimumHeight(180)
        row.addWidget(self.codec_list, 1)
        arrows = QVBoxLayout()
        self.up_button = QPushButton()
        self.up_button.setObjectName("codecUp")
        self.down_button = QPushButton()
        self.down_button.setObjectName("codecDown")
        arrows.addWidget(self.up_button)
        arrows.addWidget(self.down_button)
        arrows.addStretch(1)
        row.addLayout(arrows)
        codecs.addLayout(row)
        self.codecs_empty = self.hint()
        codecs.addWidget(self.codecs_empty)

        self.calls_title = PlainLabel()
        calls = self.card(self.calls_title)
        form = self.form(calls)
        self.dtmf = QComboBox()
        self.dtmf.setObjectName("dtmfChoice")
        self.dtmf.addItem("", DtmfMethod.RFC4733)
        self.dtmf.addItem("", DtmfMethod.SIP_INFO)
        self.dtmf.setCurrentIndex(self.dtmf.findData(settings.dtmf_method()))
        self.dtmf_label = PlainLabel()
        form.addRow(self.dtmf_label, self.dtmf)
        self.region = QComboBox()
        self.region.setObjectName("regionChoice")
        self.region_label = PlainLabel()
        form.addRow(self.region_label, self.region)
        self._regions_language = ""  # the language the country list is in
        self.links_at_once = WrappingCheckBox()
        self.links_at_once.setChecked(settings.call_links_at_once())
        calls.addWidget(self.links_at_once)
        self.restart_hint = self.hint()
        calls.addWidget(self.restart_hint)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.codecs.order_changed.connect(self._on_order_changed)
        self.codecs.modelReset.connect(self._update_codec_buttons)
        self.codec_list.selectionModel().currentChanged.connect(
            lambda *_: self._update_codec_buttons()
        )
        self.dtmf.currentIndexChanged.connect(
            lambda: settings.set(DTMF_METHOD, self.dtmf.currentData().value)
        )
        self.region.currentIndexChanged.connect(self._on_region_chosen)
        self.links_at_once.toggled.connect(lambda on: settings.set(CALL_LINKS_AT_ONCE, on))
        self.finish()
        self._update_codec_buttons()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Calls"))
        self.codecs_title.setText(self.tr("Codecs"))
        self.codecs_hint.setText(
            self.tr("Offered to the other side in this order; untick a codec to never use it.")
        )
        self.codecs_empty.setText(self.tr("The codecs are listed once the call engine runs."))
        self.codec_list.setAccessibleName(self.tr("Codec order"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.calls_title.setText(self.tr("Calling"))
        self.dtmf_label.setText(self.tr("Keypad tones"))
        self.dtmf.setItemText(0, self.tr("In the audio (RFC 4733)"))
        self.dtmf.setItemText(1, self.tr("As SIP INFO messages"))
        self.dtmf.setAccessibleName(self.tr("Keypad tones"))
        self.region_label.setText(self.tr("Home country"))
        self.region.setAccessibleName(self.tr("Home country"))
        self._fill_regions()
        self.region.setItemText(0, self.tr("From my number, else the system's language"))
        self.links_at_once.setText(self.tr("Call a clicked phone link at once (no dial pad)"))
        self.restart_hint.setText(self.tr("Clicked links follow this choice from the next start."))

    def _fill_regions(self) -> None:
        """List the countries in the language on screen, in its alphabetical order."""
        language = current_language()
        if language == self._regions_language:
            return
        self._regions_language = language
        wanted = str(self.region.currentData() or "") or self._settings.home_region()
        # The calling codes from this table, not country_code_for_region(): that one loads
        # the metadata of every region (a quarter of a second).
        calling_codes = {
            region: code
            for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items()
            for region in regions
        }
        entries = sorted_region_names(phonenumbers.SUPPORTED_REGIONS, language)
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem("", "")
        for name, region in entries:
            self.region.addItem(f"{name} (+{calling_codes.get(region, '?')})", region)
        self.region.setCurrentIndex(max(0, self.region.findData(wanted)))
        self.region.blockSignals(False)

    def _on_region_chosen(self) -> None:
        code = str(self.region.currentData() or "")
        self._settings.set(HOME_REGION, code)
        self.home_region_changed.emit(code)

    # ----- codecs -----------------------------------------------------------------------------

    def connect_services(self, services: SettingsServices) -> None:
        self._services = services
        services.engine.codecs_listed.connect(self.on_codecs_listed)

    @Slot(object)
    def on_codecs_listed(self, event: Any) -> None:
        current = self.codecs.codec(self.codec_list.currentIndex().row())
        self.codecs.set_codecs((info.codec_id, info.priority) for info in event.codecs)
        for row in range(self.codecs.rowCount()):
            if self.codecs.codec(row) == current:
                self.codec_list.setCurrentIndex(self.codecs.index(row))
        self._update_codec_buttons()

    def _move(self, step: int) -> None:
        row = self.codec_list.currentIndex().row()
        if row < 0:
            return
        moved = self.codecs.move(row, step)
        self.codec_list.setCurrentIndex(self.codecs.index(moved))

    def _on_order_changed(self, order: list[str]) -> None:
        self._settings.set_codec_order(order)
        if self._services is not None:
            self._services.engine.set_codec_priorities(order)
        self._update_codec_buttons()

    def _update_codec_buttons(self) -> None:
        row = self.codec_list.currentIndex().row()
        count = self.codecs.rowCount()
        self.codecs_empty.setVisible(count == 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
