"""gRPC transport: the only package (with ``_compat``) that imports grpc.

Public names are re-exported by :mod:`temporalio.service`.
"""

from temporalio._transport import _grpc_tuning

_grpc_tuning.apply()
