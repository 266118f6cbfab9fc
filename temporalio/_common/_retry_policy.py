"""Retry policy of workflows and activities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import temporalio.api.common.v1

_DEFAULT_INITIAL_INTERVAL = timedelta(seconds=1)
_DEFAULT_BACKOFF_COEFFICIENT = 2.0


@dataclass
class RetryPolicy:
    """How a failed workflow or activity is retried.

    The delay before retry *n* (counting from 1) is
    ``initial_interval * backoff_coefficient ** (n - 1)``, capped at
    ``maximum_interval``. Invalid values raise :class:`ValueError` (or
    :class:`TypeError` for wrong types) when the policy is created and again
    when it is written to a proto.
    """

    initial_interval: timedelta = _DEFAULT_INITIAL_INTERVAL
    """Delay before the first retry. Must be positive."""

    backoff_coefficient: float = _DEFAULT_BACKOFF_COEFFICIENT
    """Factor applied to the delay after each retry. At least 1.0."""

    maximum_interval: timedelta | None = None
    """Largest delay between retries; ``None`` means 100 x ``initial_interval``."""

    maximum_attempts: int = 0
    """Most attempts in total (the first attempt included); 0 means unlimited."""

    non_retryable_error_types: Sequence[str] | None = None
    """Application error types (``ApplicationError.type``, or the exception class
    name) that are never retried."""

    def __post_init__(self) -> None:
        """Check the fields."""
        self.validate()

    def validate(self) -> None:
        """Check the fields.

        Raises:
            TypeError: A field has the wrong type.
            ValueError: A field has a value the server would reject or misread.
        """
        if not isinstance(self.initial_interval, timedelta):
            raise TypeError(
                "RetryPolicy.initial_interval must be a timedelta, "
                f"got {type(self.initial_interval).__name__}"
            )
        if self.maximum_interval is not None and not isinstance(self.maximum_interval, timedelta):
            raise TypeError(
                "RetryPolicy.maximum_interval must be a timedelta or None, "
                f"got {type(self.maximum_interval).__name__}"
            )
        if isinstance(self.maximum_attempts, bool) or not isinstance(self.maximum_attempts, int):
            raise TypeError(
                "RetryPolicy.maximum_attempts must be an int, "
                f"got {type(self.maximum_attempts).__name__}"
            )
        if isinstance(self.non_retryable_error_types, str):
            # A bare string is a Sequence[str] of characters: almost surely a bug.
            raise TypeError("RetryPolicy.non_retryable_error_types must be a list of type names")
        if self.maximum_attempts < 0:
            raise ValueError(
                f"RetryPolicy.maximum_attempts must not be negative, got {self.maximum_attempts}"
            )
        if self.maximum_attempts == 1:
            # A single attempt never waits, so the backoff fields do not matter
            # (the same exception the other SDKs make).
            return
        if self.initial_interval <= timedelta(0):
            raise ValueError(
                f"RetryPolicy.initial_interval must be positive, got {self.initial_interval!r}"
            )
        if self.backoff_coefficient < 1:
            raise ValueError(
                "RetryPolicy.backoff_coefficient must be at least 1.0, "
                f"got {self.backoff_coefficient!r}"
            )
        if self.maximum_interval is not None:
            if self.maximum_interval <= timedelta(0):
                raise ValueError(
                    f"RetryPolicy.maximum_interval must be positive, got {self.maximum_interval!r}"
                )
            if self.maximum_interval < self.initial_interval:
                raise ValueError(
                    f"RetryPolicy.maximum_interval ({self.maximum_interval}) must not be less "
                    f"than initial_interval ({self.initial_interval})"
                )

    @staticmethod
    def from_proto(proto: temporalio.api.common.v1.RetryPolicy) -> RetryPolicy:
        """Build a policy from its proto.

        Unset (zero) fields take the server's defaults, as the server itself
        reads them.

        Args:
            proto: The proto to read.

        Returns:
            The retry policy.
        """
        initial = (
            proto.initial_interval.ToTimedelta() if proto.HasField("initial_interval") else None
        )
        maximum = (
            proto.maximum_interval.ToTimedelta() if proto.HasField("maximum_interval") else None
        )
        return RetryPolicy(
            initial_interval=initial or _DEFAULT_INITIAL_INTERVAL,
            backoff_coefficient=proto.backoff_coefficient or _DEFAULT_BACKOFF_COEFFICIENT,
            maximum_interval=maximum or None,
            maximum_attempts=proto.maximum_attempts,
            non_retryable_error_types=list(proto.non_retryable_error_types) or None,
        )

    def apply_to_proto(self, proto: temporalio.api.common.v1.RetryPolicy) -> None:
        """Write this policy into a proto, replacing what it held.

        Args:
            proto: The proto to fill in.

        Raises:
            TypeError: A field has the wrong type.
            ValueError: A field has an invalid value.
        """
        self.validate()
        proto.initial_interval.FromTimedelta(self.initial_interval)
        proto.backoff_coefficient = self.backoff_coefficient
        proto.maximum_interval.FromTimedelta(self.maximum_interval or self.initial_interval * 100)
        proto.maximum_attempts = self.maximum_attempts
        del proto.non_retryable_error_types[:]
        if self.non_retryable_error_types:
            proto.non_retryable_error_types.extend(self.non_retryable_error_types)
