"""The dialog that adds or edits a contact: name, numbers with their kind, addresses, notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.addresses import InvalidTargetError, to_sip_uri
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

PHONE_KINDS = ("cell", "home", "work", "")  # as vCard TEL TYPE values


def kind_name(kind: str) -> str:
    """'cell' -> 'Mobile' in the user's language; unknown kinds as written."""
    names = {
        "cell": QCoreApplication.translate("PhoneKind", "Mobile"),
        "home": QCoreApplication.translate("PhoneKind", "Home"),
        "work": QCoreApplication.translate("PhoneKind", "Work"),
        "": QCoreApplication.translate("PhoneKind", "Other"),
    }
    return names.get(kind, kind)


class PhoneRow(QWidget):
    """One number: the number, its kind and a remove button."""

    def __init__(self, phone: PhoneNumber, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit(phone.number)
        self.number.setPlaceholderText(self.tr("Phone number"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of number"))
        kinds = list(PHONE_KINDS)
        if phone.label not in kinds:
            kinds.insert(0, phone.label)
        for kind in kinds:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(kinds.index(phone.label))
        self.remove = QToolButton()
        self.remove.setIcon(icon("delete", QColor(palette.muted), 18))
        self.remove.setToolTip(self.tr("Remove this number"))
        self.remove.setAccessibleName(self.tr("Remove this number"))
        self.remove.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.kind)
        row.addWidget(self.remove)

    def phone(self) -> PhoneNumber | None:
        number = self.number.text().strip()
        return PhoneNumber(number, str(self.kind.currentData() or "")) if number else None


class ContactEditor(QDialog):
    """Edit a copy of `contact` (a new one when it has no id); `result_contact()` after OK."""

    def __init__(
        self, contact: Contact | None, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self._original = contact or Contact(display_name="")
        self._palette = palette
        self.setMinimumWidth(440)

        self.name = QLineEdit(self._original.display_name)
        self.organization = QLineEdit(self._original.organization)
        self.sip_uri = QLineEdit(self._original.sip_uri)
        self.sip_uri.setPlaceholderText("sip:name@example.org")
        self.email = QLineEdit(self._original.email)
        self.email.setPlaceholderText("name@example.org")
        self.notes = QPlainTextEdit(self._original.notes)
        self.notes.setFixedHeight(72)
        self.favourite = QCheckBox()
        self.favourite.setChecked(self._original.favourite)
        self.problem = PlainLabel()
        self.problem.setObjectName("dialMessage")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.phone_rows: list[PhoneRow] = []
        self._phones_box = QVBoxLayout()
        self._phones_box.setSpacing(SPACING // 2)
        self.add_number = QPushButton()
        self.add_number.setIcon(icon("add", QColor(palette.accent), 18))
        self.add_number.setFlat(True)
        self.add_number.setObjectName("addNumber")
        self.add_number.clicked.connect(lambda: self.add_phone_row(PhoneNumber("", "cell")))
        for phone in self._original.phones or (PhoneNumber("", "cell"),):
            self.add_phone_row(phone)
        phones = QWidget()
        phones_column = QVBoxLayout(phones)
        phones_column.setContentsMargins(0, 0, 0, 0)
        phones_column.addLayout(self._phones_box)
        phones_column.addWidget(self.add_number, 0, Qt.AlignmentFlag.AlignLeft)

        self._labels = {
            key: PlainLabel() for key in ("name", "organization", "phones", "sip", "email", "notes")
        }
        self._form = QFormLayout()
        self._form.setSpacing(SPACING)
        self._form.addRow(self._labels["name"], self.name)
        self._form.addRow(self._labels["organization"], self.organization)
        self._form.addRow(self._labels["phones"], phones)
        self._form.addRow(self._labels["sip"], self.sip_uri)
        self._form.addRow(self._labels["email"], self.email)
        self._form.addRow(self._labels["notes"], self.notes)
        self._form.addRow("", self.favourite)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_save)

        column = QVBoxLayout(self)
        column.setContentsMargins(SPACING * 3, SPACING * 3, SPACING * 3, SPACING * 2)
        column.setSpacing(SPACING * 2)
        column.addLayout(self._form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self._retranslate()
        self._update_save()
        self.name.setFocus()

    def add_phone_row(self, phone: PhoneNumber) -> PhoneRow:
        row = PhoneRow(phone, self._palette)
        row.remove.clicked.connect(lambda: self._remove_phone_row(row))
        self.phone_rows.append(row)
        self._phones_box.addWidget(row)
        return row

    def _remove_phone_row(self, row: PhoneRow) -> None:
        self.phone_rows.remove(row)
        row.deleteLater()

    def _retranslate(self) -> None:
        is_new = self._original.id is None
        self.setWindowTitle(self.tr("New contact") if is_new else self.tr("Edit contact"))
        labels = (
            ("name", self.name, self.tr("Name")),
            ("organization", self.organization, self.tr("Organisation")),
            ("sip", self.sip_uri, self.tr("SIP address")),
            ("email", self.email, self.tr("E-mail")),
            ("notes", self.notes, self.tr("Notes")),
        )
        for key, field, text in labels:
            self._labels[key].setText(text)
            self._labels[key].setBuddy(field)
            field.setAccessibleName(text)
        self._labels["phones"].setText(self.tr("Numbers"))
        self.favourite.setText(self.tr("Favourite"))
        self.add_number.setText(self.tr("Add a number"))
        self.name.setPlaceholderText(self.tr("First and last name"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_save(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            super().accept()

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("A contact needs a name.")
        address = self.sip_uri.text().strip()
        if address:
            try:
                to_sip_uri(address, None)
            except InvalidTargetError:
                return self.tr("This is not a valid SIP address.")
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            return self.tr("This is not a valid e-mail address.")
        return ""

    def result_contact(self) -> Contact:
        """The contact as edited (with the original's id and name parts)."""
        name = self.name.text().strip()
        keep_parts = name == self._original.display_name
        address = self.sip_uri.text().strip()
        if address and not address.lower().startswith(("sip:", "sips:")):
            address = f"sip:{address}"
        return dataclasses.replace(
            self._original,
            display_name=name,
            given_name=self._original.given_name if keep_parts else "",
            family_name=self._original.family_name if keep_parts else "",
            organization=self.organization.text().strip(),
            phones=tuple(p for p in (row.phone() for row in self.phone_rows) if p is not None),
            sip_uri=address,
            email=self.email.text().strip(),
            notes=self.notes.toPlainText().strip(),
            favourite=self.favourite.isChecked(),
        )
