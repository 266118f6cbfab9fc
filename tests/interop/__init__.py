"""Interoperability with the reference Temporal Python SDK (opt-in: needs its virtualenv)."""
