import { type Sample, SampleStatus } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action-closure';
import { ConfirmButton } from '../../Confirm';
import { Problem } from '../../Problem';
import { useSession } from '../../session';
import { text, wireWords } from '../../text';
import { destructive, transitions } from './transitions';

const words = text.sample.status;

/** Moves a sample to one of the statuses SM-STATUS allows from its own, with a reason. */
export function StatusChange({ sample, onChanged }: { sample: Sample; onChanged: () => void }) {
    const { session } = useSession();
    const [to, setTo] = useState<SampleStatus | ''>('');
    const [reason, setReason] = useState('');
    const action = useAction();
    const [changed, setChanged] = useState<string>();
    const allowed = transitions[sample.status];
    const needsReason = to === SampleStatus.Rejected && !reason.trim();

    /** Throws a refusal: the confirmation dialog shows it, the plain form catches it. */
    async function change(target: SampleStatus) {
        const why = reason.trim() || undefined;
        // Deletion is its own operation (soft, SM-2: refused while the sample has children).
        await (target === SampleStatus.Deleted
            ? session.client.samples.deleteSample({ sampleId: sample.id, reason: why })
            : session.client.samples.changeSampleStatus({ sampleId: sample.id, statusChangeRequest: { status: target, reason: why } }));
        setTo('');
        setReason('');
        setChanged(words.changed(wireWords(target)));
        onChanged();
    }

    async function submit(event: FormEvent) {
        event.preventDefault();
        if (!to || destructive.has(to)) {
            return;
        }
        await action.run(() => change(to));
    }

    return (
        <section aria-labelledby="status-change">
            <h2 id="status-change">{words.title}</h2>
            {allowed.length === 0 ? (
                <p>{words.none}</p>
            ) : (
                <form className="form inline" onSubmit={submit}>
                    <label>
                        {words.to}
                        <select
                            value={to}
                            onChange={(e) => {
                                setTo(e.target.value as SampleStatus | '');
                                setChanged(undefined);
                            }}
                        >
                            <option value="">{words.choose}</option>
                            {allowed.map((status) => (
                                <option key={status} value={status}>
                                    {wireWords(status)}
                                </option>
                            ))}
                        </select>
                    </label>
                    <label>
                        {allowed.includes(SampleStatus.Rejected) ? words.reasonRequired : words.reason}
                        <input maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
                    </label>
                    {to && destructive.has(to) ? (
                        <ConfirmButton
                            label={words.confirm(wireWords(to))}
                            consequence={words.consequence(sample.barcode, wireWords(to), reason.trim())}
                            ready={!needsReason}
                            onConfirm={() => change(to)}
                        >
                            {needsReason && <p className="hint">{words.needsReason}</p>}
                        </ConfirmButton>
                    ) : (
                        <button type="submit" disabled={!to || action.working}>
                            {words.submit}
                        </button>
                    )}
                </form>
            )}
            {changed && <p role="status">{changed}</p>}
            {action.error !== undefined && <Problem error={action.error} />}
        </section>
    );
}
