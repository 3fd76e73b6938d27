<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountEditor</name>
    <message>
        <source>A password is needed.</source>
        <translation>需要密码。</translation>
    </message>
    <message>
        <source>%s is already bound.</source>
        <translation>%s 已经绑定。</translation>
    </message>
    <message>
        <source>%s is not bound.</source>
        <translation>%s 未绑定。</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Type your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <source>Type the number in international form, starting with + and the country code.</source>
        <translation>请以国际格式输入号码，以 + 和国家代码开头。</translation>
    </message>
    <message>
        <source>This is not a valid international number.</source>
        <translation>这不是有效的国际号码。</translation>
    </message>
    <message>
        <source>This is neither a phone number nor a SIP user name.</source>
        <translation>这既不是电话号码，也不是 SIP 用户名。</translation>
    </message>
    <message>
        <source>Type the server your operator gave you.</source>
        <translation>请输入运营商提供的服务器。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Type a host name or address, optionally followed by :port.</source>
        <translation>请输入主机名或地址，可在后面加 :端口。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>This contains control characters.</source>
        <translation>其中包含控制字符。</translation>
    </message>
    <message>
        <source>The user name cannot contain spaces.</source>
        <translation>用户名不能包含空格。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not connected: %s</source>
        <translation>未连接：%s</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Bind your number</source>
        <translation>绑定您的号码</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>Registering with %s…</source>
        <translation>正在向 %s 注册…</translation>
    </message>
    <message>
        <source>Registered: these settings work.</source>
        <translation>注册成功：这些设置可用。</translation>
    </message>
    <message>
        <source>Registration failed: %s</source>
        <translation>注册失败：%s</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Bound numbers</source>
        <translation>已绑定的号码</translation>
    </message>
    <message>
        <source>No number bound yet. Bind your mobile number to make and receive calls here.</source>
        <translation>尚未绑定号码。绑定您的手机号码即可在这里拨打和接听电话。</translation>
    </message>
    <message>
        <source>Bind your number…</source>
        <translation>绑定您的号码…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Voicemail number…</source>
        <translation>语音信箱号码…</translation>
    </message>
    <message>
        <source>Delivery and read receipts and typing notices go only to people you have written to or called.</source>
        <translation>送达回执、已读回执和正在输入提示只会发给您写过信息或打过电话的人。</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Stop receiving calls for %s on this computer? Its history is kept.</source>
        <translation>不再在这台电脑上接听 %s 的来电？其记录会保留。</translation>
    </message>
    <message>
        <source>Voicemail number</source>
        <translation>语音信箱号码</translation>
    </message>
    <message>
        <source>The number or SIP address that reaches the voicemail of %1. Leave it empty to use the one your operator announces.</source>
        <translation>%1 的语音信箱号码或 SIP 地址。留空则使用运营商提供的号码。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>地址不能包含空格。</translation>
    </message>
    <message>
        <source>This address is not valid.</source>
        <translation>该地址无效。</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://.</source>
        <translation>地址必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>地址中没有服务器名称。</translation>
    </message>
    <message>
        <source>Type an IP address such as 192.168.1.20, or leave empty.</source>
        <translation>请输入 IP 地址（如 192.168.1.20），或留空。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Type a server name such as stun.example.org:3478.</source>
        <translation>请输入服务器名称，例如 stun.example.org:3478。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>“%1” is not a file that can be sent.</source>
        <translation>“%1”不是可以发送的文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>The voice message cannot be read: %1</source>
        <translation>无法读取语音消息：%1</translation>
    </message>
    <message>
        <source>This file has no download address.</source>
        <translation>此文件没有下载地址。</translation>
    </message>
    <message>
        <source>%1 has sent many files lately</source>
        <translation>%1 最近发送了很多文件</translation>
    </message>
    <message>
        <source>received files have reached their space limit</source>
        <translation>已接收的文件已达到空间上限</translation>
    </message>
    <message>
        <source>“%1” was not downloaded automatically: %2. Click it to download it.</source>
        <translation>“%1”未自动下载：%2。点击即可下载。</translation>
    </message>
    <message>
        <source>To make room for new files, files downloaded automatically and never opened were removed (%1); click one to download it again.</source>
        <translation>为腾出空间，已删除自动下载且从未打开的文件（%1 个）；点击文件即可重新下载。</translation>
    </message>
    <message>
        <source>Files cannot be sent: no file-transfer server is set. Add its address in Settings, under Files.</source>
        <translation>无法发送文件：未设置文件传输服务器。请在“设置”的“文件”中添加其地址。</translation>
    </message>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation>无法发送该文件：%1</translation>
    </message>
    <message>
        <source>The file to send is no longer in the profile folder.</source>
        <translation>要发送的文件已不在配置文件夹中。</translation>
    </message>
    <message>
        <source>No file-transfer server is set.</source>
        <translation>未设置文件传输服务器。</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>无法下载“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” was not sent: %2</source>
        <translation>“%1”未发送：%2</translation>
    </message>
    <message>
        <source>The file server cannot be reached.</source>
        <translation>无法连接文件服务器。</translation>
    </message>
    <message>
        <source>The file server refused the account&apos;s user name or password.</source>
        <translation>文件服务器拒绝了该账户的用户名或密码。</translation>
    </message>
    <message>
        <source>The file does not have the size it was announced with; it was not kept.</source>
        <translation>文件大小与声明的不符，未予保留。</translation>
    </message>
    <message>
        <source>The download was cut off before the end; nothing was kept.</source>
        <translation>下载在完成前中断，未保留任何内容。</translation>
    </message>
    <message>
        <source>The file is larger than this app downloads, or than the free disk space.</source>
        <translation>文件超过本应用允许下载的大小或可用磁盘空间。</translation>
    </message>
    <message>
        <source>The file&apos;s content is not what it was announced as; it was not kept.</source>
        <translation>文件内容与声明的类型不符，未予保留。</translation>
    </message>
    <message>
        <source>The file is no longer available on the server.</source>
        <translation>该文件在服务器上已不可用。</translation>
    </message>
    <message>
        <source>The file is on a local or private address, which a message may not make this app reach; it was not downloaded.</source>
        <translation>该文件位于本地或私有地址，消息无权让本应用访问此类地址；未下载该文件。</translation>
    </message>
    <message>
        <source>The download took too long and was stopped; nothing was kept.</source>
        <translation>下载耗时过长，已停止；未保留任何内容。</translation>
    </message>
    <message>
        <source>The file server refused the transfer (error %1).</source>
        <translation>文件服务器拒绝了传输（错误 %1）。</translation>
    </message>
    <message>
        <source>The file server&apos;s answer was not understood.</source>
        <translation>无法理解文件服务器的响应。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>This voice message is in a sound format this app cannot play.</source>
        <translation>此语音消息的音频格式本应用无法播放。</translation>
    </message>
    <message>
        <source>This voice message cannot be played here: %1</source>
        <translation>此语音消息无法在此播放：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Files to send: %s</source>
        <translation>待发送文件：%s</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send these files</source>
        <translation>发送这些文件</translation>
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
        <translation>音频</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>铃声设备</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风电平</translation>
    </message>
    <message>
        <source>Look for devices again</source>
        <translation>重新查找设备</translation>
    </message>
    <message>
        <source>Sound test</source>
        <translation>声音测试</translation>
    </message>
    <message>
        <source>Check your microphone and speaker without calling anyone.</source>
        <translation>无需拨打电话即可检查麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Hear yourself</source>
        <translation>听自己的声音</translation>
    </message>
    <message>
        <source>Record 3 s and play back</source>
        <translation>录音 3 秒并回放</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>回声消除</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>降噪</translation>
    </message>
    <message>
        <source>Ringtone</source>
        <translation>铃声</translation>
    </message>
    <message>
        <source>Ring for incoming calls</source>
        <translation>来电时响铃</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Ringtone volume</source>
        <translation>铃声音量</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%s (not connected)</source>
        <translation>%s（未连接）</translation>
    </message>
    <message>
        <source>No sound: %s.</source>
        <translation>没有声音：%s。</translation>
    </message>
    <message>
        <source>A missing device is replaced by the system default until it is back.</source>
        <translation>设备缺失时使用系统默认设备，直到它重新连接。</translation>
    </message>
    <message>
        <source>The sound test cannot start: %s.</source>
        <translation>无法开始声音测试：%s。</translation>
    </message>
    <message>
        <source>Speak: you should hear yourself. Use headphones to avoid feedback.</source>
        <translation>请说话：您应该能听到自己的声音。请使用耳机以免啸叫。</translation>
    </message>
    <message>
        <source>Loopback stopped.</source>
        <translation>已停止回环。</translation>
    </message>
    <message>
        <source>Recording for 3 seconds: say something…</source>
        <translation>正在录音 3 秒：请说点什么…</translation>
    </message>
    <message>
        <source>Playing back what was recorded…</source>
        <translation>正在回放录音…</translation>
    </message>
    <message>
        <source>Done. If you heard your voice, your microphone and speaker work.</source>
        <translation>完成。如果您听到了自己的声音，说明麦克风和扬声器工作正常。</translation>
    </message>
    <message>
        <source>The microphone heard nothing: check it is connected and not muted.</source>
        <translation>麦克风没有收到声音：请检查它是否已连接且未静音。</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>未接：您处于请勿打扰状态</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>%s, not answered</source>
        <translation>%s，未接通</translation>
    </message>
    <message>
        <source>Missed call from %s while on Do not disturb</source>
        <translation>请勿打扰期间来自 %s 的未接来电</translation>
    </message>
    <message>
        <source>Missed call from %s</source>
        <translation>来自 %s 的未接来电</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <source>Outgoing call to %s</source>
        <translation>呼出至 %s</translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Call ended</source>
        <translation>通话已结束</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Number not found</source>
        <translation>号码不存在</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Not reachable right now</source>
        <translation>暂时无法接通</translation>
    </message>
    <message>
        <source>Incomplete number</source>
        <translation>号码不完整</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No sound format in common</source>
        <translation>没有共同的音频格式</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Missed: you were on Do not disturb</source>
        <translation>未接：您处于请勿打扰状态</translation>
    </message>
    <message>
        <source>Call failed (%1)</source>
        <translation>呼叫失败（%1）</translation>
    </message>
</context>
<context>
    <name>CallQuality</name>
    <message>
        <source>Good sound</source>
        <translation>音质良好</translation>
    </message>
    <message>
        <source>Fair sound</source>
        <translation>音质一般</translation>
    </message>
    <message>
        <source>Poor sound</source>
        <translation>音质较差</translation>
    </message>
</context>
<context>
    <name>CallQualityMark</name>
    <message>
        <source>%s %s kHz · jitter %s ms · loss %s%% / %s%% · RTT %s ms</source>
        <translation>%s %s kHz · 抖动 %s 毫秒 · 丢包 %s%% / %s%% · 往返 %s 毫秒</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Codec, jitter, packet loss and round-trip time</source>
        <translation>编解码器、抖动、丢包率和往返时延</translation>
    </message>
</context>
<context>
    <name>CallWindows</name>
    <message>
        <source>Recording needs a profile folder.</source>
        <translation>录音需要一个配置文件夹。</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Delete every call from the history?</source>
        <translation>要从通话记录中删除全部通话吗？</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清空通话记录</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Missed only</source>
        <translation>仅未接来电</translation>
    </message>
    <message>
        <source>Show only missed calls, or every call</source>
        <translation>只显示未接来电，或显示全部通话</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Delete every call from the history</source>
        <translation>从通话记录中删除全部通话</translation>
    </message>
    <message>
        <source>No missed calls</source>
        <translation>没有未接来电</translation>
    </message>
    <message>
        <source>Calls you missed will be listed here.</source>
        <translation>你错过的来电会显示在这里。</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
    <message>
        <source>Double-click a call, or press Enter, to call back. Right-click for more.</source>
        <translation>双击通话记录或按回车键即可回拨。右键单击查看更多操作。</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Add to contacts</source>
        <translation>添加到联系人</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>复制号码</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>从通话记录中删除</translation>
    </message>
</context>
<context>
    <name>CallsSection</name>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Offered to the other side in this order; untick a codec to never use it.</source>
        <translation>按此顺序提供给对方；取消勾选的编解码器将不会使用。</translation>
    </message>
    <message>
        <source>The codecs are listed once the call engine runs.</source>
        <translation>通话引擎运行后会列出编解码器。</translation>
    </message>
    <message>
        <source>Codec order</source>
        <translation>编解码器顺序</translation>
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
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Keypad tones</source>
        <translation>按键音</translation>
    </message>
    <message>
        <source>In the audio (RFC 4733)</source>
        <translation>在音频中（RFC 4733）</translation>
    </message>
    <message>
        <source>As SIP INFO messages</source>
        <translation>以 SIP INFO 消息发送</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>所在国家/地区</translation>
    </message>
    <message>
        <source>From my number, else the system&apos;s language</source>
        <translation>跟随我的号码，否则跟随系统语言</translation>
    </message>
    <message>
        <source>Call a clicked phone link at once (no dial pad)</source>
        <translation>点击电话链接后立即呼叫（不经过拨号盘）</translation>
    </message>
    <message>
        <source>Clicked links follow this choice from the next start.</source>
        <translation>点击的链接将在下次启动后按此设置处理。</translation>
    </message>
</context>
<context>
    <name>CameraProblem</name>
    <message>
        <source>No camera was found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>The camera was not found. Is it still plugged in?</source>
        <translation>找不到摄像头。它还连接着吗？</translation>
    </message>
    <message>
        <source>The camera is in use by another app. Close that app, then turn the camera on.</source>
        <translation>摄像头正被其他应用使用。请关闭该应用，然后打开摄像头。</translation>
    </message>
    <message>
        <source>Allow Jego to use the camera in System Settings › Privacy &amp; Security › Camera.</source>
        <translation>请在“系统设置” › “隐私与安全性” › “摄像头”中允许 Jego 使用摄像头。</translation>
    </message>
    <message>
        <source>Allow desktop apps to use the camera in Settings › Privacy &amp; security › Camera.</source>
        <translation>请在“设置” › “隐私和安全性” › “摄像头”中允许桌面应用使用摄像头。</translation>
    </message>
    <message>
        <source>Jego may not use the camera (permission denied).</source>
        <translation>Jego 无权使用摄像头（权限被拒绝）。</translation>
    </message>
    <message>
        <source>The camera offers no picture size Jego can use.</source>
        <translation>摄像头没有 Jego 可用的画面尺寸。</translation>
    </message>
    <message>
        <source>The camera did not open (%1).</source>
        <translation>摄像头无法打开（%1）。</translation>
    </message>
    <message>
        <source>%1 The other side does not see you; you still see them.</source>
        <translation>%1对方看不到您，您仍能看到对方。</translation>
    </message>
</context>
<context>
    <name>ChatAttachments</name>
    <message>
        <source>%1 was not forwarded: it is no longer on this computer.</source>
        <translation>%1 未转发：它已不在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>You left this group.</source>
        <translation>你已退出该群聊。</translation>
    </message>
    <message>
        <source>You were removed from this group.</source>
        <translation>你已被移出该群聊。</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群聊</translation>
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
        <translation>还没有消息</translation>
    </message>
    <message>
        <source>Message taken back</source>
        <translation>消息已撤回</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>无法打开此聊天：%1</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>消息未发送：%1</translation>
    </message>
    <message>
        <source>This message cannot be taken back any more.</source>
        <translation>这条消息已无法撤回。</translation>
    </message>
    <message>
        <source>The message could not be taken back: the other phone was not reached.</source>
        <translation>消息未能撤回：无法联系到对方的电话。</translation>
    </message>
    <message>
        <source>The message was taken back, but it could not be removed from this computer. Please take it back again.</source>
        <translation>消息已撤回，但未能从这台电脑上删除。请再次撤回。</translation>
    </message>
    <message>
        <source>The message was not forwarded: %1</source>
        <translation>消息未转发：%1</translation>
    </message>
    <message>
        <source>Delete this message from this computer? The other person keeps their copy.</source>
        <translation>从这台电脑上删除这条消息？对方仍保留他的副本。</translation>
    </message>
    <message>
        <source>Delete this whole conversation from this computer? The other person keeps their copy.</source>
        <translation>从这台电脑上删除整个聊天？对方仍保留他的副本。</translation>
    </message>
    <message>
        <source>Delete conversation…</source>
        <translation>删除聊天…</translation>
    </message>
    <message>
        <source>Conversation deleted</source>
        <translation>聊天已删除</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>消息已删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>发起群聊（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>搜索消息（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>聊天列表</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No messages found</source>
        <translation>未找到消息</translation>
    </message>
    <message>
        <source>No conversations yet.
Press Ctrl+N to write to a number or SIP address,
or Ctrl+Shift+N to start a group.</source>
        <translation>还没有聊天。
按 Ctrl+N 给号码或 SIP 地址发消息，
按 Ctrl+Shift+N 发起群聊。</translation>
    </message>
    <message>
        <source>Or start a new one with Ctrl+N, or a group with Ctrl+Shift+N.</source>
        <translation>或按 Ctrl+N 开始新的聊天，按 Ctrl+Shift+N 发起群聊。</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>选择一个聊天</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Write a message…</source>
        <translation>输入消息…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文字</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>插入表情</translation>
    </message>
    <message>
        <source>Record a voice message</source>
        <translation>录制语音消息</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送（Enter）</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>SIP address</source>
        <translation>SIP 地址</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Send a message to %s</source>
        <translation>给 %s 发消息</translation>
    </message>
    <message>
        <source>Video call with %s</source>
        <translation>与 %s 视频通话</translation>
    </message>
    <message>
        <source>Call %s</source>
        <translation>呼叫 %s</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>导出为 vCard…</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>SIP address</source>
        <translation>SIP 地址</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>添加号码</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人需要一个姓名。</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>这不是有效的 SIP 地址。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>这不是有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>ContactsDelegate</name>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部联系人</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>The contact could not be saved: %s</source>
        <translation>无法保存联系人：%s</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete %s from your contacts?</source>
        <translation>要从联系人中删除 %s 吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Contacts imported: %s</source>
        <translation>已导入联系人：%s</translation>
    </message>
    <message>
        <source>Importing contacts from %1…</source>
        <translation>正在从 %1 导入联系人…</translation>
    </message>
    <message>
        <source>Contacts exported: %s</source>
        <translation>已导出联系人：%s</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>No contact found</source>
        <translation>未找到联系人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>No name or number matches your search.</source>
        <translation>没有与搜索匹配的姓名或号码。</translation>
    </message>
    <message>
        <source>Add the people you call and write to, or import a vCard file.</source>
        <translation>添加您常联系的人，或导入 vCard 文件。</translation>
    </message>
    <message>
        <source>Choose a contact</source>
        <translation>请选择联系人</translation>
    </message>
    <message>
        <source>Their numbers and notes will show here.</source>
        <translation>其号码和备注将显示在这里。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import vCard…</source>
        <translation>导入 vCard…</translation>
    </message>
    <message>
        <source>Export all as vCard…</source>
        <translation>全部导出为 vCard…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>搜索联系人</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Last message not sent</source>
        <translation>最后一条消息未发送</translation>
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
        <translation>正在输入…</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>转发…</translation>
    </message>
    <message>
        <source>Delete for me…</source>
        <translation>仅为我删除…</translation>
    </message>
    <message>
        <source>Take back (only in the first 2 minutes)</source>
        <translation>撤回（仅限发送后 2 分钟内）</translation>
    </message>
    <message>
        <source>Take back (their phone cannot be told)</source>
        <translation>撤回（对方的电话不支持）</translation>
    </message>
    <message>
        <source>Take back (not sent: delete it instead)</source>
        <translation>撤回（尚未发送：请直接删除）</translation>
    </message>
    <message>
        <source>Take back (not connected)</source>
        <translation>撤回（未连接）</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>yourself</source>
        <translation>自己</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>SQLite %1 is too old; %2 or newer is needed</source>
        <translation>SQLite %1 版本过旧；需要 %2 或更新版本</translation>
    </message>
    <message>
        <source>the database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <source>the database could not be written: %1</source>
        <translation>无法写入数据库：%1</translation>
    </message>
    <message>
        <source>the database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging for %1 (journal mode %2)</source>
        <translation>无法为 %1 使用预写日志（日志模式 %2）</translation>
    </message>
    <message>
        <source>the account %1 exists</source>
        <translation>账号 %1 已存在</translation>
    </message>
</context>
<context>
    <name>DialPadModel</name>
    <message>
        <source>Unknown country code.</source>
        <translation>未知的国家代码。</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <source>Type a number or a SIP address first.</source>
        <translation>请先输入号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>This is not a valid SIP address.</source>
        <translation>这不是有效的 SIP 地址。</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call a name, or type name@server.</source>
        <translation>请在设置中绑定您的号码以呼叫用户名，或输入 用户名@服务器。</translation>
    </message>
    <message>
        <source>Not a number or a name: type a number or name@server.</source>
        <translation>这不是号码或用户名：请输入号码或 用户名@服务器。</translation>
    </message>
    <message>
        <source>Bind your number in Settings to call phone numbers.</source>
        <translation>请在设置中绑定您的号码以拨打电话号码。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>DialPadPage</name>
    <message>
        <source>Extension %s will be dialled once answered</source>
        <translation>接通后将拨分机号 %s</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Number or name</source>
        <translation>号码或用户名</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>要拨打的号码</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Call the last number again</source>
        <translation>重拨上一个号码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Redial</source>
        <translation>重拨</translation>
    </message>
</context>
<context>
    <name>DtmfFailures</name>
    <message>
        <source>The other side refused the keypad tones “%1” (%2).</source>
        <translation>对方拒绝了按键音“%1”（%2）。</translation>
    </message>
    <message>
        <source>The keypad tones “%1” could not be sent: this call carries none.</source>
        <translation>无法发送按键音“%1”：此通话不支持按键音。</translation>
    </message>
</context>
<context>
    <name>EngineProblem</name>
    <message>
        <source>the call engine failed to start: %1</source>
        <translation>通话引擎无法启动：%1</translation>
    </message>
    <message>
        <source>the video connection failed</source>
        <translation>视频连接失败</translation>
    </message>
    <message>
        <source>nothing from the video peer for %1 s</source>
        <translation>%1 秒内未收到对方的视频</translation>
    </message>
    <message>
        <source>Your message database was damaged and has been set aside as %1; a new one was started.</source>
        <translation>您的消息数据库已损坏，已另存为 %1，并新建了一个数据库。</translation>
    </message>
</context>
<context>
    <name>EventNotifications</name>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
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
        <translation>文件：%s</translation>
    </message>
</context>
<context>
    <name>FileTransferProblem</name>
    <message>
        <source>The file changed while it was being sent.</source>
        <translation>文件在发送过程中被修改了。</translation>
    </message>
    <message>
        <source>This file is end-to-end encrypted, which is not supported.</source>
        <translation>此文件采用端到端加密，暂不支持。</translation>
    </message>
    <message>
        <source>No file-transfer server is set for this account.</source>
        <translation>此账号未设置文件传输服务器。</translation>
    </message>
    <message>
        <source>The file-transfer server address %1 is not an http(s) address.</source>
        <translation>文件传输服务器地址 %1 不是 http(s) 地址。</translation>
    </message>
</context>
<context>
    <name>FileTransfers</name>
    <message>
        <source>The transfer failed (%1).</source>
        <translation>传输失败（%1）。</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File-transfer server</source>
        <translation>文件传输服务器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>File-transfer server address</source>
        <translation>文件传输服务器地址</translation>
    </message>
    <message>
        <source>Pictures, voice messages and files are sent through it. Empty: none are sent.</source>
        <translation>图片、语音消息和文件都通过它发送。留空则不发送。</translation>
    </message>
    <message>
        <source>Voice messages</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Send them as</source>
        <translation>发送格式</translation>
    </message>
    <message>
        <source>Ogg Opus — standard</source>
        <translation>Ogg Opus — 标准格式</translation>
    </message>
    <message>
        <source>Matroska — for Linphone</source>
        <translation>Matroska — 适用于 Linphone</translation>
    </message>
    <message>
        <source>Voice message format</source>
        <translation>语音消息格式</translation>
    </message>
    <message>
        <source>Linphone plays only Matroska voice messages; most other apps want Ogg.</source>
        <translation>Linphone 只能播放 Matroska 格式的语音消息；其他大多数应用需要 Ogg。</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download by itself up to</source>
        <translation>自动下载上限</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Automatic download size limit</source>
        <translation>自动下载大小上限</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward to…</source>
        <translation>转发给…</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>聊天列表</translation>
    </message>
    <message>
        <source>Or a number, name or name@server</source>
        <translation>或输入号码、姓名或 名称@服务器</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
</context>
<context>
    <name>GroupEvents</name>
    <message>
        <source>%1 created the group “%2”</source>
        <translation>%1 创建了群聊“%2”</translation>
    </message>
    <message>
        <source>%1 created the group</source>
        <translation>%1 创建了群聊</translation>
    </message>
    <message>
        <source>%1 renamed the group to “%2”</source>
        <translation>%1 修改群名为“%2”</translation>
    </message>
    <message>
        <source>%1 added %3</source>
        <translation>%1 邀请 %3 加入了群聊</translation>
    </message>
    <message>
        <source>%1 removed %3</source>
        <translation>%1 将 %3 移出了群聊</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 退出了群聊</translation>
    </message>
    <message>
        <source>The group changed</source>
        <translation>群聊有变动</translation>
    </message>
    <message>
        <source>You created the group “%2”</source>
        <translation>你创建了群聊“%2”</translation>
    </message>
    <message>
        <source>You created the group</source>
        <translation>你创建了群聊</translation>
    </message>
    <message>
        <source>You renamed the group to “%2”</source>
        <translation>你修改群名为“%2”</translation>
    </message>
    <message>
        <source>You added %3</source>
        <translation>你邀请 %3 加入了群聊</translation>
    </message>
    <message>
        <source>You removed %3</source>
        <translation>你将 %3 移出了群聊</translation>
    </message>
    <message>
        <source>You left the group</source>
        <translation>你退出了群聊</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <translation>%1 邀请你加入了群聊</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <translation>%1 将你移出了群聊</translation>
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
        <translation>群名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>修改群名</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Leave group</source>
        <translation>退出群聊</translation>
    </message>
    <message>
        <source>Leave “%1”? You will no longer get its messages, and someone in it has to add you again to come back.</source>
        <translation>退出“%1”？你将不再收到群消息，之后需要群成员重新邀请你才能回来。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>GroupTexts</name>
    <message>
        <source>Give the group a name.</source>
        <translation>请给群聊起个名字。</translation>
    </message>
    <message>
        <source>A group name has at most %1 characters.</source>
        <translation>群名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Add at least one member.</source>
        <translation>请至少添加一位成员。</translation>
    </message>
    <message>
        <source>A group has at most %1 other members.</source>
        <translation>群聊最多还能有 %1 位其他成员。</translation>
    </message>
    <message>
        <source>Not a number or SIP address: %1</source>
        <translation>不是号码或 SIP 地址：%1</translation>
    </message>
    <message>
        <source>Not a number or SIP address.</source>
        <translation>不是号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>You are no longer a member of this group.</source>
        <translation>你已不是该群成员。</translation>
    </message>
    <message>
        <source>The change could not be saved. Please try again.</source>
        <translation>无法保存此更改，请重试。</translation>
    </message>
    <message>
        <source>Some members&apos; phones cannot take part in a group.</source>
        <translation>部分成员的电话无法参与群聊。</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 位成员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 位成员</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2</source>
        <translation>已送达 %1/%2 人</translation>
    </message>
    <message>
        <source>read by %1</source>
        <translation>%1 人已读</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
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
        <translation>回拨</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>InCallWindow</name>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Merge calls</source>
        <translation>合并通话</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Call ended · %s</source>
        <translation>通话已结束 · %s</translation>
    </message>
    <message>
        <source>Call with %s</source>
        <translation>与 %s 通话</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>正在呼叫…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>正在响铃…</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>On hold · %s</source>
        <translation>保持中 · %s</translation>
    </message>
    <message>
        <source>Held by the other side · %s</source>
        <translation>对方已保持 · %s</translation>
    </message>
    <message>
        <source>Extension %s dialled</source>
        <translation>已拨分机号 %s</translation>
    </message>
    <message>
        <source>Dialling extension %s…</source>
        <translation>正在拨分机号 %s…</translation>
    </message>
    <message>
        <source>Extension %s will be dialled</source>
        <translation>将拨分机号 %s</translation>
    </message>
    <message>
        <source>%s (ringing)</source>
        <translation>%s（响铃中）</translation>
    </message>
    <message>
        <source>%s (on hold)</source>
        <translation>%s（保持中）</translation>
    </message>
    <message>
        <source>Also on the line: %s</source>
        <translation>线路上还有：%s</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <source>Number or SIP address to transfer the call to:</source>
        <translation>要转接到的号码或 SIP 地址：</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Incoming call…</source>
        <translation>来电…</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>拒接来电</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <source>Incoming call from %s</source>
        <translation>来自 %s 的来电</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒接</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>接听</translation>
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
        <translation>还有 1 个邀请</translation>
    </message>
    <message>
        <source>%1 more invitations</source>
        <translation>还有 %1 个邀请</translation>
    </message>
    <message>
        <source>%1 added you to “%2”</source>
        <translation>%1 邀请你加入了“%2”</translation>
    </message>
    <message>
        <source>They are not in your contacts. Nothing of this group is shown and nothing is sent until you join.</source>
        <translation>对方不在你的联系人中。加入之前，不会显示该群的任何内容，也不会发送任何消息。</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Star</source>
        <translation>星号</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>井号</translation>
    </message>
    <message>
        <source>Hold for +</source>
        <translation>长按输入 +</translation>
    </message>
</context>
<context>
    <name>KeyringProblem</name>
    <message>
        <source>no keyring backend is available on this system</source>
        <translation>此系统上没有可用的密钥环</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No number yet</source>
        <translation>还没有号码</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>暂无会话</translation>
    </message>
    <message>
        <source>Messages to and from your contacts will appear here.</source>
        <translation>您与联系人之间的消息将显示在这里。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation>暂无联系人</translation>
    </message>
    <message>
        <source>Add the people you call and write to.</source>
        <translation>添加您常打电话和发消息的人。</translation>
    </message>
    <message>
        <source>Dial pad</source>
        <translation>拨号盘</translation>
    </message>
    <message>
        <source>Call any phone</source>
        <translation>拨打任何电话</translation>
    </message>
    <message>
        <source>Landlines and mobiles, at home and abroad.</source>
        <translation>国内外的固定电话和手机。</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>暂无通话</translation>
    </message>
    <message>
        <source>Calls you make and receive will be listed here.</source>
        <translation>您拨出和接听的电话将显示在这里。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Bind your number</source>
        <translation>绑定您的号码</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>在运营商的服务上注册您的手机号码即可开始。</translation>
    </message>
</context>
<context>
    <name>MemberEntry</name>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Number, name or name@server</source>
        <translation>号码、用户名或 用户名@服务器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Not sent. Click to retry</source>
        <translation>未发送。点击重试</translation>
    </message>
    <message>
        <source>Not sent (%1). Click to retry</source>
        <translation>未发送（%1）。点击重试</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Still not sent (%1). Click to retry</source>
        <translation>仍未发送（%1）。点击重试</translation>
    </message>
    <message>
        <source>Still not sent. Click to retry</source>
        <translation>仍未发送。点击重试</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>正在发送 %1%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <source>Failed. Click to try again</source>
        <translation>失败。点击重试</translation>
    </message>
    <message>
        <source>No longer on the server</source>
        <translation>服务器上已没有此文件</translation>
    </message>
    <message>
        <source>Click to download from %1</source>
        <translation>点击从 %1 下载</translation>
    </message>
    <message>
        <source>Click to download</source>
        <translation>点击下载</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>点击打开</translation>
    </message>
</context>
<context>
    <name>MessageFailure</name>
    <message>
        <source>could not be sent</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <translation>无应答（超时）</translation>
    </message>
    <message>
        <source>too large for the server</source>
        <translation>对服务器来说太大</translation>
    </message>
    <message>
        <source>the recipient cannot show this kind of message</source>
        <translation>对方无法显示此类消息</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>not accepted by the recipient</source>
        <translation>对方不接受</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>the account was removed before the server answered</source>
        <translation>服务器应答前账号已被移除</translation>
    </message>
    <message>
        <source>the account is not set up</source>
        <translation>账号尚未设置</translation>
    </message>
    <message>
        <source>could not be sent: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>the recipient could not take it (%1)</source>
        <translation>对方无法接收（%1）</translation>
    </message>
    <message>
        <source>the message has %1 bytes; at most %2 can be stored</source>
        <translation>消息有 %1 字节，最多只能保存 %2 字节</translation>
    </message>
    <message>
        <source>you are no longer a member of this group</source>
        <translation>你已不是该群的成员</translation>
    </message>
    <message>
        <source>not sent to %1</source>
        <translation>未发送给 %1</translation>
    </message>
</context>
<context>
    <name>MyStatus</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>隐身</translation>
    </message>
    <message>
        <source>Your contacts see you online.</source>
        <translation>联系人看到您在线。</translation>
    </message>
    <message>
        <source>Your contacts see you away; calls still ring.</source>
        <translation>联系人看到您离开；来电仍会响铃。</translation>
    </message>
    <message>
        <source>Calls are declined as busy and listed as missed.</source>
        <translation>来电将以忙线拒接，并记为未接来电。</translation>
    </message>
    <message>
        <source>You appear offline; calls and messages still reach you.</source>
        <translation>您显示为离线；仍可接收来电和消息。</translation>
    </message>
</context>
<context>
    <name>MyStatusButton</name>
    <message>
        <source>No number yet</source>
        <translation>还没有号码</translation>
    </message>
    <message>
        <source>Bind your number to be reachable; then your status shows here.</source>
        <translation>绑定您的号码后即可被联系；届时您的状态会显示在这里。</translation>
    </message>
    <message>
        <source>My status: %s</source>
        <translation>我的状态：%s</translation>
    </message>
</context>
<context>
    <name>NatFields</name>
    <message>
        <source>STUN server</source>
        <translation>STUN 服务器</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>使用 ICE 为声音寻找通路（推荐）</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>TURN 中继服务器</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>TURN 传输方式</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>TURN 用户名</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>保活间隔</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>保活间隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Filled in from your operator&apos;s settings when it provides them. These apply to every account, after a restart; the TURN password is set in Settings &gt; Network &amp; security.</source>
        <translation>运营商提供时会自动填写。这些设置适用于所有账号，重启后生效；TURN 密码在“设置 &gt; 网络与安全”中设置。</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>The keyring refused the password; it is not saved.</source>
        <translation>密钥环拒绝了该密码，密码未保存。</translation>
    </message>
    <message>
        <source>Saved in the keyring</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>网络与安全</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Every network interface</source>
        <translation>所有网络接口</translation>
    </message>
    <message>
        <source>Crossing routers (NAT)</source>
        <translation>穿越路由器（NAT）</translation>
    </message>
    <message>
        <source>STUN server</source>
        <translation>STUN 服务器</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Use ICE to find a path for the sound (recommended)</source>
        <translation>使用 ICE 为声音寻找通路（推荐）</translation>
    </message>
    <message>
        <source>TURN relay server</source>
        <translation>TURN 中继服务器</translation>
    </message>
    <message>
        <source>TURN transport</source>
        <translation>TURN 传输方式</translation>
    </message>
    <message>
        <source>TURN user name</source>
        <translation>TURN 用户名</translation>
    </message>
    <message>
        <source>TURN password</source>
        <translation>TURN 密码</translation>
    </message>
    <message>
        <source>Keep-alive every</source>
        <translation>保活间隔</translation>
    </message>
    <message>
        <source>Keep-alive interval in seconds</source>
        <translation>保活间隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Use the public address the server sees (for home routers)</source>
        <translation>使用服务器看到的公网地址（适用于家用路由器）</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Encrypted calls for new accounts</source>
        <translation>新账户的加密通话</translation>
    </message>
    <message>
        <source>Check TLS servers&apos; certificates (recommended)</source>
        <translation>验证 TLS 服务器证书（推荐）</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>These settings take effect at the next start.</source>
        <translation>这些设置在下次启动时生效。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
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
        <translation>号码、用户名或 用户名@服务器</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78 or alice@example.org</source>
        <translation>例如 138 0013 8000 或 alice@example.org</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>打开聊天</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>发起群聊</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名</translation>
    </message>
    <message>
        <source>e.g. Family</source>
        <translation>例如：家人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Double-click a member, or press Delete, to remove them.</source>
        <translation>双击成员或按 Delete 键可将其移除。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>NewGroupForm</name>
    <message>
        <source>You are in the group already.</source>
        <translation>你已经在群里了。</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Your history cannot be opened: %s</source>
        <translation>无法打开您的历史记录：%s</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>No sound: %s. Calls still connect, without audio.</source>
        <translation>没有声音：%s。通话仍可接通，但没有音频。</translation>
    </message>
    <message>
        <source>No keyring: %s. Passwords cannot be saved; you will be asked each time.</source>
        <translation>没有密钥环：%s。无法保存密码，每次都会询问您。</translation>
    </message>
    <message>
        <source>No network connection.</source>
        <translation>没有网络连接。</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>The mobile number your operator binds to this computer, with its country code.</source>
        <translation>运营商绑定到这台电脑的手机号码，需带国家代码。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <source>Shown to the people you call (optional)</source>
        <translation>向您呼叫的人显示（可选）</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for %s</source>
        <translation>%s 的密码</translation>
    </message>
    <message>
        <source>Enter the password of %s on %s to receive calls and messages.</source>
        <translation>请输入 %s 在 %s 上的密码，以便接听电话和接收消息。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Your keyring does not have this password: Jego keeps it there once given.</source>
        <translation>您的密钥环中没有这个密码：输入后 Jego 会把它保存在那里。</translation>
    </message>
    <message>
        <source>This computer has no keyring, so Jego keeps the password in memory until you quit and asks for it at each start. To be asked no more, install a keyring (Secret Service, such as GNOME Keyring, or KWallet), then enter the password again in Settings, Accounts, Edit.</source>
        <translation>这台电脑没有密钥环，Jego 只把密码保存在内存中直到您退出，每次启动都会再次询问。如不想再输入，请安装密钥环（Secret Service，例如 GNOME Keyring，或 KWallet），然后在“设置 › 账户 › 编辑”中重新输入密码。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>At most %1 files can be sent at once.</source>
        <translation>一次最多只能发送 %1 个文件。</translation>
    </message>
    <message>
        <source>Only files can be sent, not “%1”.</source>
        <translation>只能发送文件，不能发送“%1”。</translation>
    </message>
    <message>
        <source>The pasted picture is too large to send.</source>
        <translation>粘贴的图片太大，无法发送。</translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending.</source>
        <translation>无法保存粘贴的图片以供发送。</translation>
    </message>
</context>
<context>
    <name>PhoneKind</name>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
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
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Kind of number</source>
        <translation>号码类型</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>移除此号码</translation>
    </message>
</context>
<context>
    <name>ProgramWarning</name>
    <message>
        <source>Open a program?</source>
        <translation>打开程序？</translation>
    </message>
    <message>
        <source>“%1” is a program or a script (%2), not a document.</source>
        <translation>“%1”是程序或脚本（%2），不是文档。</translation>
    </message>
    <message>
        <source>“%1” is a program or a script, not a document.</source>
        <translation>“%1”是程序或脚本，不是文档。</translation>
    </message>
    <message>
        <source>Opening it runs it on this computer, with your rights. Open it only if you expected it from someone you trust.</source>
        <translation>打开它就会以您的权限在这台电脑上运行它。只有在您预期收到且来自可信之人时才打开。</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Them</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>A message taken back</source>
        <translation>一条已撤回的消息</translation>
    </message>
    <message>
        <source>You took back a message</source>
        <translation>你撤回了一条消息</translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>%1 took back a message</source>
        <translation>%1 撤回了一条消息</translation>
    </message>
</context>
<context>
    <name>RegionName</name>
    <message>
        <source>Ascension Island</source>
        <translation>阿森松岛</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>特里斯坦-达库尼亚</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>萨摩亚</translation>
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
        <translation>服务器未及时响应</translation>
    </message>
</context>
<context>
    <name>RegistrationReason</name>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>registering</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>forbidden by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>this number is unknown to the server</source>
        <translation>服务器不认识此号码</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>the server refused the registration interval</source>
        <translation>服务器拒绝了注册时长</translation>
    </message>
    <message>
        <source>another check is running</source>
        <translation>另一项检查正在进行</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>服务器错误（%1）</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>No number yet</source>
        <translation>还没有号码</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>not connected (%s)</source>
        <translation>未连接（%s）</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Replying to %1</source>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Cancel the reply</source>
        <translation>取消回复</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Password and security</source>
        <translation>密码与安全</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, nowhere else.</source>
        <translation>密码只保存在系统密钥环中，不会存放在其他地方。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is kept in memory until you quit, and asked for at each start.</source>
        <translation>这台电脑没有密钥环：密码只保存在内存中直到您退出，每次启动时会再次询问。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Encrypted calls (SRTP)</source>
        <translation>加密通话（SRTP）</translation>
    </message>
    <message>
        <source>Encrypted calls</source>
        <translation>加密通话</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Your operator&apos;s server</source>
        <translation>运营商的服务器</translation>
    </message>
    <message>
        <source>As given by your operator: a host name, and a port if needed.</source>
        <translation>按运营商提供的填写：主机名，必要时加端口。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The number, unless your operator says otherwise</source>
        <translation>默认为号码，除非运营商另有说明</translation>
    </message>
    <message>
        <source>Crossing routers</source>
        <translation>穿越路由器</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>验证服务器证书（推荐）</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>These TLS settings apply to every account, after a restart.</source>
        <translation>这些 TLS 设置适用于所有账户，重启后生效。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Network &amp; security</source>
        <translation>网络与安全</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language &amp; startup</source>
        <translation>语言与启动</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分类</translation>
    </message>
</context>
<context>
    <name>SoundProblem</name>
    <message>
        <source>no sound device was found</source>
        <translation>未找到音频设备</translation>
    </message>
    <message>
        <source>no microphone was found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <source>no speaker was found</source>
        <translation>未找到扬声器</translation>
    </message>
    <message>
        <source>echo cancellation is unavailable: the pywebrtc-audio package is missing</source>
        <translation>回声消除不可用：缺少 pywebrtc-audio 软件包</translation>
    </message>
    <message>
        <source>the PortAudio library is missing (%1)</source>
        <translation>缺少 PortAudio 库（%1）</translation>
    </message>
    <message>
        <source>the sound system did not answer (%1)</source>
        <translation>音频系统没有响应（%1）</translation>
    </message>
    <message>
        <source>echo cancellation failed and is off (%1)</source>
        <translation>回声消除出错，已关闭（%1）</translation>
    </message>
    <message>
        <source>echo cancellation failed to start (%1)</source>
        <translation>回声消除无法启动（%1）</translation>
    </message>
    <message>
        <source>the microphone did not start (%1)</source>
        <translation>麦克风未能启动（%1）</translation>
    </message>
    <message>
        <source>the speaker did not start (%1)</source>
        <translation>扬声器未能启动（%1）</translation>
    </message>
    <message>
        <source>the microphone “%1” cannot be opened (%2)</source>
        <translation>无法打开麦克风“%1”（%2）</translation>
    </message>
    <message>
        <source>the speaker “%1” cannot be opened (%2)</source>
        <translation>无法打开扬声器“%1”（%2）</translation>
    </message>
    <message>
        <source>the microphone “%1” delivers no sound</source>
        <translation>麦克风“%1”没有声音</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected; using the system default (%2)</source>
        <translation>麦克风“%1”未连接；改用系统默认设备（%2）</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected; using the system default (%2)</source>
        <translation>扬声器“%1”未连接；改用系统默认设备（%2）</translation>
    </message>
    <message>
        <source>the microphone “%1” is not connected</source>
        <translation>麦克风“%1”未连接</translation>
    </message>
    <message>
        <source>the speaker “%1” is not connected</source>
        <translation>扬声器“%1”未连接</translation>
    </message>
    <message>
        <source>the microphone cannot be opened (%1)</source>
        <translation>无法打开麦克风（%1）</translation>
    </message>
    <message>
        <source>the microphone stopped (disconnected?)</source>
        <translation>麦克风已停止（是否已断开？）</translation>
    </message>
    <message>
        <source>the speaker stopped (disconnected?)</source>
        <translation>扬声器已停止（是否已断开？）</translation>
    </message>
    <message>
        <source>it takes none of the usual sample rates in mono</source>
        <translation>它不支持任何常用的单声道采样率</translation>
    </message>
    <message>
        <source>no sample rate accepted</source>
        <translation>没有可用的采样率</translation>
    </message>
    <message>
        <source>a sound check is already running</source>
        <translation>声音测试已在进行中</translation>
    </message>
    <message>
        <source>a call is using the sound devices</source>
        <translation>通话正在使用音频设备</translation>
    </message>
</context>
<context>
    <name>SrtpChoice</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>When the other side can (optional)</source>
        <translation>对方支持时使用（可选）</translation>
    </message>
    <message>
        <source>Always (calls fail without it)</source>
        <translation>始终使用（不支持则通话失败）</translation>
    </message>
</context>
<context>
    <name>StartupSection</name>
    <message>
        <source>Language &amp; startup</source>
        <translation>语言与启动</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start Jego when I log in</source>
        <translation>登录时启动 Jego</translation>
    </message>
    <message>
        <source>Start hidden in the system tray</source>
        <translation>启动时隐藏到系统托盘</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Test the registration</source>
        <translation>测试注册</translation>
    </message>
    <message>
        <source>Jego tries to register with these settings before saving them.</source>
        <translation>Jego 会先用这些设置尝试注册，然后再保存。</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>测试注册</translation>
    </message>
    <message>
        <source>Save these settings even though the test failed</source>
        <translation>即使测试失败也保存这些设置</translation>
    </message>
    <message>
        <source>%s on %s over %s</source>
        <translation>%s，服务器 %s，经由 %s</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Bind your number</source>
        <translation>绑定您的号码</translation>
    </message>
    <message>
        <source>Register your mobile number with your operator&apos;s service to start.</source>
        <translation>在运营商的服务上注册您的手机号码即可开始。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Quit Jego</source>
        <translation>退出 Jego</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quick dial</source>
        <translation>快速拨号</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>拨号…</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>没有新消息</translation>
    </message>
    <message>
        <source>Unread messages: %s</source>
        <translation>未读消息：%s</translation>
    </message>
    <message>
        <source>Missed calls: %s</source>
        <translation>未接来电：%s</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>新语音留言：%s</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>UnreadableMessage</name>
    <message>
        <source>The message was too large (%1 bytes) and was not kept.</source>
        <translation>消息过大（%1 字节），未保存。</translation>
    </message>
    <message>
        <source>The message could not be read: %1.</source>
        <translation>无法读取消息：%1。</translation>
    </message>
    <message>
        <source>A file was sent, but its description cannot be read: %1.</source>
        <translation>对方发送了文件，但无法读取其描述：%1。</translation>
    </message>
    <message>
        <source>An end-to-end encrypted file (%1) arrived; it cannot be opened.</source>
        <translation>收到一个端到端加密的文件（%1），无法打开。</translation>
    </message>
    <message>
        <source>The message had no content type (%1 bytes).</source>
        <translation>消息没有内容类型（%1 字节）。</translation>
    </message>
    <message>
        <source>The message had content this app cannot show (%1, %2 bytes).</source>
        <translation>消息包含本应用无法显示的内容（%1，%2 字节）。</translation>
    </message>
    <message>
        <source>The message could not be read: its text is not valid %1.</source>
        <translation>无法读取消息：其文本不是有效的 %1。</translation>
    </message>
    <message>
        <source>The message could not be read: it is compressed as %1, which this app does not know.</source>
        <translation>无法读取消息：它采用 %1 压缩，本应用不支持。</translation>
    </message>
    <message>
        <source>The message could not be read: its compressed body is damaged.</source>
        <translation>无法读取消息：其压缩内容已损坏。</translation>
    </message>
    <message>
        <source>The message was too large once uncompressed (over %1 bytes).</source>
        <translation>消息解压后过大（超过 %1 字节）。</translation>
    </message>
    <message>
        <source>The message could not be read: it holds binary data, not text.</source>
        <translation>无法读取消息：其中是二进制数据，而不是文本。</translation>
    </message>
    <message>
        <source>the CPIM body has no end of CPIM headers</source>
        <translation>CPIM 正文缺少 CPIM 标头的结尾</translation>
    </message>
    <message>
        <source>the CPIM body has no end of MIME headers</source>
        <translation>CPIM 正文缺少 MIME 标头的结尾</translation>
    </message>
    <message>
        <source>the CPIM content has no content type</source>
        <translation>CPIM 内容没有内容类型</translation>
    </message>
    <message>
        <source>the CPIM message id is too long</source>
        <translation>CPIM 消息 ID 过长</translation>
    </message>
    <message>
        <source>the CPIM body has too many headers</source>
        <translation>CPIM 正文的标头过多</translation>
    </message>
    <message>
        <source>not a CPIM header line: %1</source>
        <translation>不是 CPIM 标头行：%1</translation>
    </message>
    <message>
        <source>the file description is larger than %1 bytes</source>
        <translation>文件描述超过 %1 字节</translation>
    </message>
    <message>
        <source>the file description contains a document type declaration</source>
        <translation>文件描述包含文档类型声明</translation>
    </message>
    <message>
        <source>the file description is not well-formed XML (%1)</source>
        <translation>文件描述不是格式正确的 XML（%1）</translation>
    </message>
    <message>
        <source>the body is not a file-transfer description</source>
        <translation>内容不是文件传输描述</translation>
    </message>
    <message>
        <source>the file description names no file</source>
        <translation>文件描述中没有指明文件</translation>
    </message>
    <message>
        <source>the file description has no file name</source>
        <translation>文件描述没有文件名</translation>
    </message>
    <message>
        <source>the file size %1 is not a number of bytes</source>
        <translation>文件大小 %1 不是字节数</translation>
    </message>
    <message>
        <source>the content type %1 is not valid</source>
        <translation>内容类型 %1 无效</translation>
    </message>
    <message>
        <source>the playing length %1 is not a number of milliseconds</source>
        <translation>播放时长 %1 不是毫秒数</translation>
    </message>
    <message>
        <source>the file description has no download address</source>
        <translation>文件描述没有下载地址</translation>
    </message>
    <message>
        <source>the download address is not valid</source>
        <translation>下载地址无效</translation>
    </message>
    <message>
        <source>the download address is not an http or https address</source>
        <translation>下载地址不是 http 或 https 地址</translation>
    </message>
    <message>
        <source>the expiry time %1 is not valid</source>
        <translation>过期时间 %1 无效</translation>
    </message>
    <message>
        <source>the expiry time %1 is out of range</source>
        <translation>过期时间 %1 超出范围</translation>
    </message>
</context>
<context>
    <name>UrlOpenFilter</name>
    <message>
        <source>This link cannot be read as a phone or SIP address.</source>
        <translation>无法将此链接识别为电话号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>This link cannot be called: %s</source>
        <translation>无法呼叫此链接：%s</translation>
    </message>
</context>
<context>
    <name>VCardProblem</name>
    <message>
        <source>not a valid vCard file: %1</source>
        <translation>不是有效的 vCard 文件：%1</translation>
    </message>
    <message>
        <source>the file holds no vCard</source>
        <translation>文件中没有 vCard</translation>
    </message>
    <message>
        <source>vCard %1 has no name (FN or N)</source>
        <translation>第 %1 张 vCard 没有姓名（FN 或 N）</translation>
    </message>
    <message>
        <source>item %1 is a %2, not a vCard</source>
        <translation>第 %1 项是 %2，不是 vCard</translation>
    </message>
    <message>
        <source>the file %1 is larger than %2 MB</source>
        <translation>文件 %1 超过 %2 MB</translation>
    </message>
    <message>
        <source>the file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>the file %1 is not UTF-8 text (byte %2)</source>
        <translation>文件 %1 不是 UTF-8 文本（第 %2 字节）</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Turn the camera off</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <source>Video is not available with this contact</source>
        <translation>与此联系人无法进行视频通话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Stop video</source>
        <translation>停止视频</translation>
    </message>
    <message>
        <source>Start video</source>
        <translation>开始视频</translation>
    </message>
    <message>
        <source>Turn the camera on</source>
        <translation>打开摄像头</translation>
    </message>
    <message>
        <source>Waiting for the other side to take video…</source>
        <translation>正在等待对方接受视频…</translation>
    </message>
    <message>
        <source>Connecting video…</source>
        <translation>正在连接视频…</translation>
    </message>
    <message>
        <source>Receiving %s×%s · %s fps · %s kbit/s</source>
        <translation>接收 %s×%s · %s 帧/秒 · %s kbit/s</translation>
    </message>
    <message>
        <source>Sending %s×%s · %s fps · %s kbit/s</source>
        <translation>发送 %s×%s · %s 帧/秒 · %s kbit/s</translation>
    </message>
    <message>
        <source>The video connection was lost.</source>
        <translation>视频连接已断开。</translation>
    </message>
</context>
<context>
    <name>VoiceMessageProblem</name>
    <message>
        <source>the voice message is longer than 10 minutes, the longest this app plays</source>
        <translation>语音消息超过 10 分钟，超出本应用可播放的最长时长</translation>
    </message>
    <message>
        <source>this file is not a sound format we know</source>
        <translation>此文件不是已知的声音格式</translation>
    </message>
    <message>
        <source>the recording cannot be written (%1)</source>
        <translation>无法写入录音（%1）</translation>
    </message>
    <message>
        <source>the speaker cannot be opened (%1)</source>
        <translation>无法打开扬声器（%1）</translation>
    </message>
    <message>
        <source>the voice message cannot be decoded (%1)</source>
        <translation>无法解码语音消息（%1）</translation>
    </message>
    <message>
        <source>the voice message cannot be read (%1)</source>
        <translation>无法读取语音消息（%1）</translation>
    </message>
    <message>
        <source>the recording failed (%1)</source>
        <translation>录音失败（%1）</translation>
    </message>
    <message>
        <source>nothing is being recorded</source>
        <translation>当前没有在录音</translation>
    </message>
    <message>
        <source>no sound came from the microphone</source>
        <translation>麦克风没有传来声音</translation>
    </message>
    <message>
        <source>this %1 file cannot be decoded here (%2)</source>
        <translation>无法在此解码这个 %1 文件（%2）</translation>
    </message>
    <message>
        <source>this Matroska file cannot be played: %1</source>
        <translation>无法播放这个 Matroska 文件：%1</translation>
    </message>
    <message>
        <source>the file is too large for a voice message</source>
        <translation>文件太大，不能作为语音消息</translation>
    </message>
    <message>
        <source>not a Matroska file</source>
        <translation>不是 Matroska 文件</translation>
    </message>
    <message>
        <source>not a Matroska file (document type %1)</source>
        <translation>不是 Matroska 文件（文档类型 %1）</translation>
    </message>
    <message>
        <source>the file holds no Opus audio (tracks: %1)</source>
        <translation>文件中没有 Opus 音频（音轨：%1）</translation>
    </message>
    <message>
        <source>an Opus packet is damaged (%1)</source>
        <translation>一个 Opus 数据包已损坏（%1）</translation>
    </message>
    <message>
        <source>the file has too many elements for a voice message</source>
        <translation>文件包含的元素太多，不像语音消息</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>the file is damaged (an element of unknown size)</source>
        <translation>文件已损坏（有元素大小未知）</translation>
    </message>
    <message>
        <source>the file is damaged (bad element header)</source>
        <translation>文件已损坏（元素头错误）</translation>
    </message>
    <message>
        <source>the file is damaged (short block)</source>
        <translation>文件已损坏（数据块过短）</translation>
    </message>
    <message>
        <source>the file is damaged (bad lacing)</source>
        <translation>文件已损坏（lacing 错误）</translation>
    </message>
    <message>
        <source>the file is not an Ogg stream (or it is damaged)</source>
        <translation>文件不是 Ogg 流（或已损坏）</translation>
    </message>
    <message>
        <source>the Ogg file is cut short</source>
        <translation>Ogg 文件不完整</translation>
    </message>
    <message>
        <source>the Ogg stream is longer than a voice message may be</source>
        <translation>Ogg 流超过了语音消息的最长时长</translation>
    </message>
    <message>
        <source>the Ogg file holds no Opus stream</source>
        <translation>Ogg 文件中没有 Opus 流</translation>
    </message>
    <message>
        <source>the Opus stream has no comment header</source>
        <translation>Opus 流没有注释头</translation>
    </message>
    <message>
        <source>the Ogg stream claims to be longer than a voice message may be</source>
        <translation>Ogg 流声称的时长超过了语音消息的上限</translation>
    </message>
    <message>
        <source>an element is too large for Matroska</source>
        <translation>某个元素对 Matroska 来说太大</translation>
    </message>
</context>
<context>
    <name>VoicePlayback</name>
    <message>
        <source>This voice message cannot be played: %1</source>
        <translation>无法播放此语音消息：%1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderBar</name>
    <message>
        <source>Recording cannot start: %1</source>
        <translation>无法开始录音：%1</translation>
    </message>
    <message>
        <source>The voice message was not recorded: %1</source>
        <translation>语音消息未录制：%1</translation>
    </message>
    <message>
        <source>Discard the voice message</source>
        <translation>放弃语音消息</translation>
    </message>
    <message>
        <source>Send the voice message</source>
        <translation>发送语音消息</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Length of the recording</source>
        <translation>录音时长</translation>
    </message>
</context>
<context>
    <name>VoicemailBar</name>
    <message>
        <source>Call voicemail</source>
        <translation>拨打语音信箱</translation>
    </message>
    <message>
        <source>No voicemail number yet</source>
        <translation>尚未设置语音信箱号码</translation>
    </message>
    <message>
        <source>No new voicemail</source>
        <translation>没有新的语音留言</translation>
    </message>
    <message>
        <source>New voicemails: %s</source>
        <translation>新语音留言：%s</translation>
    </message>
</context>
<context>
    <name>WindowPresence</name>
    <message>
        <source>Jego is still running</source>
        <translation>Jego 仍在运行</translation>
    </message>
    <message>
        <source>Calls and messages still reach you. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>您仍会收到来电和消息。可从托盘图标的菜单或按 Ctrl+Q 退出。</translation>
    </message>
</context>
</TS>
