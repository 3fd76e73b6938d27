"""Traditional Chinese of names and numbers typed to call or write."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Number or name": "號碼或名稱",
    "From my number, else the system's language": "依我的號碼，否則依系統語言",
    "Number, name or name@server": "號碼、名稱或 名稱@伺服器",
    "Not a number or a name: type a number or name@server.": (
        "這不是號碼或名稱：請輸入號碼或 名稱@伺服器。"
    ),
    "Bind your number in Settings to call a name, or type name@server.": (
        "請在「設定」中綁定您的號碼才能撥打名稱，或輸入 名稱@伺服器。"
    ),
}
