"""Testing helpers: Temporal servers started from Python, and activities run without a worker.

* :class:`WorkflowEnvironment`: a client of a server for tests, examples and
  benchmarks: ``start_local()`` (the dev server), ``start_time_skipping()`` (the
  time-skipping test server) or ``from_client()``.
* :class:`ActivityEnvironment`: runs activity functions with a test activity
  context (info, heartbeats, cancellation, worker shutdown).
"""

from temporalio.testing._activity_environment import ActivityEnvironment as ActivityEnvironment
from temporalio.testing._workflow_environment import WorkflowEnvironment as WorkflowEnvironment

__all__ = ["ActivityEnvironment", "WorkflowEnvironment"]
