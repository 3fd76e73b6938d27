"""The words of a reply's quote and of a taken-back message, in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.messages import Message, MessageDirection, Quote


def quote_author(quote: Quote, peer_name: str) -> str:
    if quote.direction is MessageDirection.OUTGOING:
        return QCoreApplication.translate("Quote", "You")
    return peer_name or QCoreApplication.translate("Quote", "Them")


def quote_line(quote: Quote) -> str:
    if quote.recalled:
        return QCoreApplication.translate("Quote", "A message taken back")
    if quote.file_name:
        return "📎 " + quote.file_name
    return quote.first_line


def recalled_notice(message: Message, peer_name: str) -> str:
    if message.direction is MessageDirection.OUTGOING:
        return QCoreApplication.translate("Quote", "You took back a message")
    name = peer_name or QCoreApplication.translate("Quote", "Your contact")
    return QCoreApplication.translate("Quote", "%1 took back a message").replace("%1", name)
