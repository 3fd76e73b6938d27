"""Traditional Chinese of how a call ended and its sound quality."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Call ended": "通話已結束",
    "Call ended · %s": "通話已結束 · %s",
    "Number not found": "查無此號碼",
    "No answer": "無人接聽",
    "Not reachable right now": "目前無法接通",
    "Incomplete number": "號碼不完整",
    "Busy": "忙線中",
    "Cancelled": "已取消",
    "No sound format in common": "沒有共通的音訊格式",
    "Service unavailable": "服務無法使用",
    "Declined": "已拒接",
    "Can't reach the server": "無法連線到伺服器",
    "Refused by the server": "遭伺服器拒絕",
    "Call failed (%1)": "通話失敗（%1）",
    "Good sound": "音質良好",
    "Fair sound": "音質普通",
    "Poor sound": "音質不佳",
    "Details": "詳細資料",
    "Close": "關閉",
    "Codec, jitter, packet loss and round-trip time": "編解碼器、抖動、封包遺失率和往返時間",
    "Call back": "回撥",
    "Add to contacts": "加入聯絡人",
    "Copy number": "複製號碼",
    "Delete from history": "從通話紀錄中刪除",
    "Double-click a call, or press Enter, to call back. Right-click for more.": (
        "按兩下通話或按 Enter 鍵即可回撥。按右鍵可看更多選項。"
    ),
}
