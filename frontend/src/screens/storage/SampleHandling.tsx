import { Condition, type CustodyNote, Role, StorageState } from '@tracseq/client';
import { useId, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome } from '../../ActionOutcome';
import { ConfirmButton } from '../../Confirm';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { links } from '../../route';
import { useLoad, useSession } from '../../session';
import { text } from '../../text';
import { MoveForm } from './MoveForm';
import { storageLinks } from './routes';

type Props = {
    sampleId: string;
    changes: number;
    /** Something this panel did changed the box around it. */
    onChanged?: () => void;
    /** The sample's own page names it in its main heading. */
    main?: boolean;
};

/**
 * A sample in storage: where it is, its state and freeze-thaw count, and what may be done with it
 * now (ST-6 check-out and in, release; ST-7 discard; moves). A condition and note go with each.
 */
export function SampleHandling({ sampleId, changes, onChanged, main = false }: Props) {
    const { session } = useSession();
    const mayHandle = useRoleAtLeast(Role.LabTechnician);
    const stored = useLoad((client) => client.storage.getStoredSample({ sampleId }), [sampleId, changes]);
    // Check-out and check-in: which one the sample's state decides; the answer says which was done.
    const custody = useAction((client, id: string, out: boolean, custodyNote: CustodyNote) =>
        out ? client.storage.checkOutSample({ sampleId: id, custodyNote }) : client.storage.checkInSample({ sampleId: id, custodyNote }),
    );
    const [condition, setCondition] = useState('');
    const [note, setNote] = useState('');
    const headingId = useId();
    const Heading = main ? 'h1' : 'h2';

    if (stored.error !== undefined) {
        return <Problem error={stored.error} />;
    }
    if (!stored.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const sample = stored.data;
    const where = sample.position;
    const custodyNote: CustodyNote = { condition: (condition || undefined) as Condition | undefined, note: note.trim() || undefined };

    function afterChange() {
        setCondition('');
        setNote('');
        stored.reload();
        onChanged?.();
    }

    async function checkOutOrIn(out: boolean) {
        if (await custody.run(sampleId, out, custodyNote)) {
            afterChange();
        }
    }

    /** For a confirmed action: a refusal is thrown, so the dialog stays open to show it. */
    async function confirmed(call: () => Promise<unknown>) {
        await call();
        afterChange();
    }

    const storage = session.client.storage;
    const handled = mayHandle && sample.state !== StorageState.Discarded;
    return (
        <section aria-labelledby={headingId} className="handling">
            <Heading id={headingId}>{main ? text.storage.sample.title(sample.barcode) : text.storage.handling.title(sample.barcode)}</Heading>
            <dl className="fields">
                <dt>{text.storage.handling.state}</dt>
                <dd className={`state-${sample.state}`}>{text.storage.grid.states[sample.state]}</dd>
                {where && (
                    <>
                        <dt>{text.storage.handling.position}</dt>
                        <dd>
                            {where.path.map((step) => step.name).join(' › ')} ›{' '}
                            <a href={storageLinks.location(where.boxId)}>{where.position}</a>
                        </dd>
                    </>
                )}
                <dt>{text.storage.handling.freezeThaw}</dt>
                <dd className={sample.freezeThawWarning ? 'warn' : undefined}>
                    {sample.freezeThawWarning ? text.storage.handling.freezeThawWarning(sample.freezeThawCount) : sample.freezeThawCount}
                </dd>
            </dl>
            <p className="links">
                <a href={links.sample(sample.sampleId)}>{text.storage.handling.openSample}</a>
                {!main && <a href={storageLinks.sample(sample.sampleId)}>{text.storage.handling.custody}</a>}
            </p>
            {handled && (
                <>
                    <div className="filters">
                        <label>
                            {text.storage.handling.condition}
                            <select value={condition} onChange={(e) => setCondition(e.target.value)}>
                                <option value="">{text.storage.handling.noCondition}</option>
                                {Object.values(Condition).map((value) => (
                                    <option key={value} value={value}>
                                        {text.storage.handling.conditions[value]}
                                    </option>
                                ))}
                            </select>
                        </label>
                        <label>
                            {text.storage.handling.purpose}
                            <input value={note} onChange={(e) => setNote(e.target.value)} />
                        </label>
                    </div>
                    <div className="actions start">
                        {sample.state === StorageState.Stored && (
                            <button
                                type="button"
                                disabled={custody.working}
                                onClick={() => checkOutOrIn(true)}
                            >
                                {text.storage.handling.checkOut}
                            </button>
                        )}
                        {sample.state === StorageState.CheckedOut && (
                            <>
                                <button
                                    type="button"
                                    disabled={custody.working}
                                    onClick={() => checkOutOrIn(false)}
                                >
                                    {text.storage.handling.checkIn}
                                </button>
                                <ConfirmButton
                                    label={text.storage.handling.release}
                                    consequence={text.storage.handling.releaseConsequence(sample.barcode, where?.position ?? '')}
                                    onConfirm={() => confirmed(() => storage.releaseSample({ sampleId, custodyNote }))}
                                />
                            </>
                        )}
                        <ConfirmButton
                            label={text.storage.handling.discard}
                            consequence={text.storage.handling.discardConsequence(sample.barcode)}
                            onConfirm={() => confirmed(() => storage.discardSample({ sampleId, custodyNote }))}
                        />
                    </div>
                    {custody.working && (
                        <p role="status" aria-busy="true">
                            {text.confirm.working}
                        </p>
                    )}
                    <ActionOutcome
                        action={custody}
                        done={
                            custody.result &&
                            (custody.result.state === StorageState.CheckedOut
                                ? text.storage.handling.checkedOut(custody.result.barcode)
                                : text.storage.handling.checkedIn(custody.result.barcode))
                        }
                    />
                    {sample.state === StorageState.Stored && where && (
                        <MoveForm
                            sampleId={sampleId}
                            from={where.boxId}
                            custodyNote={custodyNote}
                            onMoved={afterChange}
                        />
                    )}
                </>
            )}
        </section>
    );
}
