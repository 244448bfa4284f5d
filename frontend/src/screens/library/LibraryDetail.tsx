import type { Library, NormalisationCreate } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { useIdempotencyKey } from '../../idempotency';
import { useLive } from '../../live';
import { NumberField, numberOf } from '../../NumberField';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { localTime, text } from '../../text';
import { Back } from './Back';
import { Dilution } from './Dilution';
import { IndexPair } from './IndexPair';

/** One library: what it was made of and with, its numbers now, and its normalisations (LB-3). */
export function LibraryDetail({ id }: { id: string }) {
    const library = useLoad(
        async (client) => {
            const [details, normalisations] = await Promise.all([
                client.libraryPrep.getLibrary({ libraryId: id }),
                client.libraryPrep.listNormalisations({ libraryId: id }),
            ]);
            return { details, normalisations };
        },
        [id],
    );
    useLive('library-prep.library.*', library.reload, id);
    if (library.error !== undefined) {
        return (
            <>
                <Back />
                <Problem error={library.error} />
            </>
        );
    }
    if (!library.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { details, normalisations } = library.data;
    const numbers = text.library;
    return (
        <>
            <Back />
            <h1>{details.name}</h1>
            <p>
                <a href={links.qc.subject({ kind: 'library', id })}>{text.library.detail.qc}</a>
            </p>
            {details.warnings.length > 0 && (
                <div className="notice">
                    <strong>{text.library.detail.warnings}</strong>
                    <ul>
                        {details.warnings.map((warning) => (
                            <li key={warning}>{warning}</li>
                        ))}
                    </ul>
                </div>
            )}
            <dl className="fields">
                <dt>{text.library.columns.barcode}</dt>
                <dd>{details.barcode}</dd>
                <dt>{text.library.columns.sample}</dt>
                <dd>
                    <a href={links.sample(details.sampleId)}>{details.sampleBarcode}</a>
                </dd>
                <dt>{text.library.form.kit}</dt>
                <dd>
                    <a href={links.library.kit(details.kitId)}>{details.kit}</a>
                </dd>
                <dt>{text.library.form.protocol}</dt>
                <dd>{details.protocol}</dd>
                <dt>{text.library.columns.indexes}</dt>
                <dd>
                    <IndexPair {...details} />
                </dd>
                <dt>{text.library.form.concentration}</dt>
                <dd>{numbers.concentration(details.concentrationNgPerUl)}</dd>
                <dt>{text.library.form.fragment}</dt>
                <dd>{numbers.basePairs(details.meanFragmentBp)}</dd>
                <dt>{text.library.columns.molarity}</dt>
                <dd>{numbers.nanomolar(details.molarityNm)}</dd>
                <dt>{text.library.form.volume}</dt>
                <dd>{numbers.microlitres(details.volumeUl)}</dd>
                <dt>{text.library.form.inputVolume}</dt>
                <dd>{numbers.microlitres(details.inputVolumeUl)}</dd>
                {details.inputNg !== undefined && (
                    <>
                        <dt>{text.library.form.inputNg}</dt>
                        <dd>{numbers.nanograms(details.inputNg)}</dd>
                    </>
                )}
                {details.plateId && (
                    <>
                        <dt>{text.library.columns.plate}</dt>
                        <dd>
                            <a href={links.library.plate(details.plateId)}>{text.library.well(details.well ?? '')}</a>
                        </dd>
                    </>
                )}
                <dt>{text.library.columns.created}</dt>
                <dd>{text.library.detail.madeBy(localTime(details.createdAt), details.createdBy)}</dd>
            </dl>
            {/* Keyed by the library's numbers: after a recorded step the worked-out dilution is stale. */}
            <Normalise key={`${details.volumeUl}/${details.concentrationNgPerUl}`} library={details} onRecorded={library.reload} />
            <h2>{text.library.normalise.history}</h2>
            {normalisations.length === 0 ? (
                <p>{text.library.normalise.none}</p>
            ) : (
                <DataTable
                    label={text.library.normalise.history}
                    columns={[
                        text.library.normalise.when,
                        text.library.normalise.before,
                        text.library.normalise.after,
                        text.library.normalise.diluent,
                        text.library.columns.molarity,
                        text.library.normalise.note,
                    ]}
                >
                    {normalisations.map((step) => (
                        <tr key={step.id}>
                            <td>{text.library.detail.madeBy(localTime(step.at), step.by)}</td>
                            <td>{numbers.inVolume(numbers.concentration(step.fromConcentrationNgPerUl), numbers.microlitres(step.fromVolumeUl))}</td>
                            <td>{numbers.inVolume(numbers.concentration(step.toConcentrationNgPerUl), numbers.microlitres(step.toVolumeUl))}</td>
                            <td>{numbers.microlitres(step.diluentUl)}</td>
                            <td>{numbers.nanomolar(step.molarityNm)}</td>
                            <td>{step.note}</td>
                        </tr>
                    ))}
                </DataTable>
            )}
        </>
    );
}

type Target = 'concentration' | 'molarity';

/**
 * LB-3 for the whole library: the dilution is worked out first (nothing recorded), then recorded;
 * the library's concentration, volume and molarity become the diluted ones.
 */
function Normalise({ library, onRecorded }: { library: Library; onRecorded: () => void }) {
    const [target, setTarget] = useState<Target>('molarity');
    const [value, setValue] = useState('');
    const [note, setNote] = useState('');
    const keyFor = useIdempotencyKey();
    const current = target === 'molarity' ? library.molarityNm : library.concentrationNgPerUl;
    const calculate = useAction((client, targetConcentration: number) =>
        client.libraryPrep.calculateNormalisation({
            normalisationInput: { volume: library.volumeUl, concentration: current, targetConcentration },
        }),
    );
    const record = useAction((client, normalisationCreate: NormalisationCreate) =>
        client.libraryPrep.normaliseLibrary({ libraryId: library.id, normalisationCreate, idempotencyKey: keyFor(normalisationCreate) }),
    );
    const targetValue = numberOf(value);

    async function work(event: FormEvent) {
        event.preventDefault();
        if (targetValue !== undefined) {
            await calculate.run(targetValue);
        }
    }

    async function save() {
        const recorded = await record.run({
            ...(target === 'molarity' ? { targetMolarityNm: targetValue } : { targetConcentrationNgPerUl: targetValue }),
            note: note.trim() || undefined,
        });
        if (recorded) {
            onRecorded();
        }
    }

    const units = text.library.units;
    return (
        <section aria-labelledby="normalise">
            <h2 id="normalise">{text.library.normalise.title}</h2>
            <form className="form" onSubmit={work}>
                <fieldset>
                    <legend>{text.library.normalise.target}</legend>
                    <label className="inline">
                        <input type="radio" name="target" checked={target === 'molarity'} onChange={() => setTarget('molarity')} />
                        {text.library.normalise.toMolarity(text.library.nanomolar(library.molarityNm))}
                    </label>
                    <label className="inline">
                        <input type="radio" name="target" checked={target === 'concentration'} onChange={() => setTarget('concentration')} />
                        {text.library.normalise.toConcentration(text.library.concentration(library.concentrationNgPerUl))}
                    </label>
                </fieldset>
                <NumberField
                    label={text.library.normalise.targetValue}
                    unit={target === 'molarity' ? units.nM : units.ngPerUl}
                    required
                    min={0.001}
                    value={value}
                    onChange={setValue}
                />
                <label>
                    {text.library.normalise.note}
                    <input value={note} onChange={(e) => setNote(e.target.value)} />
                </label>
                <div className="actions">
                    <button type="submit" disabled={calculate.working}>
                        {text.library.normalise.calculate}
                    </button>
                    <button type="button" onClick={save} disabled={targetValue === undefined || record.working}>
                        {record.working ? text.library.normalise.recording : text.library.normalise.record}
                    </button>
                </div>
            </form>
            {calculate.result && <Dilution from={library.volumeUl} result={calculate.result} />}
            {calculate.error !== undefined && <Problem error={calculate.error} />}
            {record.error !== undefined && <Problem error={record.error} />}
        </section>
    );
}
