import { AppliesTo, type Definition, type DefinitionChange } from '@tracseq/client';
import { useState } from 'react';
import { ConfirmButton } from '../../Confirm';
import { useIdempotencyKey } from '../../idempotency';
import { NumberField, numberOf } from '../../NumberField';
import { useSession } from '../../session';
import { text, wireWords } from '../../text';

type Props = {
    /** The version in force, when changing a definition; none when defining a metric anew. */
    current?: Definition;
    onSaved: () => void;
};

const asText = (value?: number) => (value === undefined ? '' : String(value));

/**
 * A metric definition's ranges (QC-1) for lab administrators: every save is a new version, which
 * judges results recorded from then on; results already recorded keep their version. Saved behind a
 * confirmation that says so.
 */
export function DefinitionForm({ current, onSaved }: Props) {
    const [metric, setMetric] = useState(current?.metric ?? '');
    const [appliesTo, setAppliesTo] = useState<AppliesTo>(current?.appliesTo ?? 'dna');
    const [unit, setUnit] = useState(current?.unit ?? '');
    const [label, setLabel] = useState(current?.label ?? '');
    const [passMin, setPassMin] = useState(asText(current?.passMin));
    const [passMinInclusive, setPassMinInclusive] = useState(current?.passMinInclusive ?? true);
    const [passMax, setPassMax] = useState(asText(current?.passMax));
    const [passMaxInclusive, setPassMaxInclusive] = useState(current?.passMaxInclusive ?? true);
    const [warnShoulder, setWarnShoulder] = useState(asText(current?.warnShoulder));
    const [panicBelow, setPanicBelow] = useState(asText(current?.panicBelow));
    const [panicAbove, setPanicAbove] = useState(asText(current?.panicAbove));
    const [verificationsRequired, setVerificationsRequired] = useState(current?.verificationsRequired ?? 1);
    const [reason, setReason] = useState('');
    const keyFor = useIdempotencyKey();
    const { session } = useSession();
    const q = text.qc.definition;
    const ready = metric.trim() !== '' && unit.trim() !== '' && (numberOf(passMin) !== undefined || numberOf(passMax) !== undefined);

    /** A refusal (QC-1's contradicting ranges, a role that may not) stays in the confirmation. */
    async function save() {
        const definitionChange: DefinitionChange = {
            metric: metric.trim(),
            appliesTo,
            unit: unit.trim(),
            label: label.trim() || undefined,
            passMin: numberOf(passMin),
            passMinInclusive,
            passMax: numberOf(passMax),
            passMaxInclusive,
            warnShoulder: numberOf(warnShoulder),
            panicBelow: numberOf(panicBelow),
            panicAbove: numberOf(panicAbove),
            verificationsRequired,
            reason: reason.trim() || undefined,
        };
        await session.client.qaqc.changeDefinition({ definitionChange, idempotencyKey: keyFor(definitionChange) });
        onSaved();
    }

    return (
        <form className="form definition" onSubmit={(e) => e.preventDefault()}>
            {!current && (
                <>
                    <label>
                        {q.metric}
                        <input required value={metric} pattern="[a-z][a-z0-9_]{1,39}" onChange={(e) => setMetric(e.target.value)} />
                    </label>
                    <label>
                        {q.appliesTo}
                        <select value={appliesTo} onChange={(e) => setAppliesTo(e.target.value as AppliesTo)}>
                            {Object.values(AppliesTo).map((value) => (
                                <option key={value} value={value}>
                                    {wireWords(value)}
                                </option>
                            ))}
                        </select>
                    </label>
                </>
            )}
            <label>
                {q.unit}
                <input required value={unit} onChange={(e) => setUnit(e.target.value)} />
            </label>
            <label>
                {q.label}
                <input value={label} onChange={(e) => setLabel(e.target.value)} />
            </label>
            <fieldset>
                <legend>{q.passRange}</legend>
                <NumberField label={q.passMin} value={passMin} onChange={setPassMin} />
                <label className="inline">
                    <input type="checkbox" checked={passMinInclusive} onChange={(e) => setPassMinInclusive(e.target.checked)} />
                    {q.minInclusive}
                </label>
                <NumberField label={q.passMax} value={passMax} onChange={setPassMax} />
                <label className="inline">
                    <input type="checkbox" checked={passMaxInclusive} onChange={(e) => setPassMaxInclusive(e.target.checked)} />
                    {q.maxInclusive}
                </label>
            </fieldset>
            <NumberField label={q.warnShoulder} min={0} value={warnShoulder} onChange={setWarnShoulder} />
            <NumberField label={q.panicBelow} value={panicBelow} onChange={setPanicBelow} />
            <NumberField label={q.panicAbove} value={panicAbove} onChange={setPanicAbove} />
            <label>
                {q.verificationsRequired}
                <select value={verificationsRequired} onChange={(e) => setVerificationsRequired(Number(e.target.value))}>
                    {[1, 2, 3, 4].map((n) => (
                        <option key={n} value={n}>
                            {n}
                        </option>
                    ))}
                </select>
            </label>
            <label>
                {q.reason}
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <div className="actions">
                <ConfirmButton
                    label={current ? q.saveVersion(current.version + 1) : q.define}
                    ready={ready}
                    consequence={
                        current
                            ? q.changeConsequence(current.label ?? current.metric, wireWords(current.appliesTo), current.version)
                            : q.defineConsequence(metric, wireWords(appliesTo))
                    }
                    onConfirm={save}
                />
            </div>
        </form>
    );
}
