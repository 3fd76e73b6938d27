"""The question asked before a received program, script or shortcut is opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def program_warning(
    parent: QWidget | None, file_name: str, extension: str
) -> tuple[QMessageBox, QAbstractButton]:
    """The warning for `file_name` (its real `extension`, "" when its bytes gave it away)
    and its "Open anyway" button; Cancel is the default and the Escape button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name is the sender's
    box.setWindowTitle(QCoreApplication.translate("ProgramWarning", "Open a program?"))
    if extension:
        text = QCoreApplication.translate(
            "ProgramWarning", "“%1” is a program or a script (%2), not a document."
        ).replace("%2", extension)
    else:
        text = QCoreApplication.translate(
            "ProgramWarning", "“%1” is a program or a script, not a document."
        )
    box.setText(text.replace("%1", file_name))
    box.setInformativeText(
        QCoreApplication.translate(
            "ProgramWarning",
            "Opening it runs it on this computer, with your rights. Open it only if you"
            " expected it from someone you trust.",
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("ProgramWarning", "Open anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, open_button


def confirm_program(parent: QWidget | None, file_name: str, extension: str) -> bool:
    """Ask; True only when the user chose to open it anyway."""
    box, open_button = program_warning(parent, file_name, extension)
    box.exec()
    return box.clickedButton() is open_button
