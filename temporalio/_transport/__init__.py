"""gRPC transport: the only package (with ``_compat``) that imports grpc.

Public names are re-exported by :mod:`temporalio.service`.
"""
