"""The only place (with the gRPC transport) that imports asyncio or trio directly.

Everything else talks to the host event loop through anyio or through the
helpers in this package.
"""
