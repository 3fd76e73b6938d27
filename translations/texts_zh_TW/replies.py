"""Traditional Chinese (Taiwan, Hong Kong) of replies, forwarding, delete, take back and
clearing the call history."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Delete every call from the history?": "要刪除通話紀錄中的所有通話嗎？",
    "Clear history": "清除紀錄",
    "Missed only": "僅未接來電",
    "Show only missed calls, or every call": "只顯示未接來電，或顯示所有通話",
    "Clear…": "清除…",
    "Delete every call from the history": "刪除通話紀錄中的所有通話",
    "No missed calls": "沒有未接來電",
    "Calls you missed will be listed here.": "您錯過的來電會列在這裡。",
    "%1 was not forwarded: it is no longer on this computer.": "未轉寄 %1：檔案已不在這台電腦上。",
    "Message taken back": "訊息已收回",
    "This message cannot be taken back any more.": "這則訊息已無法收回。",
    "The message could not be taken back: the other phone was not reached.": (
        "無法收回訊息：連不到對方的電話。"
    ),
    "The message was not forwarded: %1": "訊息未轉寄：%1",
    "Delete this message from this computer? The other person keeps their copy.": (
        "要從這台電腦刪除這則訊息嗎？對方仍會保留他們的副本。"
    ),
    "Delete this whole conversation from this computer? The other person keeps their copy.": (
        "要從這台電腦刪除整個對話嗎？對方仍會保留他們的副本。"
    ),
    "Delete conversation…": "刪除對話…",
    "Conversation deleted": "對話已刪除",
    "Message deleted": "訊息已刪除",
    "Reply": "回覆",
    "Forward…": "轉寄…",
    "Delete for me…": "為我刪除…",
    "Take back (only in the first 2 minutes)": "收回（僅限傳送後 2 分鐘內）",
    "Take back (their phone cannot be told)": "收回（無法通知對方的電話）",
    "Take back (not sent: delete it instead)": "收回（尚未傳送：請改為刪除）",
    "Take back (not connected)": "收回（未連線）",
    "Take back": "收回",
    "yourself": "您自己",
    "Forward to…": "轉寄給…",
    "Or a number, name or name@server": "或輸入號碼、名稱或 名稱@伺服器",
    "Forward": "轉寄",
    "You": "您",
    "Them": "對方",
    "A message taken back": "一則已收回的訊息",
    "You took back a message": "您收回了一則訊息",
    "Your contact": "您的聯絡人",
    "%1 took back a message": "%1 收回了一則訊息",
    "Replying to %1": "回覆 %1",
    "Cancel the reply": "取消回覆",
    "Undo": "復原",
}
