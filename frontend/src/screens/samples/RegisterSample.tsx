import { ConcentrationUnit, type Sample, type SampleCreate, SampleType, VolumeUnit } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { links } from '../../route';
import { text, wireWords } from '../../text';
import { type Column, type SampleRow, toSampleCreate } from './sampleRows';

const labels = text.register.fields;
const empty: SampleRow = { volumeUnit: VolumeUnit.Ul, concentrationUnit: ConcentrationUnit.NgPerUl };

/** One sample registered by hand; its barcode is issued unless a pre-printed one is typed. */
export function RegisterSample() {
    const [row, setRow] = useState<SampleRow>(empty);
    const action = useAction((client, sampleCreate: SampleCreate) => client.samples.createSample({ sampleCreate }));
    const [problems, setProblems] = useState<string[]>([]);
    // Cleared by "register another", so not the action's own result.
    const [registered, setRegistered] = useState<Sample>();
    const field = (column: Column) => ({
        value: row[column] ?? '',
        onChange: (e: { target: { value: string } }) => setRow({ ...row, [column]: e.target.value }),
    });

    async function submit(event: FormEvent) {
        event.preventDefault();
        // The unit pickers always hold a unit; it counts only beside a value.
        const { sample, problems } = toSampleCreate({
            ...row,
            volumeUnit: row.initialVolume ? row.volumeUnit : undefined,
            concentrationUnit: row.concentration ? row.concentrationUnit : undefined,
        });
        setProblems(problems);
        if (!sample) {
            return;
        }
        const created = await action.run(sample);
        if (created) {
            setRegistered(created);
            setRow(empty);
        }
    }

    if (registered) {
        return (
            <>
                <h1>{text.register.title}</h1>
                <p role="status" className="success">
                    {text.register.registered(registered.barcode)}
                </p>
                <p className="toolbar">
                    <a className="button" href={links.sample(registered.id)}>
                        {text.register.open(registered.barcode)}
                    </a>
                    <button type="button" onClick={() => setRegistered(undefined)}>
                        {text.register.another}
                    </button>
                </p>
            </>
        );
    }

    return (
        <>
            <p>
                <a href={links.samples}>{text.sample.back}</a>
            </p>
            <h1>{text.register.title}</h1>
            <form className="form" onSubmit={submit}>
                <label>
                    {labels.name}
                    <input required maxLength={200} autoComplete="off" {...field('name')} />
                </label>
                <label>
                    {labels.type}
                    <select required {...field('type')}>
                        <option value="">{text.register.chooseType}</option>
                        {Object.values(SampleType).map((type) => (
                            <option key={type} value={type}>
                                {wireWords(type)}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    {labels.barcode}
                    <input autoComplete="off" aria-describedby="barcode-hint" {...field('barcode')} />
                </label>
                <p id="barcode-hint" className="hint">
                    {text.register.barcodeHint}
                </p>
                <label>
                    {labels.description}
                    <textarea maxLength={2000} {...field('description')} />
                </label>
                <div className="quantity">
                    <label>
                        {labels.initialVolume}
                        <input type="number" min={0} step="any" inputMode="decimal" {...field('initialVolume')} />
                    </label>
                    <label>
                        {labels.volumeUnit}
                        <select {...field('volumeUnit')}>
                            {Object.values(VolumeUnit).map((unit) => (
                                <option key={unit}>{unit}</option>
                            ))}
                        </select>
                    </label>
                </div>
                <div className="quantity">
                    <label>
                        {labels.concentration}
                        <input type="number" min={0} step="any" inputMode="decimal" {...field('concentration')} />
                    </label>
                    <label>
                        {labels.concentrationUnit}
                        <select {...field('concentrationUnit')}>
                            {Object.values(ConcentrationUnit).map((unit) => (
                                <option key={unit} value={unit}>
                                    {wireWords(unit)}
                                </option>
                            ))}
                        </select>
                    </label>
                </div>
                {problems.length > 0 && (
                    <ul role="alert" className="problem">
                        {problems.map((problem) => (
                            <li key={problem}>{problem}</li>
                        ))}
                    </ul>
                )}
                <ActionOutcome action={action} />
                <SubmitButton action={action} label={text.register.submit} workingLabel={text.register.working} />
            </form>
        </>
    );
}
