"""Video beside a call: sessions, cameras, pictures for the GUI thread."""
