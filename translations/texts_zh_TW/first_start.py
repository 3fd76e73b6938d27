"""Traditional Chinese of the first start: the password, no keyring, how to quit."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Password for %s": "%s 的密碼",
    "Enter the password of %s on %s to receive calls and messages.": (
        "請輸入 %s 在 %s 上的密碼，才能接聽來電和接收訊息。"
    ),
    "This computer has no keyring, so Jego keeps the password in memory until you quit "
    "and asks for it at each start. To be asked no more, install a keyring (Secret "
    "Service, such as GNOME Keyring, or KWallet), then enter the password again in "
    "Settings, Accounts, Edit.": (
        "這台電腦沒有金鑰圈，因此 Jego 只把密碼保存在記憶體中直到您結束程式，每次啟動都會"
        "再詢問一次。若不想再輸入，請安裝金鑰圈（Secret Service，例如 GNOME Keyring，或 "
        "KWallet），然後在「設定 › 帳號 › 編輯」中重新輸入密碼。"
    ),
    "Your keyring does not have this password: Jego keeps it there once given.": (
        "您的金鑰圈中沒有這個密碼：輸入後 Jego 會將它保存在那裡。"
    ),
    "Connect": "連線",
    "Not now": "稍後再說",
    "No number yet": "尚無號碼",
    "This computer has no keyring: the password is kept in memory until you quit, and "
    "asked for at each start.": (
        "這台電腦沒有金鑰圈：密碼只保存在記憶體中直到您結束程式，每次啟動時都會再詢問。"
    ),
    "Quit Jego": "結束 Jego",
    "Menu": "選單",
    "Bind your number to be reachable; then your status shows here.": (
        "綁定您的號碼，別人才能聯絡到您；之後您的狀態會顯示在這裡。"
    ),
    "Calls and messages still reach you. Quit from the tray icon's menu or with Ctrl+Q.": (
        "您仍會收到來電和訊息。可從系統匣圖示的選單或按 Ctrl+Q 結束程式。"
    ),
}
