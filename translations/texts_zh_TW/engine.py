"""Traditional Chinese of the registration states and errors the engine reports."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "registered": "已註冊",
    "registering": "註冊中…",
    "removed": "已移除",
    "wrong user name or password": "使用者名稱或密碼錯誤",
    "forbidden by the server": "遭伺服器拒絕",
    "this number is unknown to the server": "伺服器不認得這個號碼",
    "server unreachable": "無法連線到伺服器",
    "the server refused the registration interval": "伺服器拒絕了註冊間隔時間",
    "another check is running": "另一項檢查正在進行中",
}
