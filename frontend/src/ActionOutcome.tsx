import { Problem } from './Problem';
import { text } from './text';

type SubmitProps = { action: { working: boolean }; label: string; workingLabel?: string; disabled?: boolean };

/** A form's submit button that says it is working while its action (a `useAction`) runs. */
export function SubmitButton({ action, label, workingLabel = text.confirm.working, disabled = false }: SubmitProps) {
    return (
        <button type="submit" disabled={action.working || disabled}>
            {action.working ? workingLabel : label}
        </button>
    );
}

/** What an action's last run did, said in a status line, or the problem that refused it. */
export function ActionOutcome({ action, done }: { action: { error?: unknown }; done?: string }) {
    return (
        <>
            {done && <p role="status">{done}</p>}
            {action.error !== undefined && <Problem error={action.error} />}
        </>
    );
}
