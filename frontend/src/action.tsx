import { useCallback, useState } from 'react';
import { Problem } from './Problem';
import { text } from './text';

export type Action = {
    working: boolean;
    /** The last failure, for `<Problem>`; cleared when the action runs again. */
    error?: unknown;
    /** What the last success did, said in a status line. */
    done?: string;
    run: (act: () => Promise<string>) => Promise<boolean>;
};

/** A write the user starts: busy while it runs (its button says so), then its outcome or its problem. */
export function useAction(): Action {
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();
    const [done, setDone] = useState<string>();
    const run = useCallback(async (act: () => Promise<string>) => {
        setWorking(true);
        setError(undefined);
        setDone(undefined);
        try {
            setDone(await act());
            return true;
        } catch (e) {
            setError(e);
            return false;
        } finally {
            setWorking(false);
        }
    }, []);
    return { working, error, done, run };
}

/** A form's submit button that says it is working while the action runs. */
export function SubmitButton({ action, label, disabled = false }: { action: Action; label: string; disabled?: boolean }) {
    return (
        <button type="submit" disabled={action.working || disabled}>
            {action.working ? text.confirm.working : label}
        </button>
    );
}

/** What the last run of an action did, or its problem. */
export function ActionOutcome({ action }: { action: Action }) {
    return (
        <>
            {action.done && <p role="status">{action.done}</p>}
            {action.error !== undefined && <Problem error={action.error} />}
        </>
    );
}
