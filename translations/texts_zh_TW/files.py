"""Traditional Chinese of files and voice messages in chats."""

# source: Traditional Chinese
TEXTS: dict[str, str] = {
    "“%1” is not a file that can be sent.": "「%1」不是可以傳送的檔案。",
    "“%1” cannot be read: %2": "無法讀取「%1」：%2",
    "The voice message cannot be read: %1": "無法讀取語音訊息：%1",
    "This file has no download address.": "這個檔案沒有下載位址。",
    "Files cannot be sent: no file-transfer server is set. Add its address in Settings, "
    "under Files.": (
        "無法傳送檔案：尚未設定檔案傳輸伺服器。請在「設定」的「檔案」中加入它的位址。"
    ),
    "The file to send is no longer in the profile folder.": "要傳送的檔案已不在設定檔資料夾中。",
    "No file-transfer server is set.": "尚未設定檔案傳輸伺服器。",
    "The file cannot be sent: %1": "無法傳送這個檔案：%1",
    "“%1” could not be downloaded: %2": "無法下載「%1」：%2",
    "“%1” was not sent: %2": "「%1」未傳送：%2",
    "This voice message is in a sound format this app cannot play.": (
        "這則語音訊息的音訊格式無法在本程式中播放。"
    ),
    "This voice message cannot be played here: %1": "這則語音訊息無法在這裡播放：%1",
    "This voice message cannot be played: %1": "無法播放這則語音訊息：%1",
    "Recording cannot start: %1": "無法開始錄音：%1",
    "The voice message was not recorded: %1": "語音訊息未錄製：%1",
    "Discard the voice message": "捨棄語音訊息",
    "Send the voice message": "傳送語音訊息",
    "Microphone level": "麥克風音量",
    "Length of the recording": "錄音長度",
    "The file server cannot be reached.": "無法連線到檔案伺服器。",
    "The file server refused the account's user name or password.": (
        "檔案伺服器拒絕了這個帳號的使用者名稱或密碼。"
    ),
    "The file does not have the size it was announced with; it was not kept.": (
        "檔案大小與宣告的不符，因此未保留。"
    ),
    "The download was cut off before the end; nothing was kept.": (
        "下載在完成前中斷，未保留任何內容。"
    ),
    "The file is larger than this app downloads, or than the free disk space.": (
        "檔案超過本程式可下載的大小，或超過可用的磁碟空間。"
    ),
    "The file's content is not what it was announced as; it was not kept.": (
        "檔案內容與宣告的類型不符，因此未保留。"
    ),
    "The file is no longer available on the server.": "伺服器上已沒有這個檔案。",
    "The file server refused the transfer (error %1).": "檔案伺服器拒絕了傳輸（錯誤 %1）。",
    "The file server's answer was not understood.": "無法解讀檔案伺服器的回應。",
    "Cancelled.": "已取消。",
    "%1 has sent many files lately": "%1 最近傳送了很多檔案",
    "received files have reached their space limit": "已接收的檔案已達空間上限",
    "“%1” was not downloaded automatically: %2. Click it to download it.": (
        "「%1」未自動下載：%2。按一下即可下載。"
    ),
    "To make room for new files, files downloaded automatically and never opened were "
    "removed (%1); click one to download it again.": (
        "為了騰出空間給新檔案，已移除自動下載但從未開啟的檔案（%1 個）；按一下檔案即可重新下載。"
    ),
    "The file is on a local or private address, which a message may not make this app "
    "reach; it was not downloaded.": (
        "這個檔案位於本機或私人網路位址，訊息不能讓本程式連線到這類位址；因此未下載。"
    ),
    "The download took too long and was stopped; nothing was kept.": (
        "下載時間過長，已停止；未保留任何內容。"
    ),
    "Click to download from %1": "按一下從 %1 下載",
}
