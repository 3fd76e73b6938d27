"""The real-peer test bench: Kamailio, baresip, SIPp and PulseAudio on 127.0.0.1.

Every peer is a real Debian program started by the tests, bound to loopback,
with ports chosen at run time, bounded start-up times and logs kept for failures.
"""
