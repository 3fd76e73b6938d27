"""Qt item models and view state over store data and engine events."""
