"""Traditional Chinese (Taiwan, Hong Kong) of the network settings for home routers (NAT)."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Type a server name such as stun.example.org:3478.": (
        "請輸入伺服器名稱，例如 stun.example.org:3478。"
    ),
    "Connection lost": "連線中斷",
    "The keyring refused the password; it is not saved.": "金鑰圈拒絕了密碼；密碼未儲存。",
    "Saved in the keyring": "已儲存在金鑰圈中",
    "Not set": "未設定",
    "Crossing routers (NAT)": "穿越路由器（NAT）",
    "STUN server": "STUN 伺服器",
    "None": "無",
    "Use ICE to find a path for the sound (recommended)": "使用 ICE 為聲音尋找路徑（建議）",
    "TURN relay server": "TURN 中繼伺服器",
    "TURN transport": "TURN 傳輸方式",
    "TURN user name": "TURN 使用者名稱",
    "TURN password": "TURN 密碼",
    "Keep-alive every": "保持連線間隔",
    "Keep-alive interval in seconds": "保持連線間隔（秒）",
    " s": " 秒",
    "Use the public address the server sees (for home routers)": (
        "使用伺服器看到的公開位址（適用於家用路由器）"
    ),
}
