"""Words and times shown in chats: day headings, message times, previews, file sizes."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from jego_desktop.domain.conversations import MessagePreview
from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE
from jego_desktop.domain.message_formats import RECALLED


def day_heading(day: datetime.date, today: datetime.date | None = None) -> str:
    """'Today', 'Yesterday', or the date in the user's language."""
    today = today or datetime.date.today()
    if day == today:
        return QCoreApplication.translate("ChatText", "Today")
    if day == today - datetime.timedelta(days=1):
        return QCoreApplication.translate("ChatText", "Yesterday")
    date = QDate(day.year, day.month, day.day)
    if day.year == today.year:
        return QLocale().toString(date, QCoreApplication.translate("ChatText", "dddd d MMMM"))
    return QLocale().toString(date, QLocale.FormatType.LongFormat)


def clock_time(timestamp: float) -> str:
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(timestamp)).time(), QLocale.FormatType.ShortFormat
    )


def list_time(timestamp: float, now: float | None = None) -> str:
    """For the conversation list: the time today, the weekday this week, else the date."""
    when = QDateTime.fromSecsSinceEpoch(int(timestamp))
    current = QDateTime.currentDateTime() if now is None else QDateTime.fromSecsSinceEpoch(int(now))
    days = when.date().daysTo(current.date())
    locale = QLocale()
    if days <= 0:
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    if days == 1:
        return QCoreApplication.translate("ChatText", "Yesterday")
    if days < 7:
        return locale.dayName(when.date().dayOfWeek(), QLocale.FormatType.ShortFormat)
    return locale.toString(when.date(), QLocale.FormatType.ShortFormat)


def preview_text(preview: MessagePreview | None, outgoing_prefix: bool = True) -> str:
    """One line for the list: the text, or what kind of file was sent."""
    if preview is None:
        return QCoreApplication.translate("ChatText", "No messages yet")
    if preview.content_type == RECALLED:
        return QCoreApplication.translate("ChatText", "Message taken back")
    if preview.has_attachments or preview.content_type.startswith(FT_HTTP_CONTENT_TYPE):
        text = QCoreApplication.translate("ChatText", "File")
    elif preview.content_type.lower().startswith("text/"):
        text = " ".join(preview.text.split())
    else:
        text = QCoreApplication.translate("ChatText", "Message")
    if outgoing_prefix and preview.direction.value == "outgoing":
        return QCoreApplication.translate("ChatText", "You: %1").replace("%1", text)
    return text


def file_size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def duration_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
