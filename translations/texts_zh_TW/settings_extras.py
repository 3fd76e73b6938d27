"""Traditional Chinese of voice message formats, region names and sound device errors."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "Voice messages": "語音訊息",
    "Send them as": "傳送格式",
    "Ogg Opus — standard": "Ogg Opus — 標準格式",
    "Matroska — for Linphone": "Matroska — 適用於 Linphone",
    "Voice message format": "語音訊息格式",
    "Linphone plays only Matroska voice messages; most other apps want Ogg.": (
        "Linphone 只能播放 Matroska 格式的語音訊息；其他大多數 App 需要 Ogg。"
    ),
    "Ascension Island": "阿森松島",
    "Tristan da Cunha": "特里斯坦達庫尼亞",
    "Samoa": "薩摩亞",
    "Kosovo": "科索沃",
    "no sound device was found": "找不到音訊裝置",
    "no microphone was found": "找不到麥克風",
    "no speaker was found": "找不到喇叭",
    "echo cancellation is unavailable: the pywebrtc-audio package is missing": (
        "無法使用回音消除：缺少 pywebrtc-audio 套件"
    ),
    "server error (%1)": "伺服器錯誤（%1）",
    "the PortAudio library is missing (%1)": "缺少 PortAudio 程式庫（%1）",
    "the sound system did not answer (%1)": "音訊系統沒有回應（%1）",
    "echo cancellation failed and is off (%1)": "回音消除發生錯誤，已關閉（%1）",
    "echo cancellation failed to start (%1)": "無法啟動回音消除（%1）",
    "the microphone did not start (%1)": "麥克風未能啟動（%1）",
    "the speaker did not start (%1)": "喇叭未能啟動（%1）",
    "the microphone “%1” cannot be opened (%2)": "無法開啟麥克風「%1」（%2）",
    "the speaker “%1” cannot be opened (%2)": "無法開啟喇叭「%1」（%2）",
    "the microphone “%1” delivers no sound": "麥克風「%1」沒有聲音",
    "the microphone “%1” is not connected; using the system default (%2)": (
        "麥克風「%1」未連接；改用系統預設裝置（%2）"
    ),
    "the speaker “%1” is not connected; using the system default (%2)": (
        "喇叭「%1」未連接；改用系統預設裝置（%2）"
    ),
    "the microphone “%1” is not connected": "麥克風「%1」未連接",
    "the speaker “%1” is not connected": "喇叭「%1」未連接",
    "the recording cannot be written (%1)": "無法寫入錄音（%1）",
    "the microphone cannot be opened (%1)": "無法開啟麥克風（%1）",
    "the speaker cannot be opened (%1)": "無法開啟喇叭（%1）",
    "the voice message cannot be decoded (%1)": "無法解碼語音訊息（%1）",
    "the voice message cannot be read (%1)": "無法讀取語音訊息（%1）",
    "the recording failed (%1)": "錄音失敗（%1）",
}
