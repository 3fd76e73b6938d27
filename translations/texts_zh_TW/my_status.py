"""Traditional Chinese of my status (online, away, do not disturb, invisible)."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Online": "上線",
    "Away": "離開",
    "Do not disturb": "勿擾",
    "Invisible": "隱藏",
    "busy": "忙碌",
    "Your contacts see you online.": "聯絡人會看到您在線上。",
    "Your contacts see you away; calls still ring.": "聯絡人會看到您離開；來電仍會響鈴。",
    "Calls are declined as busy and listed as missed.": "來電會以忙線拒接，並列為未接來電。",
    "You appear offline; calls and messages still reach you.": "您顯示為離線；仍會收到來電和訊息。",
    "My status: %s": "我的狀態：%s",
    "Missed: you were on Do not disturb": "未接：您當時處於勿擾模式",
    "Missed call from %s while on Do not disturb": "勿擾模式期間來自 %s 的未接來電",
}
