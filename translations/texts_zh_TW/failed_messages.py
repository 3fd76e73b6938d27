"""Traditional Chinese of messages that were not sent, and why."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Still not sent (%1). Click to retry": "仍未傳送（%1）。按一下重試",
    "Still not sent. Click to retry": "仍未傳送。按一下重試",
    "Last message not sent": "最後一則訊息未傳送",
    "could not be sent": "無法傳送",
    "refused by the server": "遭伺服器拒絕",
    "unknown user": "查無此使用者",
    "no answer (timed out)": "沒有回應（逾時）",
    "too large for the server": "對伺服器來說太大",
    "the recipient cannot show this kind of message": "對方無法顯示這類訊息",
    "not reachable": "無法聯繫",
    "not accepted by the recipient": "對方不接受",
    "service unavailable": "服務無法使用",
    "declined": "已拒絕",
    "the account was removed before the server answered": "伺服器回應前帳號已被移除",
    "the account is not set up": "帳號尚未設定",
    "could not be sent: %1": "無法傳送：%1",
    "the recipient could not take it (%1)": "對方無法接收（%1）",
}
