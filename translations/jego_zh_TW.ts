<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountEditor</name>
    <message>
        <source>A password is needed.</source>
        <translation>需要密碼。</translation>
    </message>
    <message>
        <source>%s is already bound.</source>
        <translation>%s 已經綁定。</translation>
    </message>
    <message>
        <source>%s is not bound.</source>
        <translation>%s 尚未綁定。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Type your mobile number.</source>
        <translation>請輸入您的手機號碼。</translation>
    </message>
    <message>
        <source>Type the number in international form, starting with + and the country code.</source>
        <translation>請以國際格式輸入號碼，以 + 和國碼開頭。</translation>
    </message>
    <message>
        <source>This is not a valid international number.</source>
        <translation>這不是有效的國際號碼。</translation>
    </message>
    <message>
        <source>This is neither a phone number nor a SIP user name.</source>
        <translation>這既不是電話號碼，也不是 SIP 使用者名稱。</translation>
    </message>
    <message>
        <source>Type the server your operator gave you.</source>
        <translation>請輸入電信業者提供的伺服器。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Type a host name or address, optionally followed by :port.</source>
        <translation>請輸入主機名稱或位址，後面可加上 :連接埠。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>內容太長。</translation>
    </message>
    <message>
        <source>This contains control characters.</source>
        <translation>內容包含控制字元。</translation>
    </message>
    <message>
        <source>The user name cannot contain spaces.</source>
        <translation>使用者名稱不能包含空格。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>請輸入您的密碼。</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>上線</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Not connected: %s</source>
        <translation>未連線：%s</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Edit account</source>
        <translation>編輯帳號</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>綁定您的號碼</translation>
    </message>
    <message>
        <source>Registering with %s…</source>
        <translation>正在向 %s 註冊…</translation>
    </message>
    <message>
        <source>Registered: these settings work.</source>
        <translation>註冊成功：這些設定可以使用。</translation>
    </message>
    <message>
        <source>Registration failed: %s</source>
        <translation>註冊失敗：%s</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Bound numbers</source>
        <translation>已綁定的號碼</translation>
    </message>
    <message>
        <source>No number bound yet. Bind your mobile number to make and receive calls here.</source>
        <translation>尚未綁定號碼。綁定您的手機號碼，就能在這裡撥打和接聽電話。</translation>
    </message>
    <message>
        <source>Bind your number…</source>
        <translation>綁定您的號碼…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Voicemail number…</source>
        <translation>語音信箱號碼…</translation>
    </message>
    <message>
        <source>Delivery and read receipts and typing notices go only to people you have written to or called.</source>
        <translation>送達回條、已讀回條和正在輸入的提示，只會傳給您傳過訊息或打過電話的人。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <source>Stop receiving calls for %s on this computer? Its history is kept.</source>
        <translation>要停止在這台電腦上接聽 %s 的來電嗎？相關紀錄會保留。</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>語音信箱號碼</translation>
    </message>
    <message>
        <source>The number or SIP address that reaches the voicemail of %1. Leave it empty to use the one your operator announces.</source>
        <translation>可連到 %1 語音信箱的號碼或 SIP 位址。留空即使用電信業者提供的號碼。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>位址不能包含空格。</translation>
    </message>
    <message>
        <source>This address is not valid.</source>
        <translation>這個位址無效。</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>位址必須以 https:// 或 http:// 開頭。</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>位址中沒有伺服器名稱。</translation>
    </message>
    <message>
        <source>Type an IP address such as 192.168.1.20, or leave empty.</source>
        <translation>請輸入 IP 位址（例如 192.168.1.20），或留白。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Type a server name such as stun.example.org:3478.</source>
        <translation>請輸入伺服器名稱，例如 stun.example.org:3478。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>這個檔案不存在。</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation>「%1」不是可以傳送的檔案。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
    </message>
    <message>
        <source>The voice message cannot be read: %1</source>
        <translation>無法讀取語音訊息：%1</translation>
    </message>
    <message>
        <source>This file has no download address.</source>
        <translation>這個檔案沒有下載位址。</translation>
    </message>
    <message>
        <source>%1 has sent many files lately</source>
        <translation>%1 最近傳送了很多檔案</translation>
    </message>
    <message>
        <source>received files have reached their space limit</source>
        <translation>已接收的檔案已達空間上限</translation>
    </message>
    <message>
        <source>“%1” was not downloaded automatically: %2. Click it to download it.</source>
        <translation>「%1」未自動下載：%2。按一下即可下載。</translation>
    </message>
    <message>
        <source>To make room for new files, files downloaded automatically and never opened were removed (%1); click one to download it again.</source>
        <translation>為了騰出空間給新檔案，已移除自動下載但從未開啟的檔案（%1 個）；按一下檔案即可重新下載。</translation>
    </message>
    <message>
        <source>Files cannot be sent: no file-transfer server is set. Add its address in Settings, under Files.</source>
        <translation>無法傳送檔案：尚未設定檔案傳輸伺服器。請在「設定」的「檔案」中加入它的位址。</translation>
    </message>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation>無法傳送這個檔案：%1</translation>
    </message>
    <message>
        <source>The file to send is no longer in the profile folder.</source>
        <translation>要傳送的檔案已不在設定檔資料夾中。</translation>
    </message>
    <message>
        <source>No file-transfer server is set.</source>
        <translation>尚未設定檔案傳輸伺服器。</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>無法下載「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>「%1」未傳送：%2</translation>
    </message>
    <message>
        <source>The file server cannot be reached.</source>
        <translation>無法連線到檔案伺服器。</translation>
    </message>
    <message>
        <source>The file server refused the account&apos;s user name or password.</source>
        <translation>檔案伺服器拒絕了這個帳號的使用者名稱或密碼。</translation>
    </message>
    <message>
        <source>The file does not have the size it was announced with; it was not kept.</source>
        <translation>檔案大小與宣告的不符，因此未保留。</translation>
    </message>
    <message>
        <source>The download was cut off before the end; nothing was kept.</source>
        <translation>下載在完成前中斷，未保留任何內容。</translation>
    </message>
    <message>
        <source>The file is larger than this app downloads, or than the free disk space.</source>
        <translation>檔案超過本程式可下載的大小，或超過可用的磁碟空間。</translation>
    </message>
    <message>
        <source>The file&apos;s content is not what it was announced as; it was not kept.</source>
        <translation>檔案內容與宣告的類型不符，因此未保留。</translation>
    </message>
    <message>
        <source>The file is no longer available on the server.</source>
        <translation>伺服器上已沒有這個檔案。</translation>
    </message>
    <message>
        <source>The file is on a local or private address, which a message may not make this app reach; it was not downloaded.</source>
        <translation>這個檔案位於本機或私人網路位址，訊息不能讓本程式連線到這類位址；因此未下載。</translation>
    </message>
    <message>
        <source>The download took too long and was stopped; nothing was kept.</source>
        <translation>下載時間過長，已停止；未保留任何內容。</translation>
    </message>
    <message>
        <source>The file server refused the transfer (error %1).</source>
        <translation>檔案伺服器拒絕了傳輸（錯誤 %1）。</translation>
    </message>
    <message>
        <source>The file server&apos;s answer was not understood.</source>
        <translation>無法解讀檔案伺服器的回應。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>This voice message is in a sound format this app cannot play.</source>
        <translation>這則語音訊息的音訊格式無法在本程式中播放。</translation>
    </message>
    <message>
        <source>This voice message cannot be played here: %1</source>
        <translation>這則語音訊息無法在這裡播放：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Files to send: %s</source>
        <translation>要傳送的檔案：%s</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send these files</source>
        <translation>傳送這些檔案</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>AudioSection</name>
    <message>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>輸入音量</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>喇叭</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>鈴聲裝置</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>重新尋找裝置</translation>
    </message>
    <message>
        <source>Sound test</source>
        <translation>聲音測試</translation>
    </message>
    <message>
        <source>Check your microphone and speaker without calling anyone.</source>
        <translation>不必撥打電話，就能檢查麥克風和喇叭。</translation>
    </message>
    <message>
        <source>Hear yourself</source>
        <translation>聽聽自己的聲音</translation>
    </message>
    <message>
        <source>Record 3 s and play back</source>
        <translation>錄音 3 秒並播放</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>語音</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>回音消除</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>鈴聲</translation>
    </message>
    <message>
        <source>Ring for incoming calls</source>
        <translation>來電時響鈴</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Ringtone volume</source>
        <translation>鈴聲音量</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>%s (not connected)</source>
        <translation>%s（未連接）</translation>
    </message>
    <message>
        <source>No sound: %s.</source>
        <translation>沒有聲音：%s。</translation>
    </message>
    <message>
        <source>A missing device is replaced by the system default until it is back.</source>
        <translation>裝置不在時改用系統預設裝置，直到它重新連接。</translation>
    </message>
    <message>
        <source>The sound test cannot start: %s.</source>
        <translation>無法開始聲音測試：%s。</translation>
    </message>
    <message>
        <source>Speak: you should hear yourself. Use headphones to avoid feedback.</source>
        <translation>請說話：您應該會聽到自己的聲音。請使用耳機，以免產生回授雜音。</translation>
    </message>
    <message>
        <source>Loopback stopped.</source>
        <translation>已停止迴路測試。</translation>
    </message>
    <message>
        <source>Recording for 3 seconds: say something…</source>
        <translation>正在錄音 3 秒：請說點話…</translation>
    </message>
    <message>
        <source>Playing back what was recorded…</source>
        <translation>正在播放錄音…</translation>
    </message>
    <message>
        <source>Done. If you heard your voice, your microphone and speaker work.</source>
        <translation>完成。如果您聽到自己的聲音，表示麥克風和喇叭運作正常。</translation>
    </message>
    <message>
        <source>The microphone heard nothing: check it is connected and not muted.</source>
        <translation>麥克風沒有收到聲音：請確認它已連接且未靜音。</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>未接：您當時處於勿擾模式</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接來電</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>去電</translation>
    </message>
    <message>
        <source>%s, not answered</source>
        <translation>%s，未接通</translation>
    </message>
    <message>
        <source>Missed call from %s while on Do not disturb</source>
        <translation>勿擾模式期間來自 %s 的未接來電</translation>
    </message>
    <message>
        <source>Missed call from %s</source>
        <translation>來自 %s 的未接來電</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>來自 %s 的來電</translation>
    </message>
    <message>
        <source>Outgoing call to %s</source>
        <translation>撥打給 %s</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Call ended</source>
        <translation>通話已結束</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>查無此號碼</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Not reachable right now</source>
        <translation>目前無法接通</translation>
    </message>
    <message>
        <source>Incomplete number</source>
        <translation>號碼不完整</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙線中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No sound format in common</source>
        <translation>沒有共通的音訊格式</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>遭伺服器拒絕</translation>
    </message>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>未接：您當時處於勿擾模式</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>通話失敗（%1）</translation>
    </message>
</context>
<context>
    <name>CallQuality</name>
    <message>
        <source>Good sound</source>
        <translation>音質良好</translation>
    </message>
    <message>
        <source>Fair sound</source>
        <translation>音質普通</translation>
    </message>
    <message>
        <source>Poor sound</source>
        <translation>音質不佳</translation>
    </message>
</context>
<context>
    <name>CallQualityMark</name>
    <message>
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · 抖動 %s 毫秒 · 封包遺失 %s%% / %s%% · 往返 %s 毫秒</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Codec, jitter, packet loss and round-trip time</source>
        <translation>編解碼器、抖動、封包遺失率和往返時間</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <source>Recording needs a profile folder.</source>
        <translation>錄音需要一個設定檔資料夾。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Delete every call from the history?</source>
        <translation>要刪除通話紀錄中的所有通話嗎？</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清除紀錄</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>通話紀錄</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>僅未接來電</translation>
    </message>
    <message>
        <source>Show only missed calls, or every call</source>
        <translation>只顯示未接來電，或顯示所有通話</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Delete every call from the history</source>
        <translation>刪除通話紀錄中的所有通話</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>沒有未接來電</translation>
    </message>
    <message>
        <source>Calls you missed will be listed here.</source>
        <translation>您錯過的來電會列在這裡。</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>尚無通話</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您撥出和接聽的電話會列在這裡。</translation>
    </message>
    <message>
        <source>Double-click a call, or press Enter, to call back. Right-click for more.</source>
        <translation>按兩下通話或按 Enter 鍵即可回撥。按右鍵可看更多選項。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>Add to contacts</source>
        <translation>加入聯絡人</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>複製號碼</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>從通話紀錄中刪除</translation>
    </message>
</context>
<context>
    <name>CallsSection</name>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>編解碼器</translation>
    </message>
    <message>
        <source>Offered to the other side in this order; untick a codec to never use it.</source>
        <translation>依此順序提供給對方；取消勾選的編解碼器將不會使用。</translation>
    </message>
    <message>
        <source>The codecs are listed once the call engine runs.</source>
        <translation>通話引擎啟動後會列出編解碼器。</translation>
    </message>
    <message>
        <source>Codec order</source>
        <translation>編解碼器順序</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>撥號</translation>
    </message>
    <message>
        <source>Keypad tones</source>
        <translation>按鍵音</translation>
    </message>
    <message>
        <source>In the audio (RFC 4733)</source>
        <translation>在音訊中（RFC 4733）</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>以 SIP INFO 訊息傳送</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>所在國家/地區</translation>
    </message>
    <message>
        <source>From my number, else the system&apos;s language</source>
        <translation>依我的號碼，否則依系統語言</translation>
    </message>
    <message>
        <source>Call a clicked phone link at once (no dial pad)</source>
        <translation>按下電話連結後立即撥號（不經過撥號鍵盤）</translation>
    </message>
    <message>
        <source>Clicked links follow this choice from the next start.</source>
        <translation>下次啟動後，按下的連結會依照這個設定處理。</translation>
    </message>
</context>
<context>
    <name>CameraProblem</name>
    <message>
        <source>No camera was found.</source>
        <translation>找不到攝影機。</translation>
    </message>
    <message>
        <source>The camera was not found. Is it still plugged in?</source>
        <translation>找不到攝影機。它還接在電腦上嗎？</translation>
    </message>
    <message>
        <source>The camera is in use by another app. Close that app, then turn the camera on.</source>
        <translation>攝影機正由其他 App 使用中。請關閉該 App，再開啟攝影機。</translation>
    </message>
    <message>
        <source>Allow Jego to use the camera in System Settings › Privacy &amp; Security › Camera.</source>
        <translation>請在「系統設定」›「隱私權與安全性」›「相機」中允許 Jego 使用攝影機。</translation>
    </message>
    <message>
        <source>Allow desktop apps to use the camera in Settings › Privacy &amp; security › Camera.</source>
        <translation>請在「設定」›「隱私權與安全性」›「相機」中允許桌面應用程式使用攝影機。</translation>
    </message>
    <message>
        <source>Jego may not use the camera (permission denied).</source>
        <translation>Jego 無權使用攝影機（權限遭拒）。</translation>
    </message>
    <message>
        <source>The camera offers no picture size Jego can use.</source>
        <translation>攝影機沒有 Jego 可用的畫面尺寸。</translation>
    </message>
    <message>
        <source>The camera did not open (%1).</source>
        <translation>無法開啟攝影機（%1）。</translation>
    </message>
    <message>
        <source>%1 The other side does not see you; you still see them.</source>
        <translation>%1對方看不到您，但您仍看得到對方。</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>%1 was not forwarded: it is no longer on this computer.</source>
        <translation>未轉寄 %1：檔案已不在這台電腦上。</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>You left this group.</source>
        <translation>您已退出這個群組。</translation>
    </message>
    <message>
        <source>You were removed from this group.</source>
        <translation>您已被移出這個群組。</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群組</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ChatText</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>還沒有訊息</translation>
    </message>
    <message>
        <source>Message taken back</source>
        <translation>訊息已收回</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>This conversation cannot be opened: %1</source>
        <translation>無法開啟這個對話：%1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>訊息未傳送：%1</translation>
    </message>
    <message>
        <source>This message cannot be taken back any more.</source>
        <translation>這則訊息已無法收回。</translation>
    </message>
    <message>
        <source>The message could not be taken back: the other phone was not reached.</source>
        <translation>無法收回訊息：連不到對方的電話。</translation>
    </message>
    <message>
        <source>The message was taken back, but it could not be removed from this computer. Please take it back again.</source>
        <translation>訊息已收回，但無法從這台電腦上刪除。請再收回一次。</translation>
    </message>
    <message>
        <source>The message was not forwarded: %1</source>
        <translation>訊息未轉寄：%1</translation>
    </message>
    <message>
        <source>Delete this message from this computer? The other person keeps their copy.</source>
        <translation>要從這台電腦刪除這則訊息嗎？對方仍會保留他們的副本。</translation>
    </message>
    <message>
        <source>Delete this whole conversation from this computer? The other person keeps their copy.</source>
        <translation>要從這台電腦刪除整個對話嗎？對方仍會保留他們的副本。</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>刪除對話…</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>對話已刪除</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>訊息已刪除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>New chat (Ctrl+N)</source>
        <translation>新聊天（Ctrl+N）</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>New group (Ctrl+Shift+N)</source>
        <translation>建立群組（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>建立群組</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>搜尋訊息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜尋訊息</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>找不到訊息</translation>
    </message>
    <message>
        <source>No conversations yet.
Press Ctrl+N to write to a number or SIP address,
or Ctrl+Shift+N to start a group.</source>
        <translation>還沒有對話。
按 Ctrl+N 傳訊息給號碼或 SIP 位址，
按 Ctrl+Shift+N 建立群組。</translation>
    </message>
    <message>
        <source>Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N.</source>
        <translation>或按 Ctrl+N 開始新的對話，按 Ctrl+Shift+N 建立群組。</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>選擇一個對話</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send a file</source>
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>輸入訊息…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>訊息內容</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>插入表情符號</translation>
    </message>
    <message>
        <source>Record a voice message</source>
        <translation>錄製語音訊息</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>傳送（Enter）</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>SIP address</source>
        <translation>SIP 位址</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Send a message to %s</source>
        <translation>傳訊息給 %s</translation>
    </message>
    <message>
        <source>Video call with %s</source>
        <translation>與 %s 視訊通話</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>撥打給 %s</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>視訊通話</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>最愛</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>匯出為 vCard…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>刪除聯絡人</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>編輯聯絡人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>公司或機構</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>SIP 位址</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>最愛</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>新增號碼</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>聯絡人必須有姓名。</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>這不是有效的 SIP 位址。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>這不是有效的電子郵件地址。</translation>
    </message>
</context>
<context>
    <name>ContactsDelegate</name>
    <message>
        <source>online</source>
        <translation>上線</translation>
    </message>
    <message>
        <source>away</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Favourites</source>
        <translation>我的最愛</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>所有聯絡人</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>The contact could not be saved: %s</source>
        <translation>無法儲存聯絡人：%s</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message>
        <source>Delete %s from your contacts?</source>
        <translation>要從聯絡人中刪除 %s 嗎？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未從 %1 匯入任何內容：%2</translation>
    </message>
    <message>
        <source>Contacts imported: %s</source>
        <translation>已匯入聯絡人：%s</translation>
    </message>
    <message>
        <source>Importing contacts from %1…</source>
        <translation>正在從 %1 匯入聯絡人…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Contacts exported: %s</source>
        <translation>已匯出聯絡人：%s</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>匯入聯絡人</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 檔案 (*.vcf)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>匯出聯絡人</translation>
    </message>
    <message>
        <source>No contact found</source>
        <translation>找不到聯絡人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>尚無聯絡人</translation>
    </message>
    <message>
        <source>No name or number matches your search.</source>
        <translation>沒有符合搜尋的姓名或號碼。</translation>
    </message>
    <message>
        <source>Add the people you call and write to, or import a vCard file.</source>
        <translation>新增您常聯絡的人，或匯入 vCard 檔案。</translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation>請選擇聯絡人</translation>
    </message>
    <message>
        <source>Their numbers and notes will show here.</source>
        <translation>對方的號碼和備註會顯示在這裡。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import vCard…</source>
        <translation>匯入 vCard…</translation>
    </message>
    <message>
        <source>Export all as vCard…</source>
        <translation>全部匯出為 vCard…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜尋聯絡人</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Last message not sent</source>
        <translation>最後一則訊息未傳送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ConversationListDelegate</name>
    <message>
        <source>typing…</source>
        <translation>正在輸入…</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>轉寄…</translation>
    </message>
    <message>
        <source>Delete for me…</source>
        <translation>為我刪除…</translation>
    </message>
    <message>
        <source>Take back (only in the first 2 minutes)</source>
        <translation>收回（僅限傳送後 2 分鐘內）</translation>
    </message>
    <message>
        <source>Take back (their phone cannot be told)</source>
        <translation>收回（無法通知對方的電話）</translation>
    </message>
    <message>
        <source>Take back (not sent: delete it instead)</source>
        <translation>收回（尚未傳送：請改為刪除）</translation>
    </message>
    <message>
        <source>Take back (not connected)</source>
        <translation>收回（未連線）</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>您自己</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>正在輸入…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>視訊通話</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>SQLite %1 is too old; %2 or newer is needed</source>
        <translation>SQLite %1 版本過舊；需要 %2 或更新的版本</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>資料庫已關閉</translation>
    </message>
    <message>
        <source>the database could not be written: %1</source>
        <translation>無法寫入資料庫：%1</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>無法讀取資料庫：%1</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging for %1 (journal mode %2)</source>
        <translation>無法為 %1 使用預寫日誌（日誌模式 %2）</translation>
    </message>
    <message>
        <source>the account %1 exists</source>
        <translation>帳號 %1 已存在</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <source>Unknown country code.</source>
        <translation>不明的國碼。</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>電話號碼的位數太多。</translation>
    </message>
    <message>
        <source>Type a number or a SIP address first.</source>
        <translation>請先輸入號碼或 SIP 位址。</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>這不是有效的 SIP 位址。</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call a name, or type name@server.</source>
        <translation>請在「設定」中綁定您的號碼才能撥打名稱，或輸入 名稱@伺服器。</translation>
    </message>
    <message>
        <source>Not a number or a name: type a number or name@server.</source>
        <translation>這不是號碼或名稱：請輸入號碼或 名稱@伺服器。</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>請在「設定」中綁定您的號碼，才能撥打電話號碼。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>這不是有效的電話號碼。</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <source>Extension %s will be dialled once answered</source>
        <translation>接通後將撥分機 %s</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>號碼或名稱</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>要撥打的號碼</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>刪除最後一位數字</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>傳送訊息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>視訊通話</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>重撥上一個號碼</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>重撥</translation>
    </message>
</context>
<context>
    <name>DtmfFailures</name>
    <message>
        <source>The other side refused the keypad tones “%1” (%2).</source>
        <translation>對方拒絕了按鍵音「%1」（%2）。</translation>
    </message>
    <message>
        <source>The keypad tones “%1” could not be sent: this call carries none.</source>
        <translation>無法傳送按鍵音「%1」：這通電話不支援按鍵音。</translation>
    </message>
</context>
<context>
    <name>EngineProblem</name>
    <message>
        <source>the call engine failed to start: %1</source>
        <translation>通話引擎無法啟動：%1</translation>
    </message>
    <message>
        <source>the video connection failed</source>
        <translation>視訊連線失敗</translation>
    </message>
    <message>
        <source>nothing from the video peer for %1 s</source>
        <translation>%1 秒內沒有收到對方的視訊</translation>
    </message>
    <message>
        <source>Your message database was damaged and has been set aside as %1; a new one was started.</source>
        <translation>您的訊息資料庫已損壞，已另存為 %1，並建立了新的資料庫。</translation>
    </message>
</context>
<context>
    <name>EventNotifications</name>
    <message>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接聽</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>File: %s</source>
        <translation>檔案：%s</translation>
    </message>
</context>
<context>
    <name>FileTransferProblem</name>
    <message>
        <source>The file changed while it was being sent.</source>
        <translation>檔案在傳送過程中被更改了。</translation>
    </message>
    <message>
        <source>This file is end-to-end encrypted, which is not supported.</source>
        <translation>這個檔案採用端對端加密，目前不支援。</translation>
    </message>
    <message>
        <source>No file-transfer server is set for this account.</source>
        <translation>這個帳號未設定檔案傳輸伺服器。</translation>
    </message>
    <message>
        <source>The file-transfer server address %1 is not an http(s) address.</source>
        <translation>檔案傳輸伺服器的位址 %1 不是 http(s) 網址。</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The transfer failed (%1).</source>
        <translation>傳輸失敗（%1）。</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>File-transfer server</source>
        <translation>檔案傳輸伺服器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>File-transfer server address</source>
        <translation>檔案傳輸伺服器位址</translation>
    </message>
    <message>
        <source>Pictures, voice messages and files are sent through it. Empty: none are sent.</source>
        <translation>圖片、語音訊息和檔案都透過它傳送。留白則不傳送。</translation>
    </message>
    <message>
        <source>Voice messages</source>
        <translation>語音訊息</translation>
    </message>
    <message>
        <source>Send them as</source>
        <translation>傳送格式</translation>
    </message>
    <message>
        <source>Ogg Opus — standard</source>
        <translation>Ogg Opus — 標準格式</translation>
    </message>
    <message>
        <source>Matroska — for Linphone</source>
        <translation>Matroska — 適用於 Linphone</translation>
    </message>
    <message>
        <source>Voice message format</source>
        <translation>語音訊息格式</translation>
    </message>
    <message>
        <source>Linphone plays only Matroska voice messages; most other apps want Ogg.</source>
        <translation>Linphone 只能播放 Matroska 格式的語音訊息；其他大多數 App 需要 Ogg。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Download by itself up to</source>
        <translation>自動下載上限</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Automatic download size limit</source>
        <translation>自動下載大小上限</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation>轉寄給…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Or a number, name or name@server</source>
        <translation>或輸入號碼、名稱或 名稱@伺服器</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>轉寄</translation>
    </message>
</context>
<context>
    <name>GroupEvents</name>
    <message>
        <source>%1 created the group “%2”</source>
        <translation>%1 建立了群組「%2」</translation>
    </message>
    <message>
        <source>%1 created the group</source>
        <translation>%1 建立了群組</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 將群組名稱變更為「%2」</translation>
    </message>
    <message>
        <source>%1 added %3</source>
        <translation>%1 邀請 %3 加入群組</translation>
    </message>
    <message>
        <source>%1 removed %3</source>
        <translation>%1 將 %3 移出群組</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 退出了群組</translation>
    </message>
    <message>
        <source>The group changed</source>
        <translation>群組有所變動</translation>
    </message>
    <message>
        <source>You created the group “%2”</source>
        <translation>您建立了群組「%2」</translation>
    </message>
    <message>
        <source>You created the group</source>
        <translation>您建立了群組</translation>
    </message>
    <message>
        <source>You renamed the group to “%2”</source>
        <translation>您將群組名稱變更為「%2」</translation>
    </message>
    <message>
        <source>You added %3</source>
        <translation>您邀請 %3 加入群組</translation>
    </message>
    <message>
        <source>You removed %3</source>
        <translation>您將 %3 移出群組</translation>
    </message>
    <message>
        <source>You left the group</source>
        <translation>您退出了群組</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 邀請您加入群組</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 將您移出群組</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and 1 other</source>
        <translation>%1 和另外 1 人</translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <translation>%1 和另外 %2 人</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Group name</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>變更名稱</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群組</translation>
    </message>
    <message>
        <source>Leave “%1”? You will no longer get its messages, and someone in it has to add you again to come back.</source>
        <translation>要退出「%1」嗎？您將不再收到群組訊息，之後需要成員重新邀請您才能回來。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
</context>
<context>
    <name>GroupTexts</name>
    <message>
        <source>Give the group a name.</source>
        <translation>請為群組取個名稱。</translation>
    </message>
    <message>
        <source>A group name has at most %1 characters.</source>
        <translation>群組名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation>請至少新增一位成員。</translation>
    </message>
    <message>
        <source>A group has at most %1 other members.</source>
        <translation>群組最多還能有 %1 位其他成員。</translation>
    </message>
    <message>
        <source>Not a number or SIP address: %1</source>
        <translation>不是電話號碼或 SIP 位址：%1</translation>
    </message>
    <message>
        <source>Not a number or SIP address.</source>
        <translation>不是電話號碼或 SIP 位址。</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>您已不是這個群組的成員。</translation>
    </message>
    <message>
        <source>The change could not be saved. Please try again.</source>
        <translation>無法儲存此變更，請再試一次。</translation>
    </message>
    <message>
        <source>Some members&apos; phones cannot take part in a group.</source>
        <translation>部分成員的電話無法加入群組聊天。</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 位成員</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 位成員</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2</source>
        <translation>已送達 %1/%2 人</translation>
    </message>
    <message>
        <source>read by %1</source>
        <translation>%1 人已讀</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
</context>
<context>
    <name>HistoryDelegate</name>
    <message>
        <source>Call back</source>
        <translation>回撥</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>傳送訊息</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <source>Call</source>
        <translation>撥打</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>鍵盤</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉接</translation>
    </message>
    <message>
        <source>Merge calls</source>
        <translation>合併通話</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>掛斷</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Call ended · %s</source>
        <translation>通話已結束 · %s</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>與 %s 通話</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>撥號中…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>響鈴中…</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>來電中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>On hold · %s</source>
        <translation>保留中 · %s</translation>
    </message>
    <message>
        <source>Held by the other side · %s</source>
        <translation>對方已保留通話 · %s</translation>
    </message>
    <message>
        <source>Extension %s dialled</source>
        <translation>已撥分機 %s</translation>
    </message>
    <message>
        <source>Dialling extension %s…</source>
        <translation>正在撥分機 %s…</translation>
    </message>
    <message>
        <source>Extension %s will be dialled</source>
        <translation>將撥分機 %s</translation>
    </message>
    <message>
        <source>%s (ringing)</source>
        <translation>%s（響鈴中）</translation>
    </message>
    <message>
        <source>%s (on hold)</source>
        <translation>%s（保留中）</translation>
    </message>
    <message>
        <source>Also on the line: %s</source>
        <translation>同在線上：%s</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>轉接通話</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer the call to:</source>
        <translation>要轉接到的號碼或 SIP 位址：</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>來電中…</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>拒接來電</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>接聽來電</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>來自 %s 的來電</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接聽</translation>
    </message>
</context>
<context>
    <name>InvitationBanner</name>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>1 more invitation</source>
        <translation>還有 1 個邀請</translation>
    </message>
    <message>
        <source>%1 more invitations</source>
        <translation>還有 %1 個邀請</translation>
    </message>
    <message>
        <source>%1 added you to “%2”</source>
        <translation>%1 邀請您加入「%2」</translation>
    </message>
    <message>
        <source>They are not in your contacts. Nothing of this group is shown and nothing is sent until you join.</source>
        <translation>對方不在您的聯絡人中。加入之前，不會顯示這個群組的任何內容，也不會傳送任何訊息。</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Star</source>
        <translation>米字鍵</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>井字鍵</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>長按輸入 +</translation>
    </message>
</context>
<context>
    <name>KeyringProblem</name>
    <message>
        <source>no keyring backend is available on this system</source>
        <translation>這個系統上沒有可用的金鑰圈</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No number yet</source>
        <translation>尚無號碼</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>尚無對話</translation>
    </message>
    <message>
        <source>Messages to and from your contacts will appear here.</source>
        <translation>您與聯絡人之間的訊息會顯示在這裡。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>尚無聯絡人</translation>
    </message>
    <message>
        <source>Add the people you call and write to.</source>
        <translation>新增您常打電話和傳訊息的人。</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>撥號鍵盤</translation>
    </message>
    <message>
        <source>Call any phone</source>
        <translation>撥打任何電話</translation>
    </message>
    <message>
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>國內外的市話和手機都能撥打。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>尚無通話</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您撥出和接聽的電話會列在這裡。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>綁定您的號碼</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>在電信業者的服務上註冊您的手機號碼，即可開始使用。</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <source>Add a member</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Number, name or name@server</source>
        <translation>號碼、名稱或 名稱@伺服器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <source>Still not sent (%1). Click to retry</source>
        <translation>仍未傳送（%1）。按一下重試</translation>
    </message>
    <message>
        <source>Still not sent. Click to retry</source>
        <translation>仍未傳送。按一下重試</translation>
    </message>
    <message>
        <source>Not sent (%1). Click to retry</source>
        <translation>未傳送（%1）。按一下重試</translation>
    </message>
    <message>
        <source>Not sent. Click to retry</source>
        <translation>未傳送。按一下重試</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>傳送中 %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>下載中…</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>下載中 %1%</translation>
    </message>
    <message>
        <source>Failed. Click to try again</source>
        <translation>失敗。按一下再試一次</translation>
    </message>
    <message>
        <source>No longer on the server</source>
        <translation>伺服器上已沒有這個檔案</translation>
    </message>
    <message>
        <source>Click to download from %1</source>
        <translation>按一下從 %1 下載</translation>
    </message>
    <message>
        <source>Click to download</source>
        <translation>按一下下載</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>按一下開啟</translation>
    </message>
</context>
<context>
    <name>MessageFailure</name>
    <message>
        <source>could not be sent</source>
        <translation>無法傳送</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>遭伺服器拒絕</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>查無此使用者</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>沒有回應（逾時）</translation>
    </message>
    <message>
        <source>too large for the server</source>
        <translation>對伺服器來說太大</translation>
    </message>
    <message>
        <source>the recipient cannot show this kind of message</source>
        <translation>對方無法顯示這類訊息</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>無法聯繫</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>not accepted by the recipient</source>
        <translation>對方不接受</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <source>the account was removed before the server answered</source>
        <translation>伺服器回應前帳號已被移除</translation>
    </message>
    <message>
        <source>the account is not set up</source>
        <translation>帳號尚未設定</translation>
    </message>
    <message>
        <source>could not be sent: %1</source>
        <translation>無法傳送：%1</translation>
    </message>
    <message>
        <source>the recipient could not take it (%1)</source>
        <translation>對方無法接收（%1）</translation>
    </message>
    <message>
        <source>the message has %1 bytes; at most %2 can be stored</source>
        <translation>訊息有 %1 位元組，最多只能儲存 %2 位元組</translation>
    </message>
    <message>
        <source>you are no longer a member of this group</source>
        <translation>你已不是這個群組的成員</translation>
    </message>
    <message>
        <source>not sent to %1</source>
        <translation>未傳送給 %1</translation>
    </message>
</context>
<context>
    <name>MyStatus</name>
    <message>
        <source>Online</source>
        <translation>上線</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>勿擾</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Your contacts see you online.</source>
        <translation>聯絡人會看到您在線上。</translation>
    </message>
    <message>
        <source>Your contacts see you away; calls still ring.</source>
        <translation>聯絡人會看到您離開；來電仍會響鈴。</translation>
    </message>
    <message>
        <source>Calls are declined as busy and listed as missed.</source>
        <translation>來電會以忙線拒接，並列為未接來電。</translation>
    </message>
    <message>
        <source>You appear offline; calls and messages still reach you.</source>
        <translation>您顯示為離線；仍會收到來電和訊息。</translation>
    </message>
</context>
<context>
    <name>MyStatusButton</name>
    <message>
        <source>No number yet</source>
        <translation>尚無號碼</translation>
    </message>
    <message>
        <source>Bind your number to be reachable; then your status shows here.</source>
        <translation>綁定您的號碼，別人才能聯絡到您；之後您的狀態會顯示在這裡。</translation>
    </message>
    <message>
        <source>My status: %s</source>
        <translation>我的狀態：%s</translation>
    </message>
</context>
<context>
    <name>NatFields</name>
    <message>
        <source>STUN server</source>
        <translation>STUN 伺服器</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>使用 ICE 為聲音尋找路徑（建議）</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>TURN 中繼伺服器</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>TURN 傳輸方式</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>TURN 使用者名稱</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>保持連線間隔</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>保持連線間隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Filled in from your operator&apos;s settings when it provides them. These apply to every account, after a restart; the TURN password is set in Settings &gt; Network &amp; security.</source>
        <translation>電信業者有提供時會自動填入。這些設定適用於所有帳號，重新啟動後生效；TURN 密碼請在「設定 &gt; 網路與安全性」中設定。</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>The keyring refused the password; it is not saved.</source>
        <translation>金鑰圈拒絕了密碼；密碼未儲存。</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>已儲存在金鑰圈中</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>網路與安全性</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>監聽位址</translation>
    </message>
    <message>
        <source>Every network interface</source>
        <translation>所有網路介面</translation>
    </message>
    <message>
        <source>Crossing routers (NAT)</source>
        <translation>穿越路由器（NAT）</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>STUN 伺服器</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>使用 ICE 為聲音尋找路徑（建議）</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>TURN 中繼伺服器</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>TURN 傳輸方式</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>TURN 使用者名稱</translation>
    </message>
    <message>
        <source>TURN password</source>
        <translation>TURN 密碼</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>保持連線間隔</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>保持連線間隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Use the public address the server sees (for home routers)</source>
        <translation>使用伺服器看到的公開位址（適用於家用路由器）</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Encrypted calls for new accounts</source>
        <translation>新帳號的加密通話</translation>
    </message>
    <message>
        <source>Check TLS servers&apos; certificates (recommended)</source>
        <translation>驗證 TLS 伺服器憑證（建議）</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>憑證授權單位</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>系統憑證</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>憑證授權單位檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>These settings take effect at the next start.</source>
        <translation>這些設定會在下次啟動時生效。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>憑證 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Number, name or name@server</source>
        <translation>號碼、名稱或 名稱@伺服器</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78 or alice@example.org</source>
        <translation>例如 0912 345 678 或 alice@example.org</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>開啟聊天</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>建立群組</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>e.g. Family</source>
        <translation>例如：家人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Double-click a member, or press Delete, to remove them.</source>
        <translation>按兩下成員或按 Delete 鍵即可移除。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
</context>
<context>
    <name>NewGroupForm</name>
    <message>
        <source>You are in the group already.</source>
        <translation>您已經在群組裡了。</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 已在清單中。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>沒有金鑰圈：%s。無法儲存密碼，每次都需要重新輸入。</translation>
    </message>
    <message>
        <source>No network connection.</source>
        <translation>沒有網路連線。</translation>
    </message>
    <message>
        <source>Your history cannot be opened: %s</source>
        <translation>無法開啟您的紀錄：%s</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>沒有聲音：%s。通話仍可接通，但沒有音訊。</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>The mobile number your operator binds to this computer, with its country code.</source>
        <translation>電信業者綁定到這台電腦的手機號碼，須包含國碼。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Shown to the people you call (optional)</source>
        <translation>顯示給您撥打的對象（選填）</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for %s</source>
        <translation>%s 的密碼</translation>
    </message>
    <message>
        <source>Enter the password of %s on %s to receive calls and messages.</source>
        <translation>請輸入 %s 在 %s 上的密碼，才能接聽來電和接收訊息。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Your keyring does not have this password: Jego keeps it there once given.</source>
        <translation>您的金鑰圈中沒有這個密碼：輸入後 Jego 會將它保存在那裡。</translation>
    </message>
    <message>
        <source>This computer has no keyring, so Jego keeps the password in memory until you quit and asks for it at each start. To be asked no more, install a keyring (Secret Service, such as GNOME Keyring, or KWallet), then enter the password again in Settings, Accounts, Edit.</source>
        <translation>這台電腦沒有金鑰圈，因此 Jego 只把密碼保存在記憶體中直到您結束程式，每次啟動都會再詢問一次。若不想再輸入，請安裝金鑰圈（Secret Service，例如 GNOME Keyring，或 KWallet），然後在「設定 › 帳號 › 編輯」中重新輸入密碼。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>稍後再說</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>At most %1 files can be sent at once.</source>
        <translation>一次最多只能傳送 %1 個檔案。</translation>
    </message>
    <message>
        <source>Only files can be sent, not “%1”.</source>
        <translation>只能傳送檔案，無法傳送「%1」。</translation>
    </message>
    <message>
        <source>The pasted picture is too large to send.</source>
        <translation>貼上的圖片太大，無法傳送。</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>無法保留貼上的圖片以供傳送。</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住家</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>號碼類型</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>移除這個號碼</translation>
    </message>
</context>
<context>
    <name>ProgramWarning</name>
    <message>
        <source>Open a program?</source>
        <translation>要開啟程式嗎？</translation>
    </message>
    <message>
        <source>“%1” is a program or a script (%2), not a document.</source>
        <translation>「%1」是程式或指令碼（%2），不是文件。</translation>
    </message>
    <message>
        <source>“%1” is a program or a script, not a document.</source>
        <translation>「%1」是程式或指令碼，不是文件。</translation>
    </message>
    <message>
        <source>Opening it runs it on this computer, with your rights. Open it only if you expected it from someone you trust.</source>
        <translation>開啟它就會以您的權限在這台電腦上執行它。只有在您預期會收到，且對方是您信任的人時才開啟。</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍要開啟</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>對方</translation>
    </message>
    <message>
        <source>A message taken back</source>
        <translation>一則已收回的訊息</translation>
    </message>
    <message>
        <source>You took back a message</source>
        <translation>您收回了一則訊息</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>您的聯絡人</translation>
    </message>
    <message>
        <source>%1 took back a message</source>
        <translation>%1 收回了一則訊息</translation>
    </message>
</context>
<context>
    <name>RegionName</name>
    <message>
        <source>Ascension Island</source>
        <translation>阿森松島</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>特里斯坦達庫尼亞</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>薩摩亞</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>科索沃</translation>
    </message>
</context>
<context>
    <name>RegistrationProbe</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>伺服器未及時回應</translation>
    </message>
</context>
<context>
    <name>RegistrationReason</name>
    <message>
        <source>registered</source>
        <translation>已註冊</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>註冊中…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <source>forbidden by the server</source>
        <translation>遭伺服器拒絕</translation>
    </message>
    <message>
        <source>this number is unknown to the server</source>
        <translation>伺服器不認得這個號碼</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <source>the server refused the registration interval</source>
        <translation>伺服器拒絕了註冊間隔時間</translation>
    </message>
    <message>
        <source>another check is running</source>
        <translation>另一項檢查正在進行中</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>伺服器錯誤（%1）</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>No number yet</source>
        <translation>尚無號碼</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>連線中…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>上線</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>not connected (%s)</source>
        <translation>未連線（%s）</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Replying to %1</source>
        <translation>回覆 %1</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>取消回覆</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Password and security</source>
        <translation>密碼與安全性</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, nowhere else.</source>
        <translation>密碼只保存在系統的金鑰圈中，不會存放在其他地方。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept in memory until you quit, and asked for at each start.</source>
        <translation>這台電腦沒有金鑰圈：密碼只保存在記憶體中直到您結束程式，每次啟動時都會再詢問。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>Encrypted calls</source>
        <translation>加密通話</translation>
    </message>
    <message>
        <source>Encrypted calls (SRTP)</source>
        <translation>加密通話（SRTP）</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator&apos;s server</source>
        <translation>電信業者的伺服器</translation>
    </message>
    <message>
        <source>As given by your operator: a host name, and a port if needed.</source>
        <translation>依電信業者提供的資料填寫：主機名稱，必要時加上連接埠。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>傳輸方式</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>The number, unless your operator says otherwise</source>
        <translation>預設為號碼，除非電信業者另有說明</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Crossing routers</source>
        <translation>穿越路由器</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>驗證伺服器憑證（建議）</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>憑證授權單位檔案</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>系統憑證</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>These TLS settings apply to every account, after a restart.</source>
        <translation>這些 TLS 設定適用於所有帳號，重新啟動後生效。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>憑證 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Accounts</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>網路與安全性</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Language &amp; startup</source>
        <translation>語言與啟動</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定類別</translation>
    </message>
</context>
<context>
    <name>SoundProblem</name>
    <message>
        <source>no sound device was found</source>
        <translation>找不到音訊裝置</translation>
    </message>
    <message>
        <source>no microphone was found</source>
        <translation>找不到麥克風</translation>
    </message>
    <message>
        <source>no speaker was found</source>
        <translation>找不到喇叭</translation>
    </message>
    <message>
        <source>echo cancellation is unavailable: the pywebrtc-audio package is missing</source>
        <translation>無法使用回音消除：缺少 pywebrtc-audio 套件</translation>
    </message>
    <message>
        <source>the PortAudio library is missing (%1)</source>
        <translation>缺少 PortAudio 程式庫（%1）</translation>
    </message>
    <message>
        <source>the sound system did not answer (%1)</source>
        <translation>音訊系統沒有回應（%1）</translation>
    </message>
    <message>
        <source>echo cancellation failed and is off (%1)</source>
        <translation>回音消除發生錯誤，已關閉（%1）</translation>
    </message>
    <message>
        <source>echo cancellation failed to start (%1)</source>
        <translation>無法啟動回音消除（%1）</translation>
    </message>
    <message>
        <source>the microphone did not start (%1)</source>
        <translation>麥克風未能啟動（%1）</translation>
    </message>
    <message>
        <source>the speaker did not start (%1)</source>
        <translation>喇叭未能啟動（%1）</translation>
    </message>
    <message>
        <source>the microphone “%1” cannot be opened (%2)</source>
        <translation>無法開啟麥克風「%1」（%2）</translation>
    </message>
    <message>
        <source>the speaker “%1” cannot be opened (%2)</source>
        <translation>無法開啟喇叭「%1」（%2）</translation>
    </message>
    <message>
        <source>the microphone “%1” delivers no sound</source>
        <translation>麥克風「%1」沒有聲音</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected; using the system default (%2)</source>
        <translation>麥克風「%1」未連接；改用系統預設裝置（%2）</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected; using the system default (%2)</source>
        <translation>喇叭「%1」未連接；改用系統預設裝置（%2）</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected</source>
        <translation>麥克風「%1」未連接</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected</source>
        <translation>喇叭「%1」未連接</translation>
    </message>
    <message>
        <source>the microphone cannot be opened (%1)</source>
        <translation>無法開啟麥克風（%1）</translation>
    </message>
    <message>
        <source>the microphone stopped (disconnected?)</source>
        <translation>麥克風已停止（是否已拔除？）</translation>
    </message>
    <message>
        <source>the speaker stopped (disconnected?)</source>
        <translation>喇叭已停止（是否已拔除？）</translation>
    </message>
    <message>
        <source>it takes none of the usual sample rates in mono</source>
        <translation>它不支援任何常用的單聲道取樣率</translation>
    </message>
    <message>
        <source>no sample rate accepted</source>
        <translation>沒有可用的取樣率</translation>
    </message>
    <message>
        <source>a sound check is already running</source>
        <translation>聲音測試已在進行中</translation>
    </message>
    <message>
        <source>a call is using the sound devices</source>
        <translation>通話正在使用音訊裝置</translation>
    </message>
</context>
<context>
    <name>SrtpChoice</name>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>When the other side can (optional)</source>
        <translation>對方支援時使用（選用）</translation>
    </message>
    <message>
        <source>Always (calls fail without it)</source>
        <translation>一律使用（不支援時通話失敗）</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <source>Language &amp; startup</source>
        <translation>語言與啟動</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>依照系統</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Start Jego when I log in</source>
        <translation>登入時啟動 Jego</translation>
    </message>
    <message>
        <source>Start hidden in the system tray</source>
        <translation>啟動時隱藏在系統匣</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test the registration</source>
        <translation>測試註冊</translation>
    </message>
    <message>
        <source>Jego tries to register with these settings before saving them.</source>
        <translation>Jego 會先用這些設定嘗試註冊，再儲存設定。</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>測試註冊</translation>
    </message>
    <message>
        <source>Save these settings even though the test failed</source>
        <translation>即使測試失敗仍儲存這些設定</translation>
    </message>
    <message>
        <source>%s on %s over %s</source>
        <translation>%s，伺服器 %s，經由 %s</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未測試。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Bind your number</source>
        <translation>綁定您的號碼</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>在電信業者的服務上註冊您的手機號碼，即可開始使用。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Quit Jego</source>
        <translation>結束 Jego</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quick dial</source>
        <translation>快速撥號</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>撥號…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>隱藏視窗</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>顯示視窗</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>沒有新動態</translation>
    </message>
    <message>
        <source>Unread messages: %s</source>
        <translation>未讀訊息：%s</translation>
    </message>
    <message>
        <source>Missed calls: %s</source>
        <translation>未接來電：%s</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>新的語音留言：%s</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
</context>
<context>
    <name>UnreadableMessage</name>
    <message>
        <source>The message was too large (%1 bytes) and was not kept.</source>
        <translation>訊息過大（%1 位元組），未保存。</translation>
    </message>
    <message>
        <source>The message could not be read: %1.</source>
        <translation>無法讀取訊息：%1。</translation>
    </message>
    <message>
        <source>A file was sent, but its description cannot be read: %1.</source>
        <translation>對方傳送了檔案，但無法讀取其描述：%1。</translation>
    </message>
    <message>
        <source>An end-to-end encrypted file (%1) arrived; it cannot be opened.</source>
        <translation>收到一個端對端加密的檔案（%1），無法開啟。</translation>
    </message>
    <message>
        <source>The message had no content type (%1 bytes).</source>
        <translation>訊息沒有內容類型（%1 位元組）。</translation>
    </message>
    <message>
        <source>The message had content this app cannot show (%1, %2 bytes).</source>
        <translation>訊息包含本程式無法顯示的內容（%1，%2 位元組）。</translation>
    </message>
    <message>
        <source>The message could not be read: its text is not valid %1.</source>
        <translation>無法讀取訊息：其文字不是有效的 %1。</translation>
    </message>
    <message>
        <source>The message could not be read: it is compressed as %1, which this app does not know.</source>
        <translation>無法讀取訊息：它採用 %1 壓縮，本程式不支援。</translation>
    </message>
    <message>
        <source>The message could not be read: its compressed body is damaged.</source>
        <translation>無法讀取訊息：其壓縮內容已損壞。</translation>
    </message>
    <message>
        <source>The message was too large once uncompressed (over %1 bytes).</source>
        <translation>訊息解壓縮後過大（超過 %1 位元組）。</translation>
    </message>
    <message>
        <source>The message could not be read: it holds binary data, not text.</source>
        <translation>無法讀取訊息：其中是二進位資料，而不是文字。</translation>
    </message>
    <message>
        <source>the CPIM body has no end of CPIM headers</source>
        <translation>CPIM 內容缺少 CPIM 標頭的結尾</translation>
    </message>
    <message>
        <source>the CPIM body has no end of MIME headers</source>
        <translation>CPIM 內容缺少 MIME 標頭的結尾</translation>
    </message>
    <message>
        <source>the CPIM content has no content type</source>
        <translation>CPIM 內容沒有內容類型</translation>
    </message>
    <message>
        <source>the CPIM message id is too long</source>
        <translation>CPIM 訊息 ID 過長</translation>
    </message>
    <message>
        <source>the CPIM body has too many headers</source>
        <translation>CPIM 內容的標頭過多</translation>
    </message>
    <message>
        <source>not a CPIM header line: %1</source>
        <translation>不是 CPIM 標頭行：%1</translation>
    </message>
    <message>
        <source>the file description is larger than %1 bytes</source>
        <translation>檔案描述超過 %1 位元組</translation>
    </message>
    <message>
        <source>the file description contains a document type declaration</source>
        <translation>檔案描述含有 DOCTYPE 宣告</translation>
    </message>
    <message>
        <source>the file description is not well-formed XML (%1)</source>
        <translation>檔案描述不是格式正確的 XML（%1）</translation>
    </message>
    <message>
        <source>the body is not a file-transfer description</source>
        <translation>內容不是檔案傳輸描述</translation>
    </message>
    <message>
        <source>the file description names no file</source>
        <translation>檔案描述中沒有指明檔案</translation>
    </message>
    <message>
        <source>the file description has no file name</source>
        <translation>檔案描述沒有檔案名稱</translation>
    </message>
    <message>
        <source>the file size %1 is not a number of bytes</source>
        <translation>檔案大小 %1 不是位元組數</translation>
    </message>
    <message>
        <source>the content type %1 is not valid</source>
        <translation>內容類型 %1 無效</translation>
    </message>
    <message>
        <source>the playing length %1 is not a number of milliseconds</source>
        <translation>播放長度 %1 不是毫秒數</translation>
    </message>
    <message>
        <source>the file description has no download address</source>
        <translation>檔案描述沒有下載網址</translation>
    </message>
    <message>
        <source>the download address is not valid</source>
        <translation>下載網址無效</translation>
    </message>
    <message>
        <source>the download address is not an http or https address</source>
        <translation>下載網址不是 http 或 https 網址</translation>
    </message>
    <message>
        <source>the expiry time %1 is not valid</source>
        <translation>到期時間 %1 無效</translation>
    </message>
    <message>
        <source>the expiry time %1 is out of range</source>
        <translation>到期時間 %1 超出範圍</translation>
    </message>
</context>
<context>
    <name>UrlOpenFilter</name>
    <message>
        <source>This link cannot be read as a phone or SIP address.</source>
        <translation>無法將這個連結辨識為電話號碼或 SIP 位址。</translation>
    </message>
    <message>
        <source>This link cannot be called: %s</source>
        <translation>無法撥打這個連結：%s</translation>
    </message>
</context>
<context>
    <name>VCardProblem</name>
    <message>
        <source>not a valid vCard file: %1</source>
        <translation>不是有效的 vCard 檔案：%1</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>檔案中沒有 vCard</translation>
    </message>
    <message>
        <source>vCard %1 has no name (FN or N)</source>
        <translation>第 %1 張 vCard 沒有姓名（FN 或 N）</translation>
    </message>
    <message>
        <source>item %1 is a %2, not a vCard</source>
        <translation>第 %1 項是 %2，不是 vCard</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>檔案 %1 超過 %2 MB</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>無法讀取檔案 %1：%2</translation>
    </message>
    <message>
        <source>the file %1 is not UTF-8 text (byte %2)</source>
        <translation>檔案 %1 不是 UTF-8 文字（第 %2 位元組）</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>沒有視訊</translation>
    </message>
    <message>
        <source>Video is not available with this contact</source>
        <translation>無法與這位聯絡人進行視訊</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>視訊</translation>
    </message>
    <message>
        <source>Stop video</source>
        <translation>停止視訊</translation>
    </message>
    <message>
        <source>Start video</source>
        <translation>開始視訊</translation>
    </message>
    <message>
        <source>Turn the camera on</source>
        <translation>開啟攝影機</translation>
    </message>
    <message>
        <source>Turn the camera off</source>
        <translation>關閉攝影機</translation>
    </message>
    <message>
        <source>Waiting for the other side to take video…</source>
        <translation>正在等待對方接受視訊…</translation>
    </message>
    <message>
        <source>Connecting video…</source>
        <translation>視訊連線中…</translation>
    </message>
    <message>
        <source>Receiving %s×%s · %s fps · %s kbit/s</source>
        <translation>接收 %s×%s · %s fps · %s kbit/s</translation>
    </message>
    <message>
        <source>Sending %s×%s · %s fps · %s kbit/s</source>
        <translation>傳送 %s×%s · %s fps · %s kbit/s</translation>
    </message>
    <message>
        <source>The video connection was lost.</source>
        <translation>視訊連線已中斷。</translation>
    </message>
</context>
<context>
    <name>VoiceMessageProblem</name>
    <message>
        <source>the voice message is longer than 10 minutes, the longest this app plays</source>
        <translation>語音訊息超過 10 分鐘，超出本程式可播放的最長時間</translation>
    </message>
    <message>
        <source>this file is not a sound format we know</source>
        <translation>這個檔案不是已知的音訊格式</translation>
    </message>
    <message>
        <source>the recording cannot be written (%1)</source>
        <translation>無法寫入錄音（%1）</translation>
    </message>
    <message>
        <source>the speaker cannot be opened (%1)</source>
        <translation>無法開啟喇叭（%1）</translation>
    </message>
    <message>
        <source>the voice message cannot be decoded (%1)</source>
        <translation>無法解碼語音訊息（%1）</translation>
    </message>
    <message>
        <source>the voice message cannot be read (%1)</source>
        <translation>無法讀取語音訊息（%1）</translation>
    </message>
    <message>
        <source>the recording failed (%1)</source>
        <translation>錄音失敗（%1）</translation>
    </message>
    <message>
        <source>nothing is being recorded</source>
        <translation>目前沒有在錄音</translation>
    </message>
    <message>
        <source>no sound came from the microphone</source>
        <translation>麥克風沒有傳來聲音</translation>
    </message>
    <message>
        <source>this %1 file cannot be decoded here (%2)</source>
        <translation>無法在此解碼這個 %1 檔案（%2）</translation>
    </message>
    <message>
        <source>this Matroska file cannot be played: %1</source>
        <translation>無法播放這個 Matroska 檔案：%1</translation>
    </message>
    <message>
        <source>the file is too large for a voice message</source>
        <translation>檔案太大，不能作為語音訊息</translation>
    </message>
    <message>
        <source>not a Matroska file</source>
        <translation>不是 Matroska 檔案</translation>
    </message>
    <message>
        <source>not a Matroska file (document type %1)</source>
        <translation>不是 Matroska 檔案（DocType 為 %1）</translation>
    </message>
    <message>
        <source>the file holds no Opus audio (tracks: %1)</source>
        <translation>檔案中沒有 Opus 音訊（音軌：%1）</translation>
    </message>
    <message>
        <source>an Opus packet is damaged (%1)</source>
        <translation>一個 Opus 封包已損壞（%1）</translation>
    </message>
    <message>
        <source>the file has too many elements for a voice message</source>
        <translation>檔案包含的元素太多，不像語音訊息</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged</source>
        <translation>檔案標頭已損壞</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>檔案不完整</translation>
    </message>
    <message>
        <source>the file is damaged (an element of unknown size)</source>
        <translation>檔案已損壞（有元素大小未知）</translation>
    </message>
    <message>
        <source>the file is damaged (bad element header)</source>
        <translation>檔案已損壞（元素標頭錯誤）</translation>
    </message>
    <message>
        <source>the file is damaged (short block)</source>
        <translation>檔案已損壞（資料區塊過短）</translation>
    </message>
    <message>
        <source>the file is damaged (bad lacing)</source>
        <translation>檔案已損壞（lacing 錯誤）</translation>
    </message>
    <message>
        <source>the file is not an Ogg stream (or it is damaged)</source>
        <translation>檔案不是 Ogg 串流（或已損壞）</translation>
    </message>
    <message>
        <source>the Ogg file is cut short</source>
        <translation>Ogg 檔案不完整</translation>
    </message>
    <message>
        <source>the Ogg stream is longer than a voice message may be</source>
        <translation>Ogg 串流超過了語音訊息的最長時間</translation>
    </message>
    <message>
        <source>the Ogg file holds no Opus stream</source>
        <translation>Ogg 檔案中沒有 Opus 串流</translation>
    </message>
    <message>
        <source>the Opus stream has no comment header</source>
        <translation>Opus 串流沒有註解標頭</translation>
    </message>
    <message>
        <source>the Ogg stream claims to be longer than a voice message may be</source>
        <translation>Ogg 串流宣稱的長度超過了語音訊息的上限</translation>
    </message>
    <message>
        <source>an element is too large for Matroska</source>
        <translation>某個元素對 Matroska 來說太大</translation>
    </message>
</context>
<context>
    <name>VoicePlayback</name>
    <message>
        <source>This voice message cannot be played: %1</source>
        <translation>無法播放這則語音訊息：%1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <source>Recording cannot start: %1</source>
        <translation>無法開始錄音：%1</translation>
    </message>
    <message>
        <source>The voice message was not recorded: %1</source>
        <translation>語音訊息未錄製：%1</translation>
    </message>
    <message>
        <source>Discard the voice message</source>
        <translation>捨棄語音訊息</translation>
    </message>
    <message>
        <source>Send the voice message</source>
        <translation>傳送語音訊息</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <source>Length of the recording</source>
        <translation>錄音長度</translation>
    </message>
</context>
<context>
    <name>VoicemailBar</name>
    <message>
        <source>Call voicemail</source>
        <translation>撥打語音信箱</translation>
    </message>
    <message>
        <source>No voicemail number yet</source>
        <translation>尚未設定語音信箱號碼</translation>
    </message>
    <message>
        <source>No new voicemail</source>
        <translation>沒有新的語音留言</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>新的語音留言：%s</translation>
    </message>
</context>
<context>
    <name>WindowPresence</name>
    <message>
        <source>Jego is still running</source>
        <translation>Jego 仍在執行中</translation>
    </message>
    <message>
        <source>Calls and messages still reach you. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>您仍會收到來電和訊息。可從系統匣圖示的選單或按 Ctrl+Q 結束程式。</translation>
    </message>
</context>
</TS>
