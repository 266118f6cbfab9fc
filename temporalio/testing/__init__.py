"""Testing helpers: a Temporal server started from Python, for tests and examples."""

from temporalio.testing._workflow_environment import WorkflowEnvironment as WorkflowEnvironment

__all__ = ["WorkflowEnvironment"]
