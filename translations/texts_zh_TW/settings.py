"""Traditional Chinese of the settings page and the account editor."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Accounts": "帳號",
    "Audio": "音訊",
    "Network & security": "網路與安全性",
    "Files": "檔案",
    "Language & startup": "語言與啟動",
    "Settings sections": "設定類別",
    "Bound numbers": "已綁定的號碼",
    "No number bound yet. Bind your mobile number to make and receive calls here.": (
        "尚未綁定號碼。綁定您的手機號碼，就能在這裡撥打和接聽電話。"
    ),
    "Bind your number…": "綁定您的號碼…",
    "Edit…": "編輯…",
    "Remove": "移除",
    "Remove account": "移除帳號",
    "Stop receiving calls for %s on this computer? Its history is kept.": (
        "要停止在這台電腦上接聽 %s 的來電嗎？相關紀錄會保留。"
    ),
    "Delivery and read receipts and typing notices go only to people you have written to "
    "or called.": "送達回條、已讀回條和正在輸入的提示，只會傳給您傳過訊息或打過電話的人。",
    "Offline": "離線",
    "Not connected: %s": "未連線：%s",
    "%s is already bound.": "%s 已經綁定。",
    "%s is not bound.": "%s 尚未綁定。",
    "A password is needed.": "需要密碼。",
    "Edit account": "編輯帳號",
    "Your number": "您的號碼",
    "The mobile number your operator binds to this computer, with its country code.": (
        "電信業者綁定到這台電腦的手機號碼，須包含國碼。"
    ),
    "Number": "號碼",
    "Your name": "您的名字",
    "Shown to the people you call (optional)": "顯示給您撥打的對象（選填）",
    "Your operator's server": "電信業者的伺服器",
    "As given by your operator: a host name, and a port if needed.": (
        "依電信業者提供的資料填寫：主機名稱，必要時加上連接埠。"
    ),
    "Server": "伺服器",
    "Transport": "傳輸方式",
    "TLS (encrypted)": "TLS（加密）",
    "User name": "使用者名稱",
    "The number, unless your operator says otherwise": "預設為號碼，除非電信業者另有說明",
    "Check the server's certificate (recommended)": "驗證伺服器憑證（建議）",
    "Certificate authority file": "憑證授權單位檔案",
    "The system's certificates": "系統憑證",
    "Choose…": "選擇…",
    "Certificates (*.pem *.crt)": "憑證 (*.pem *.crt)",
    "These TLS settings apply to every account, after a restart.": (
        "這些 TLS 設定適用於所有帳號，重新啟動後生效。"
    ),
    "Certificates": "憑證",
    "Password and security": "密碼與安全性",
    "The password is kept in your system's keyring, nowhere else.": (
        "密碼只保存在系統的金鑰圈中，不會存放在其他地方。"
    ),
    "Password": "密碼",
    "Encrypted calls (SRTP)": "加密通話（SRTP）",
    "Encrypted calls": "加密通話",
    "Off": "關閉",
    "When the other side can (optional)": "對方支援時使用（選用）",
    "Always (calls fail without it)": "一律使用（不支援時通話失敗）",
    "Unchanged": "不變",
    "Test the registration": "測試註冊",
    "Jego tries to register with these settings before saving them.": (
        "Jego 會先用這些設定嘗試註冊，再儲存設定。"
    ),
    "Test registration": "測試註冊",
    "Save these settings even though the test failed": "即使測試失敗仍儲存這些設定",
    "%s on %s over %s": "%s，伺服器 %s，經由 %s",
    "Not tested yet.": "尚未測試。",
    "Registering with %s…": "正在向 %s 註冊…",
    "Registered: these settings work.": "註冊成功：這些設定可以使用。",
    "Registration failed: %s": "註冊失敗：%s",
    "the server did not answer in time": "伺服器未及時回應",
    "Type your mobile number.": "請輸入您的手機號碼。",
    "Type the number in international form, starting with + and the country code.": (
        "請以國際格式輸入號碼，以 + 和國碼開頭。"
    ),
    "This is not a valid international number.": "這不是有效的國際號碼。",
    "This is neither a phone number nor a SIP user name.": (
        "這既不是電話號碼，也不是 SIP 使用者名稱。"
    ),
    "Type the server your operator gave you.": "請輸入電信業者提供的伺服器。",
    "The port must be a number from 1 to 65535.": "連接埠必須是 1 到 65535 之間的數字。",
    "Type a host name or address, optionally followed by :port.": (
        "請輸入主機名稱或位址，後面可加上 :連接埠。"
    ),
    "This is too long.": "內容太長。",
    "This contains control characters.": "內容包含控制字元。",
    "The user name cannot contain spaces.": "使用者名稱不能包含空格。",
    "Type your password.": "請輸入您的密碼。",
    "An address cannot contain spaces.": "位址不能包含空格。",
    "This address is not valid.": "這個位址無效。",
    "The address must start with https:// or http://.": "位址必須以 https:// 或 http:// 開頭。",
    "The address has no server name.": "位址中沒有伺服器名稱。",
    "Type an IP address such as 192.168.1.20, or leave empty.": (
        "請輸入 IP 位址（例如 192.168.1.20），或留白。"
    ),
    "This file does not exist.": "這個檔案不存在。",
    "Devices": "裝置",
    "Microphone": "麥克風",
    "Input level": "輸入音量",
    "Speaker": "喇叭",
    "Ringer": "鈴聲裝置",
    "Look for devices again": "重新尋找裝置",
    "System default": "系統預設",
    "%s (not connected)": "%s（未連接）",
    "No sound: %s.": "沒有聲音：%s。",
    "A missing device is replaced by the system default until it is back.": (
        "裝置不在時改用系統預設裝置，直到它重新連接。"
    ),
    "Sound test": "聲音測試",
    "Check your microphone and speaker without calling anyone.": (
        "不必撥打電話，就能檢查麥克風和喇叭。"
    ),
    "Hear yourself": "聽聽自己的聲音",
    "Record 3 s and play back": "錄音 3 秒並播放",
    "The sound test cannot start: %s.": "無法開始聲音測試：%s。",
    "Speak: you should hear yourself. Use headphones to avoid feedback.": (
        "請說話：您應該會聽到自己的聲音。請使用耳機，以免產生回授雜音。"
    ),
    "Loopback stopped.": "已停止迴路測試。",
    "Recording for 3 seconds: say something…": "正在錄音 3 秒：請說點話…",
    "Playing back what was recorded…": "正在播放錄音…",
    "Done. If you heard your voice, your microphone and speaker work.": (
        "完成。如果您聽到自己的聲音，表示麥克風和喇叭運作正常。"
    ),
    "The microphone heard nothing: check it is connected and not muted.": (
        "麥克風沒有收到聲音：請確認它已連接且未靜音。"
    ),
    "Voice": "語音",
    "Echo cancellation": "回音消除",
    "Noise suppression": "降噪",
    "Ringtone": "鈴聲",
    "Ring for incoming calls": "來電時響鈴",
    "Volume": "音量",
    "Ringtone volume": "鈴聲音量",
    "Codecs": "編解碼器",
    "Offered to the other side in this order; untick a codec to never use it.": (
        "依此順序提供給對方；取消勾選的編解碼器將不會使用。"
    ),
    "The codecs are listed once the call engine runs.": "通話引擎啟動後會列出編解碼器。",
    "Codec order": "編解碼器順序",
    "Move up": "上移",
    "Move down": "下移",
    "Calling": "撥號",
    "Keypad tones": "按鍵音",
    "In the audio (RFC 4733)": "在音訊中（RFC 4733）",
    "As SIP INFO messages": "以 SIP INFO 訊息傳送",
    "Home country": "所在國家/地區",
    "Call a clicked phone link at once (no dial pad)": "按下電話連結後立即撥號（不經過撥號鍵盤）",
    "Clicked links follow this choice from the next start.": (
        "下次啟動後，按下的連結會依照這個設定處理。"
    ),
    "Network": "網路",
    "Listen on address": "監聽位址",
    "Every network interface": "所有網路介面",
    "Security": "安全性",
    "Encrypted calls for new accounts": "新帳號的加密通話",
    "Check TLS servers' certificates (recommended)": "驗證 TLS 伺服器憑證（建議）",
    "Certificate authorities": "憑證授權單位",
    "These settings take effect at the next start.": "這些設定會在下次啟動時生效。",
    "File-transfer server": "檔案傳輸伺服器",
    "Server address": "伺服器位址",
    "File-transfer server address": "檔案傳輸伺服器位址",
    "Pictures, voice messages and files are sent through it. Empty: none are sent.": (
        "圖片、語音訊息和檔案都透過它傳送。留白則不傳送。"
    ),
    "Downloads": "下載",
    "Download by itself up to": "自動下載上限",
    " MB": " MB",
    "Never": "永不",
    "Automatic download size limit": "自動下載大小上限",
    "Language": "語言",
    "System": "依照系統",
    "Startup": "啟動",
    "Start Jego when I log in": "登入時啟動 Jego",
    "Start hidden in the system tray": "啟動時隱藏在系統匣",
}
