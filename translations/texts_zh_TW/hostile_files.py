"""Traditional Chinese of received files that are programs or not what they claim."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "the voice message is longer than 10 minutes, the longest this app plays": (
        "語音訊息超過 10 分鐘，超出本程式可播放的最長時間"
    ),
    "this file is not a sound format we know": "這個檔案不是已知的音訊格式",
    "Open a program?": "要開啟程式嗎？",
    "“%1” is a program or a script (%2), not a document.": "「%1」是程式或指令碼（%2），不是文件。",
    "“%1” is a program or a script, not a document.": "「%1」是程式或指令碼，不是文件。",
    "Opening it runs it on this computer, with your rights. Open it only if you expected "
    "it from someone you trust.": (
        "開啟它就會以您的權限在這台電腦上執行它。只有在您預期會收到，且對方是您信任的人時才開啟。"
    ),
    "Open anyway": "仍要開啟",
}
