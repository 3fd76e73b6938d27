"""Composition root: builds the profile, store, engine and windows, and wires them.

One module per job: run (start-up), services (store + engine + wiring, stopped at quit),
accounts, settings, chats, attachments (files and voice messages), calls, video, presence,
database, engine_setup, capabilities.
"""

from jego_desktop.app.accounts import AccountBinding
from jego_desktop.app.calls import wire_call_views
from jego_desktop.app.capabilities import report_missing_capabilities
from jego_desktop.app.chats import wire_chats
from jego_desktop.app.database import open_database
from jego_desktop.app.engine_setup import engine_config, follow_network_changes
from jego_desktop.app.presence import wire_presence
from jego_desktop.app.run import Options, run
from jego_desktop.app.services import Services
from jego_desktop.app.settings import wire_settings
from jego_desktop.app.video import wire_video_calls

__all__ = [
    "AccountBinding",
    "Options",
    "Services",
    "engine_config",
    "follow_network_changes",
    "open_database",
    "report_missing_capabilities",
    "run",
    "wire_call_views",
    "wire_chats",
    "wire_presence",
    "wire_settings",
    "wire_video_calls",
]
