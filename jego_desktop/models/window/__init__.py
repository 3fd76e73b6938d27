"""What the main window and the tray say: my status, registration, what waits, notices."""
