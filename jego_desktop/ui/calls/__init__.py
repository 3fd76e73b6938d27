"""The Calls page, the dial pad, and the incoming-call and in-call windows."""
