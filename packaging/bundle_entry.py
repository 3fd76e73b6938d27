"""Entry script for the PyInstaller bundle (packaging/build_bundle.sh)."""

import sys

from jego_desktop.__main__ import main

sys.exit(main())
