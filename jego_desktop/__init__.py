"""Jego Desktop: a softphone and messenger for a mobile number bound to the app."""

__version__ = "0.1.0"
APP_NAME = "Jego Desktop"
APP_ID = "jego-desktop"
