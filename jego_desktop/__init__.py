"""Jego Desktop: a softphone and messenger for a mobile number bound to the app."""

__version__ = "0.1.0"
APP_NAME = "Jego Desktop"
APP_ID = "jego-desktop"
# The one reverse-DNS id of the desktop file, the AppStream metainfo, the icon, Qt's
# desktop file name (Wayland's app id) and the macOS bundle. APP_ID stays the program's
# name (executable, command, folders, WM_CLASS).
DESKTOP_ID = "net.jego.JegoDesktop"
