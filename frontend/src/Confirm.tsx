import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Problem } from './Problem';
import { text } from './text';

type Props = {
    /** The button that starts the action, e.g. "Discard". */
    label: string;
    /** What will happen, said before it happens: "B7 will be discarded and leave box 3; this cannot be undone." */
    consequence: ReactNode;
    /** The action; the dialog stays open showing the problem if it fails. */
    onConfirm: () => Promise<unknown>;
    /** Fields the action needs (a reason), shown in the dialog above its buttons. */
    children?: ReactNode;
    /** False while the fields are not yet filled in. */
    ready?: boolean;
};

/**
 * A destructive action behind a question: the button opens a dialog that says what will happen;
 * only its confirm button acts. Escape or Cancel leaves everything as it was. The focus starts on
 * Cancel, so an Enter typed by habit (or by a scanner) does nothing harmful.
 */
export function ConfirmButton({ label, consequence, onConfirm, children, ready = true }: Props) {
    const [open, setOpen] = useState(false);
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();
    const trigger = useRef<HTMLButtonElement>(null);
    const cancel = useRef<HTMLButtonElement>(null);
    const titleId = useId();

    useEffect(() => {
        if (open) cancel.current?.focus();
    }, [open]);

    function close() {
        setOpen(false);
        setError(undefined);
        trigger.current?.focus();
    }

    async function confirm() {
        setWorking(true);
        setError(undefined);
        try {
            await onConfirm();
            close();
        } catch (e) {
            setError(e);
        } finally {
            setWorking(false);
        }
    }

    function onKeyDown(event: KeyboardEvent) {
        if (event.key === 'Escape' && !working) {
            event.stopPropagation();
            close();
        }
    }

    return (
        <>
            <button type="button" className="danger" ref={trigger} onClick={() => setOpen(true)}>
                {label}
            </button>
            {open && (
                <div className="backdrop">
                    <div role="alertdialog" aria-modal="true" aria-labelledby={titleId} className="dialog" onKeyDown={onKeyDown}>
                        <h2 id={titleId}>{text.confirm.title(label)}</h2>
                        <p>{consequence}</p>
                        {children}
                        {error !== undefined && <Problem error={error} />}
                        <div className="actions">
                            <button type="button" ref={cancel} onClick={close} disabled={working}>
                                {text.confirm.cancel}
                            </button>
                            <button type="button" className="danger" onClick={confirm} disabled={working || !ready}>
                                {working ? text.confirm.working : label}
                            </button>
                        </div>
                    </div>
                </div>
            )}
        </>
    );
}
