"""History state machines: workflow history in, activations out; commands in, commands out.

This package is the pure-Python counterpart of sdk-core's workflow machines: synchronous,
no I/O, no threads. It is modelled on core's activation/completion seam.

The seam
========

One :class:`WorkflowRun` per cached workflow run. The worker drives it; the workflow
runtime only sees :class:`Activation` objects and answers with an
:class:`ActivationCompletion`::

    run = WorkflowRun(namespace="default", sdk_name="temporal-python", sdk_version="0.1.0")
    step = run.new_task(WorkflowTask.from_poll_response(poll_response, all_events))
    while True:
        for req in run.take_local_activity_requests():   # after every step
            ...start or cancel the local activity...
        match step:
            case Activation():
                step = run.complete_activation(runtime.activate(step))
            case CompleteWorkflowTask():      # RespondWorkflowTaskCompleted, then wait for
                ...                           # the next task (evict if workflow_finished)
            case FailWorkflowTask():          # RespondWorkflowTaskFailed if step.report;
                ...                           # then run.evict(...) and drop the run
            case RespondLegacyQuery():        # RespondQueryTaskCompleted
                ...
            case AwaitLocalActivities():      # wait for LA results -> run.resolve_local_
                ...                           # activity(...); at 80 % of the WFT timeout
                                              # respond with run.heartbeat()
            case NoResponse():                # nothing to send for this task
                ...

Inputs per workflow task (:class:`WorkflowTask`): the already-paginated history events
(full, incremental/sticky, or empty for a legacy query answered from cache; events the run
already applied are skipped), ``previous_started_event_id``, ``started_event_id``,
``attempt``, attached ``queries``, the ``legacy_query``, protocol ``messages`` (updates),
``task_token``, ``workflow_execution`` and ``workflow_type``.
:meth:`WorkflowTask.for_replay` builds the task the Replayer feeds for a whole history.

Activations carry ``run_id``, ``timestamp`` (workflow time), ``is_replaying``,
``history_length``, ``available_internal_flags`` and ``jobs`` in PROTOCOL §2.3 order:
:class:`InitializeWorkflow`, :class:`NotifyHasPatch`, :class:`UpdateRandomSeed`,
:class:`SignalWorkflow` / :class:`DoUpdate`, then resolutions in history order
(:class:`FireTimer`, :class:`ResolveActivity`, :class:`ResolveChildWorkflowExecutionStart`,
:class:`ResolveChildWorkflowExecution`, :class:`ResolveSignalExternalWorkflow`,
:class:`ResolveRequestCancelExternalWorkflow`, :class:`CancelWorkflow`), local-activity
resolutions; :class:`QueryWorkflow` and :class:`RemoveFromCache` only in activations of their
own.

Completions carry lang commands (:mod:`._commands`), each kind with its own ``seq`` allocated
by the runtime. The run turns them into protobuf ``Command`` s (terminal command last),
protocol ``Message`` s, query results and ``sdk_metadata``, or into a task failure when
workflow code disagrees with history (nondeterminism, PROTOCOL §2.5) or the history is
malformed.

Local activities are never executed here: :meth:`WorkflowRun.take_local_activity_requests`
hands out :class:`LocalActivityRequest` / :class:`CancelLocalActivityRequest`, and results
come back through :meth:`WorkflowRun.resolve_local_activity` (which returns the next step,
or None while an activation is outstanding or after the task was answered, e.g. by a
heartbeat: the result then rides on the next activation or task).

Other calls: :meth:`WorkflowRun.evict` (the ``RemoveFromCache`` activation),
:meth:`WorkflowRun.rollback_speculative_task` (``reset_history_event_id`` from a completion
response), and the properties ``workflow_finished``, ``outstanding_local_activities``,
``last_processed_event_id``, ``last_started_event_id`` and ``workflow_task_timeout``.

Cache misses: a task whose history does not start where the run left off (e.g. a sticky task
for a run not in the cache) must be given full history; otherwise the run answers with a
:class:`FailWorkflowTask` naming the gap.

Module map: :mod:`._run` (driver), :mod:`._run_state`, :mod:`._apply_history`,
:mod:`._apply_commands`, :mod:`._history` (logical WFTs), one module per machine
(:mod:`._timer`, :mod:`._activity`, :mod:`._child`, :mod:`._external`, :mod:`._patch`,
:mod:`._local_activity`, :mod:`._update`, :mod:`._simple`), :mod:`._flags`,
:mod:`._seed`, :mod:`._errors`, and the seam's data types in :mod:`._activation`,
:mod:`._commands`, :mod:`._task` and :mod:`._outcome`.
"""

from ._activation import (
    LEGACY_QUERY_ID,
    Activation,
    ActivityBackoff,
    ActivityCancelled,
    ActivityCompleted,
    ActivityFailed,
    ActivityResolution,
    CancelWorkflow,
    ChildWorkflowCancelled,
    ChildWorkflowCompleted,
    ChildWorkflowFailed,
    ChildWorkflowResult,
    ChildWorkflowStartCancelled,
    ChildWorkflowStartFailed,
    ChildWorkflowStartStatus,
    ChildWorkflowStartSucceeded,
    DoUpdate,
    EvictionReason,
    FireTimer,
    InitializeWorkflow,
    Job,
    NotifyHasPatch,
    QueryWorkflow,
    RemoveFromCache,
    ResolveActivity,
    ResolveChildWorkflowExecution,
    ResolveChildWorkflowExecutionStart,
    ResolveRequestCancelExternalWorkflow,
    ResolveSignalExternalWorkflow,
    SignalWorkflow,
    UpdateRandomSeed,
)
from ._commands import (
    ActivityCancellationType,
    CancelChildWorkflowExecution,
    CancelSignalWorkflow,
    CancelTimer,
    CancelWorkflowExecution,
    ChildWorkflowCancellationType,
    CompleteWorkflowExecution,
    ContinueAsNewWorkflowExecution,
    FailWorkflowExecution,
    LangCommand,
    ModifyWorkflowProperties,
    RequestCancelActivity,
    RequestCancelExternalWorkflowExecution,
    RequestCancelLocalActivity,
    RespondToQuery,
    ScheduleActivity,
    ScheduleLocalActivity,
    SetPatchMarker,
    SignalExternalWorkflowExecution,
    StartChildWorkflowExecution,
    StartTimer,
    UpdateResponse,
    UpsertWorkflowSearchAttributes,
)
from ._errors import HistoryError, MachineError, NondeterminismError
from ._flags import CoreFlag
from ._local_activity import (
    CancelLocalActivityRequest,
    LocalActivityRequest,
    LocalActivityResult,
    LocalActivityTimedOut,
)
from ._outcome import (
    AwaitLocalActivities,
    CompleteWorkflowTask,
    FailWorkflowTask,
    NoResponse,
    RespondLegacyQuery,
    RunStep,
)
from ._run import WorkflowRun
from ._seed import randomness_seed
from ._task import ActivationCompletion, WorkflowTask

__all__ = [
    "LEGACY_QUERY_ID",
    "Activation",
    "ActivationCompletion",
    "ActivityBackoff",
    "ActivityCancellationType",
    "ActivityCancelled",
    "ActivityCompleted",
    "ActivityFailed",
    "ActivityResolution",
    "AwaitLocalActivities",
    "CancelChildWorkflowExecution",
    "CancelLocalActivityRequest",
    "CancelSignalWorkflow",
    "CancelTimer",
    "CancelWorkflow",
    "CancelWorkflowExecution",
    "ChildWorkflowCancellationType",
    "ChildWorkflowCancelled",
    "ChildWorkflowCompleted",
    "ChildWorkflowFailed",
    "ChildWorkflowResult",
    "ChildWorkflowStartCancelled",
    "ChildWorkflowStartFailed",
    "ChildWorkflowStartStatus",
    "ChildWorkflowStartSucceeded",
    "CompleteWorkflowExecution",
    "CompleteWorkflowTask",
    "ContinueAsNewWorkflowExecution",
    "CoreFlag",
    "DoUpdate",
    "EvictionReason",
    "FailWorkflowExecution",
    "FailWorkflowTask",
    "FireTimer",
    "HistoryError",
    "InitializeWorkflow",
    "Job",
    "LangCommand",
    "LocalActivityRequest",
    "LocalActivityResult",
    "LocalActivityTimedOut",
    "MachineError",
    "ModifyWorkflowProperties",
    "NoResponse",
    "NondeterminismError",
    "NotifyHasPatch",
    "QueryWorkflow",
    "RemoveFromCache",
    "RequestCancelActivity",
    "RequestCancelExternalWorkflowExecution",
    "RequestCancelLocalActivity",
    "ResolveActivity",
    "ResolveChildWorkflowExecution",
    "ResolveChildWorkflowExecutionStart",
    "ResolveRequestCancelExternalWorkflow",
    "ResolveSignalExternalWorkflow",
    "RespondLegacyQuery",
    "RespondToQuery",
    "RunStep",
    "ScheduleActivity",
    "ScheduleLocalActivity",
    "SetPatchMarker",
    "SignalExternalWorkflowExecution",
    "SignalWorkflow",
    "StartChildWorkflowExecution",
    "StartTimer",
    "UpdateRandomSeed",
    "UpdateResponse",
    "UpsertWorkflowSearchAttributes",
    "WorkflowRun",
    "WorkflowTask",
    "randomness_seed",
]
