"""Workflow randomness seeds, bit-compatible with sdk-core.

Core seeds a run's randomness with SipHash-1-3 (keys 0, 0) of the run id as Rust's
``str::hash`` feeds it to a hasher: the UTF-8 bytes followed by one ``0xff`` byte. Using the
same function makes ``workflow.random()`` produce the same values as core-based SDKs when
replaying their histories.
"""

from __future__ import annotations

__all__ = ["randomness_seed"]

_MASK = 0xFFFFFFFFFFFFFFFF


def _rotl(x: int, b: int) -> int:
    return ((x << b) | (x >> (64 - b))) & _MASK


def _siphash13(data: bytes, k0: int = 0, k1: int = 0) -> int:
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573

    def rounds(n: int) -> None:
        nonlocal v0, v1, v2, v3
        for _ in range(n):
            v0 = (v0 + v1) & _MASK
            v1 = _rotl(v1, 13) ^ v0
            v0 = _rotl(v0, 32)
            v2 = (v2 + v3) & _MASK
            v3 = _rotl(v3, 16) ^ v2
            v0 = (v0 + v3) & _MASK
            v3 = _rotl(v3, 21) ^ v0
            v2 = (v2 + v1) & _MASK
            v1 = _rotl(v1, 17) ^ v2
            v2 = _rotl(v2, 32)

    length = len(data)
    full = length - (length % 8)
    for i in range(0, full, 8):
        m = int.from_bytes(data[i : i + 8], "little")
        v3 ^= m
        rounds(1)
        v0 ^= m
    last = (length & 0xFF) << 56
    last |= int.from_bytes(data[full:], "little")
    v3 ^= last
    rounds(1)
    v0 ^= last
    v2 ^= 0xFF
    rounds(3)
    return (v0 ^ v1 ^ v2 ^ v3) & _MASK


def randomness_seed(run_id: str) -> int:
    """The seed core derives from a run id (``original_execution_run_id`` or a reset's new id)."""
    return _siphash13(run_id.encode() + b"\xff")
