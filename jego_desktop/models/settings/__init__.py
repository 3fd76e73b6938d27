"""Settings: settings.ini, bound numbers, codecs, sound devices, countries."""
