"""grpcio settings that must be in place before grpc is first imported.

grpc core reads its experiments (``GRPC_EXPERIMENTS``) once, when the ``grpc``
package is imported. Since grpcio 1.79 its Python build runs client connections on
the EventEngine, whose I/O threads add two to four thread wake-ups to every call;
with the ``event_engine_client`` experiment off, the thread waiting on the
completion queue does the socket I/O itself, which costs about a third less CPU per
call (see docs/performance.md). Older grpcio versions have the same experiment, off
by default for Python, so turning it off there changes nothing.

The setting is applied only when this package is the first to import grpc and the
user has not set ``GRPC_EXPERIMENTS`` (setting it, even to an empty string, keeps
grpc's own defaults). The variable is set for the import only and removed again, so
child processes do not inherit it.
"""

from __future__ import annotations

import os
import sys
from importlib import metadata

#: grpc core experiments this SDK turns off.
DISABLED_EXPERIMENTS = ("event_engine_client",)

#: grpcio versions known to have every experiment above (older ones are not supported).
_MIN_VERSION = (1, 66)
_MAX_MAJOR = 1

#: Whether :func:`apply` changed grpc's experiments in this process.
applied = False


def _grpcio_version() -> tuple[int, int] | None:
    try:
        parts = metadata.version("grpcio").split(".")
        return int(parts[0]), int(parts[1])
    except (metadata.PackageNotFoundError, ValueError, IndexError):
        return None


def apply() -> None:
    """Import grpc with :data:`DISABLED_EXPERIMENTS` off, if nobody decided otherwise."""
    global applied
    if "grpc" in sys.modules or "GRPC_EXPERIMENTS" in os.environ:
        return
    version = _grpcio_version()
    if version is None or version < _MIN_VERSION or version[0] > _MAX_MAJOR:
        return
    os.environ["GRPC_EXPERIMENTS"] = ",".join(f"-{name}" for name in DISABLED_EXPERIMENTS)
    try:
        import grpc  # noqa: F401  (reads GRPC_EXPERIMENTS now)
    finally:
        del os.environ["GRPC_EXPERIMENTS"]
    applied = True
