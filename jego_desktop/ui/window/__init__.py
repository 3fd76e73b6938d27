"""The main window's frame: navigation rail, account line, notices, tray, notifications."""
