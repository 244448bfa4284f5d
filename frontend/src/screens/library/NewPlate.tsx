import type { PlateCreate, Sample } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { useIdempotencyKey } from '../../idempotency';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Back } from './Back';
import { KitAndProtocol } from './Catalogue';
import { type LibraryNumbers, LibraryNumbersFields, libraryNumbers, NO_NUMBERS } from './LibraryNumbers';
import { PlateGrid, plateWells } from './PlateGrid';

/** What a well will hold: the library to be made from this sample with these numbers. */
type Laid = { sample: Sample; numbers: LibraryNumbers };

/**
 * Make a 96- or 384-well plate: a library is laid in a well by choosing the well (on the grid or by
 * name) and the sample it is made from, with its numbers. The server gives each well the kit's pair
 * for its position and makes every library or none, listing every well's problem.
 */
export function NewPlate() {
    const [name, setName] = useState('');
    const [format, setFormat] = useState(96);
    const [kitId, setKitId] = useState('');
    const [protocol, setProtocol] = useState('');
    const [laid, setLaid] = useState<Map<string, Laid>>(new Map());
    const [well, setWell] = useState('A01');
    const [sampleId, setSampleId] = useState('');
    const [search, setSearch] = useState('');
    const [numbers, setNumbers] = useState(NO_NUMBERS);
    // Samples that can give material (SM-1), newest first.
    const candidates = useLoad(
        (client) =>
            client.samples.listSamples({ q: search.trim() || undefined, status: ['validated', 'in_storage'], size: 100, sort: 'createdAt,desc' }),
        [search],
    );
    const keyFor = useIdempotencyKey();
    const make = useAction((client, plateCreate: PlateCreate) => client.libraryPrep.createPlate({ plateCreate, idempotencyKey: keyFor(plateCreate) }));
    const { rows, columns } = plateWells(format);
    const wellNames = columns.flatMap((column) => rows.map((row) => row + column));

    function choose(name: string) {
        setWell(name);
        const already = laid.get(name);
        if (already) {
            setSampleId(already.sample.id);
            setNumbers(already.numbers);
        }
    }

    function lay(event: FormEvent) {
        event.preventDefault();
        const sample = candidates.data?.items.find((s) => s.id === sampleId) ?? laid.get(well)?.sample;
        if (sample) {
            setLaid(new Map(laid).set(well, { sample, numbers }));
        }
    }

    function empty() {
        const rest = new Map(laid);
        rest.delete(well);
        setLaid(rest);
    }

    async function submit(event: FormEvent) {
        event.preventDefault();
        const plate = await make.run({
            name: name.trim(),
            format,
            kitId,
            protocol,
            wells: wellNames
                .filter((name) => laid.has(name))
                .map((name) => ({ well: name, sampleId: laid.get(name)!.sample.id, ...libraryNumbers(laid.get(name)!.numbers) })),
        });
        if (plate) {
            window.location.hash = links.library.plate(plate.id);
        }
    }

    const choices = candidates.data?.items ?? [];
    const current = laid.get(well)?.sample;
    return (
        <>
            <Back />
            <h1>{text.library.newPlate}</h1>
            <form id="plate" className="form" onSubmit={submit}>
                <label>
                    {text.library.plate.name}
                    <input required value={name} onChange={(e) => setName(e.target.value)} />
                </label>
                <label>
                    {text.library.plate.format}
                    <select
                        value={format}
                        onChange={(e) => {
                            setFormat(Number(e.target.value));
                            setLaid(new Map());
                            setWell('A01');
                        }}
                    >
                        <option value={96}>{text.library.plate.wellsOf(96)}</option>
                        <option value={384}>{text.library.plate.wellsOf(384)}</option>
                    </select>
                </label>
                <KitAndProtocol kitId={kitId} onKit={setKitId} protocol={protocol} onProtocol={setProtocol} />
            </form>
            <PlateGrid
                format={format}
                caption={text.library.plate.layout}
                well={(name) => (
                    <button
                        type="button"
                        className={laid.has(name) ? 'well filled' : 'well'}
                        aria-pressed={name === well}
                        onClick={() => choose(name)}
                    >
                        <span className="well-name">{name}</span>
                        {laid.has(name) && <> <span className="well-sample">{laid.get(name)!.sample.barcode}</span></>}
                    </button>
                )}
            />
            <form className="form well-editor" onSubmit={lay} aria-labelledby="well-editor">
                <h2 id="well-editor">{text.library.plate.editor(well)}</h2>
                <label>
                    {text.library.plate.well}
                    <select value={well} onChange={(e) => choose(e.target.value)}>
                        {wellNames.map((name) => (
                            <option key={name}>{name}</option>
                        ))}
                    </select>
                </label>
                <label>
                    {text.library.plate.findSample}
                    <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
                </label>
                {candidates.error !== undefined && <Problem error={candidates.error} />}
                <label>
                    {text.library.plate.sample}
                    <select required value={sampleId} onChange={(e) => setSampleId(e.target.value)}>
                        <option value="">{text.library.form.choose}</option>
                        {current && !choices.some((s) => s.id === current.id) && (
                            <option value={current.id}>{text.library.form.sampleName(current.barcode, current.name)}</option>
                        )}
                        {choices.map((sample) => (
                            <option key={sample.id} value={sample.id}>
                                {text.library.form.sampleName(sample.barcode, sample.name)}
                            </option>
                        ))}
                    </select>
                </label>
                <LibraryNumbersFields numbers={numbers} onChange={setNumbers} />
                <div className="actions">
                    <button type="button" onClick={empty} disabled={!laid.has(well)}>
                        {text.library.plate.empty}
                    </button>
                    <button type="submit">{text.library.plate.lay}</button>
                </div>
            </form>
            <h2>{text.library.plate.laid(laid.size)}</h2>
            {laid.size > 0 && (
                <ul className="laid">
                    {wellNames
                        .filter((name) => laid.has(name))
                        .map((name) => (
                            <li key={name}>{text.library.plate.laidWell(name, laid.get(name)!.sample.barcode)}</li>
                        ))}
                </ul>
            )}
            {make.error !== undefined && <Problem error={make.error} />}
            <div className="actions">
                {make.working && <progress aria-label={text.library.plate.making(laid.size)} />}
                <button type="submit" form="plate" disabled={make.working || laid.size === 0}>
                    {make.working ? text.library.plate.making(laid.size) : text.library.plate.make}
                </button>
            </div>
        </>
    );
}
