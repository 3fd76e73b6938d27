; Inno Setup 6.3+ script: a per-user installer for the PyInstaller one-folder bundle.
;
;   bash packaging/build_bundle.sh              (Git Bash; makes build\bundle\dist\jego-desktop
;                                                and build\bundle\icons\jego-desktop.ico)
;   iscc packaging\windows\jego-desktop.iss     (makes build\installer\jego-desktop-VERSION-setup.exe)
;
; No administrator rights: files go to %LOCALAPPDATA%\Programs\Jego Desktop and every
; registry key lives under HKEY_CURRENT_USER. The installer
;   - adds a Start-menu shortcut (and a desktop one when asked) and an uninstaller;
;   - installs jego-desktop-cli.exe beside the app: the console twin for scripts
;     (the windowed jego-desktop.exe has no standard output for `status --json`);
;   - makes tel:, sip:, sips: and callto: open Jego Desktop when no other program of
;     this user handles them yet (HKCU\Software\Classes\<scheme>), never taking a scheme
;     from another program;
;   - declares the four schemes in Capabilities\URLAssociations and RegisteredApplications,
;     so Jego Desktop is offered in Settings > Apps > Default apps, where the user can
;     pick it for a scheme another program already had.
; Start at login is the app's own setting (HKCU\...\Run, jego_desktop/platform/autostart.py);
; the uninstaller removes that value too. The user's profile (%LOCALAPPDATA%\jego-desktop)
; is kept on uninstall.
;
; Written and reviewed on Linux; not yet compiled or run on Windows (README, "Packages").

#define AppName "Jego Desktop"
#define AppExe "jego-desktop.exe"
#define ProgId "JegoDesktop.Link"
#define CapabilitiesKey "Software\Jego Desktop\Capabilities"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle"
#endif

[Setup]
AppId={{38178D56-06F3-4E2E-9910-7EEB182C9B4C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Jego Desktop developers
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile={#BundleDir}\icons\jego-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\build\installer
OutputBaseFilename=jego-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\dist\jego-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Calls and chat for the mobile number bound to this app"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The program identifier the Default-apps page associates the schemes with.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Phone or SIP link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

; The schemes themselves, each only when free or already ours (Check); the uninstaller
; removes only what was written here.
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: ""; ValueData: "URL:tel"; Flags: uninsdeletekey; Check: SchemeIsFreeOrOurs('tel')
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Check: SchemeIsFreeOrOurs('tel')
Root: HKCU; Subkey: "Software\Classes\tel\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Check: SchemeIsFreeOrOurs('tel')
Root: HKCU; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Check: SchemeIsFreeOrOurs('tel')
Root: HKCU; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: ""; ValueData: "URL:sip"; Flags: uninsdeletekey; Check: SchemeIsFreeOrOurs('sip')
Root: HKCU; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Check: SchemeIsFreeOrOurs('sip')
Root: HKCU; Subkey: "Software\Classes\sip\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Check: SchemeIsFreeOrOurs('sip')
Root: HKCU; Subkey: "Software\Classes\sip\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Check: SchemeIsFreeOrOurs('sip')
Root: HKCU; Subkey: "Software\Classes\sips"; ValueType: string; ValueName: ""; ValueData: "URL:sips"; Flags: uninsdeletekey; Check: SchemeIsFreeOrOurs('sips')
Root: HKCU; Subkey: "Software\Classes\sips"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Check: SchemeIsFreeOrOurs('sips')
Root: HKCU; Subkey: "Software\Classes\sips\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Check: SchemeIsFreeOrOurs('sips')
Root: HKCU; Subkey: "Software\Classes\sips\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Check: SchemeIsFreeOrOurs('sips')
Root: HKCU; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: ""; ValueData: "URL:callto"; Flags: uninsdeletekey; Check: SchemeIsFreeOrOurs('callto')
Root: HKCU; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Check: SchemeIsFreeOrOurs('callto')
Root: HKCU; Subkey: "Software\Classes\callto\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Check: SchemeIsFreeOrOurs('callto')
Root: HKCU; Subkey: "Software\Classes\callto\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Check: SchemeIsFreeOrOurs('callto')

; Capabilities + RegisteredApplications: listed in Settings > Apps > Default apps.
Root: HKCU; Subkey: "Software\Jego Desktop"; Flags: uninsdeletekeyifempty
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Calls and chat for the mobile number bound to this app"
Root: HKCU; Subkey: "{#CapabilitiesKey}"; ValueType: string; ValueName: "ApplicationIcon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "sip"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "sips"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "{#CapabilitiesKey}\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "{#ProgId}"
Root: HKCU; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "{#CapabilitiesKey}"; Flags: uninsdeletevalue

; Start at login is written by the app; only its removal is the uninstaller's job.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "jego-desktop"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ True when no program of this user handles the scheme yet, or when it is this app
  (an upgrade or a reinstall): another program's choice is never overwritten. }
function SchemeIsFreeOrOurs(Scheme: String): Boolean;
var
  Command: String;
begin
  if not RegQueryStringValue(HKCU, 'Software\Classes\' + Scheme + '\shell\open\command', '', Command) then
    Result := True
  else
    Result := Pos(Lowercase('{#AppExe}'), Lowercase(Command)) > 0;
end;
