"""Fault tests: killed workers, restarted servers, cut connections, shutdown signals."""
