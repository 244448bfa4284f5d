import { type Sample, SampleStatus, type TracSeqClient } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { ConfirmButton } from '../../Confirm';
import { useSession } from '../../session';
import { text, wireWords } from '../../text';
import { destructive, transitions } from './transitions';

const words = text.sample.status;

/** Moves a sample to one of the statuses SM-STATUS allows from its own, with a reason. */
export function StatusChange({ sample, onChanged }: { sample: Sample; onChanged: () => void }) {
    const { session } = useSession();
    const [to, setTo] = useState<SampleStatus | ''>('');
    const [reason, setReason] = useState('');
    const [changed, setChanged] = useState<string>();
    const allowed = transitions[sample.status];
    const why = reason.trim() || undefined;
    const needsReason = to === SampleStatus.Rejected && !why;

    /** The write for both ways of asking: the confirmation dialog shows its refusal, the plain form's `action` does. */
    function send(client: TracSeqClient, target: SampleStatus, reason: string | undefined) {
        // Deletion is its own operation (soft, SM-2: refused while the sample has children).
        return target === SampleStatus.Deleted
            ? client.samples.deleteSample({ sampleId: sample.id, reason })
            : client.samples.changeSampleStatus({ sampleId: sample.id, statusChangeRequest: { status: target, reason } });
    }
    const action = useAction(send);

    function done(target: SampleStatus) {
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
        if (await action.run(to, why)) {
            done(to);
        }
    }

    async function confirm(target: SampleStatus) {
        await send(session.client, target, why);
        done(target);
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
                            onConfirm={() => confirm(to)}
                        >
                            {needsReason && <p className="hint">{words.needsReason}</p>}
                        </ConfirmButton>
                    ) : (
                        <SubmitButton action={action} label={words.submit} disabled={!to} />
                    )}
                </form>
            )}
            <ActionOutcome action={action} done={changed} />
        </section>
    );
}
