"""numpy, loaded by the first sound that needs it (it costs ~15 MB at start).

Code on the 20 ms audio path binds the module once, when its streams open, and keeps it:
an `import` statement inside a per-frame callback is a dictionary look-up under the
import machinery's lock on PortAudio's and pjmedia's threads, fifty times a second.
"""

from __future__ import annotations

from types import ModuleType


def load_numpy() -> ModuleType:
    import numpy

    return numpy
