"""The workflows a worker or replayer is given: validated, by type name."""

from __future__ import annotations

from collections.abc import Sequence

from temporalio.workflow._definition import WorkflowDefinition, WorkflowDefinitionError

__all__ = ["workflow_definitions"]


def workflow_definitions(
    workflows: Sequence[type],
) -> tuple[dict[str, WorkflowDefinition], WorkflowDefinition | None]:
    """Validated definitions by name, and the dynamic one (if any).

    Raises:
        WorkflowDefinitionError: A class is not a valid workflow, or names clash.
    """
    by_name: dict[str, WorkflowDefinition] = {}
    dynamic: WorkflowDefinition | None = None
    for cls in workflows:
        defn = WorkflowDefinition.must_from_class(cls)
        if defn.name is None:
            if dynamic is not None:
                raise WorkflowDefinitionError(
                    f"more than one dynamic workflow: {dynamic.cls.__qualname__} and "
                    f"{cls.__qualname__}; a worker takes at most one"
                )
            dynamic = defn
        elif defn.name in by_name:
            raise WorkflowDefinitionError(
                f"workflow type {defn.name!r} is registered twice "
                f"({by_name[defn.name].cls.__qualname__} and {cls.__qualname__})"
            )
        else:
            by_name[defn.name] = defn
    return by_name, dynamic
