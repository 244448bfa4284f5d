import { type ResultRequest, SubjectKind } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { useIdempotencyKey } from '../../idempotency';
import { NumberField, numberOf } from '../../NumberField';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Outcome } from './Outcome';
import type { QcSubject } from './routes';

/**
 * Record one measurement (QC-3: a re-measurement is a new result) of a sample or library by its
 * barcode, of a pool by its id, or of the subject the screen is about. The server judges it at once
 * by the metric's current definition for the subject (QC-1); the outcome shows here, and the
 * screen's lists follow by their events.
 */
export function RecordResult({ subject }: { subject?: QcSubject }) {
    const [kind, setKind] = useState<SubjectKind>(subject?.kind ?? 'sample');
    const [named, setNamed] = useState('');
    const [metric, setMetric] = useState('');
    const [value, setValue] = useState('');
    const [instrument, setInstrument] = useState('');
    const [note, setNote] = useState('');
    const definitions = useLoad((client) => client.qaqc.listDefinitions(), []);
    const keyFor = useIdempotencyKey();
    const record = useAction((client, resultRequest: ResultRequest) =>
        client.qaqc.recordResult({ resultRequest, idempotencyKey: keyFor(resultRequest) }),
    );
    // One entry per metric; its units, when definitions for different subjects differ.
    const metrics = new Map<string, { label: string; units: Set<string> }>();
    for (const definition of definitions.data?.items ?? []) {
        const known = metrics.get(definition.metric) ?? { label: definition.label ?? definition.metric, units: new Set<string>() };
        known.units.add(definition.unit);
        metrics.set(definition.metric, known);
    }
    const unit = metric ? [...(metrics.get(metric)?.units ?? [])].join(text.qc.or) : undefined;

    async function submit(event: FormEvent) {
        event.preventDefault();
        const measured = numberOf(value);
        if (measured === undefined) {
            return;
        }
        // A pool has no barcode: it is named by its id (the contract's ResultRequest).
        const what = subject
            ? { subjectKind: subject.kind, subjectId: subject.id }
            : kind === 'pool'
              ? { subjectKind: kind, subjectId: named.trim() }
              : { barcode: named.trim() };
        const result = await record.run({
            ...what,
            metric,
            value: measured,
            instrument: instrument.trim() || undefined,
            note: note.trim() || undefined,
        });
        if (result) {
            setValue('');
        }
    }

    return (
        <section aria-labelledby="record">
            <h2 id="record">{text.qc.record}</h2>
            {definitions.error !== undefined && <Problem error={definitions.error} />}
            <form className="form" onSubmit={submit} aria-busy={record.working}>
                {!subject && (
                    <>
                        <label>
                            {text.qc.kind}
                            <select
                                value={kind}
                                onChange={(e) => {
                                    // A barcode is no pool id, nor the other way round.
                                    setKind(e.target.value as SubjectKind);
                                    setNamed('');
                                }}
                            >
                                {Object.values(SubjectKind).map((k) => (
                                    <option key={k} value={k}>
                                        {text.qc.kinds[k]}
                                    </option>
                                ))}
                            </select>
                        </label>
                        <label>
                            {kind === 'pool' ? text.qc.poolId : text.qc.barcode}
                            <input required value={named} autoComplete="off" onChange={(e) => setNamed(e.target.value)} />
                        </label>
                    </>
                )}
                <label>
                    {text.qc.metric}
                    <select required value={metric} onChange={(e) => setMetric(e.target.value)}>
                        <option value="">{text.qc.chooseMetric}</option>
                        {[...metrics].map(([code, { label }]) => (
                            <option key={code} value={code}>
                                {text.qc.metricChoice(label, code)}
                            </option>
                        ))}
                    </select>
                </label>
                <NumberField label={text.qc.value_} unit={unit} required value={value} onChange={setValue} />
                <label>
                    {text.qc.instrument}
                    <input value={instrument} onChange={(e) => setInstrument(e.target.value)} />
                </label>
                <label>
                    {text.qc.note}
                    <input value={note} onChange={(e) => setNote(e.target.value)} />
                </label>
                <ActionOutcome action={record} />
                <div className="actions">
                    <SubmitButton action={record} label={text.qc.recordButton} workingLabel={text.qc.recording} />
                </div>
            </form>
            {record.result && (
                <p role="status" className="result">
                    {text.qc.recorded(
                        metrics.get(record.result.metric)?.label ?? record.result.metric,
                        text.qc.value(record.result.value, record.result.unit),
                        record.result.barcode ?? record.result.subjectId,
                        record.result.definitionVersion,
                    )}{' '}
                    <Outcome outcome={record.result.outcome} />{' '}
                    {text.qc.verifications(record.result.verifications.length, record.result.verificationsRequired)}
                </p>
            )}
        </section>
    );
}
