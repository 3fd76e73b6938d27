"""Traditional Chinese of keypad tones that could not be sent."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "The other side refused the keypad tones “%1” (%2).": "對方拒絕了按鍵音「%1」（%2）。",
    "The keypad tones “%1” could not be sent: this call carries none.": (
        "無法傳送按鍵音「%1」：這通電話不支援按鍵音。"
    ),
}
