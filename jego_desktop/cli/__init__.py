"""The command-line front door: parsing a launch, account commands, talking to the running app."""
