"""Temporal SDK for Python on anyio.

The client and worker run unchanged under ``asyncio.run`` or ``trio.run``;
workflows run on a deterministic scheduler of our own.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
