"""Traditional Chinese (Taiwan, Hong Kong) of voicemail and of files dropped or pasted."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Voicemail number…": "語音信箱號碼…",
    "Voicemail number": "語音信箱號碼",
    "The number or SIP address that reaches the voicemail of %1. Leave it empty to use "
    "the one your operator announces.": (
        "可連到 %1 語音信箱的號碼或 SIP 位址。留空即使用電信業者提供的號碼。"
    ),
    "Files to send: %s": "要傳送的檔案：%s",
    "Send": "傳送",
    "Send these files": "傳送這些檔案",
    "Remove all": "全部移除",
    "Remove %1": "移除 %1",
    "At most %1 files can be sent at once.": "一次最多只能傳送 %1 個檔案。",
    "Only files can be sent, not “%1”.": "只能傳送檔案，無法傳送「%1」。",
    "The pasted picture is too large to send.": "貼上的圖片太大，無法傳送。",
    "The pasted picture could not be kept for sending.": "無法保留貼上的圖片以供傳送。",
    "New voicemails: %s": "新的語音留言：%s",
    "Call voicemail": "撥打語音信箱",
    "No voicemail number yet": "尚未設定語音信箱號碼",
    "No new voicemail": "沒有新的語音留言",
}
