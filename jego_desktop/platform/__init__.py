"""Operating-system integration: tray, single instance, link handlers."""
