"""Local persistence: the profile folder, SQLite database, secrets. No Qt."""
