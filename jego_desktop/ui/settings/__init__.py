"""The settings view: one section per subject behind a list on the left."""
