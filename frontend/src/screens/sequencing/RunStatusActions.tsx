import { type Run, RunStatus } from '@tracseq/client';
import { useState } from 'react';
import { ConfirmButton } from '../../Confirm';
import { Problem } from '../../Problem';
import { useSession } from '../../session';
import { text, wireWords } from '../../text';

const labels = text.sequencing.status;

/** SQ-STATUS's moves from each status but failing and cancelling, which are offered apart, behind a question. */
const FORWARD: Record<RunStatus, RunStatus[]> = {
    draft: [RunStatus.Submitted],
    submitted: [RunStatus.Validated],
    validated: [RunStatus.Queued],
    queued: [RunStatus.Running, RunStatus.OnHold],
    on_hold: [RunStatus.Queued],
    running: [RunStatus.Completed],
    failed: [RunStatus.Queued],
    completed: [],
    cancelled: [],
};
const FINISHED = new Set<RunStatus>([RunStatus.Completed, RunStatus.Cancelled]);

/** The run's next moves along SQ-STATUS; the server decides, and its refusal is shown. */
export function RunStatusActions({ run, changed }: { run: Run; changed: () => void }) {
    const { session } = useSession();
    const [flowCellId, setFlowCellId] = useState('');
    const [reason, setReason] = useState('');
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();

    async function move(status: RunStatus) {
        await session.client.sequencing.changeRunStatus({
            runId: run.id,
            runStatusChange: {
                status,
                reason: reason.trim() || undefined,
                flowCellId: status === RunStatus.Running && !run.flowCellId ? flowCellId.trim() : undefined,
            },
        });
        setReason('');
        changed();
    }

    async function moveForward(status: RunStatus) {
        setWorking(true);
        setError(undefined);
        try {
            await move(status);
        } catch (e) {
            setError(e);
        } finally {
            setWorking(false);
        }
    }

    if (FINISHED.has(run.status)) {
        return <p>{labels.finished}</p>;
    }
    const needsFlowCell = FORWARD[run.status].includes(RunStatus.Running) && !run.flowCellId;
    const reasonField = (
        <label>
            {labels.reason}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
    );
    return (
        <div className="status-actions" aria-busy={working}>
            {needsFlowCell && (
                <label>
                    {labels.flowCell}
                    <input value={flowCellId} onChange={(e) => setFlowCellId(e.target.value)} />
                </label>
            )}
            <div className="actions start">
                {FORWARD[run.status].map((status) => (
                    <button
                        key={status}
                        type="button"
                        disabled={working || (status === RunStatus.Running && needsFlowCell && !flowCellId.trim())}
                        onClick={() => void moveForward(status)}
                    >
                        {labels.moveTo(wireWords(status))}
                    </button>
                ))}
                {run.status === RunStatus.Running && (
                    <ConfirmButton label={labels.fail} consequence={labels.failConsequence(run.name)} onConfirm={() => move(RunStatus.Failed)}>
                        {reasonField}
                    </ConfirmButton>
                )}
                <ConfirmButton
                    label={run.status === RunStatus.Running ? labels.abort : labels.cancel}
                    consequence={(run.status === RunStatus.Running ? labels.abortConsequence : labels.cancelConsequence)(run.name)}
                    onConfirm={() => move(RunStatus.Cancelled)}
                >
                    {reasonField}
                </ConfirmButton>
            </div>
            {error !== undefined && <Problem error={error} />}
        </div>
    );
}
