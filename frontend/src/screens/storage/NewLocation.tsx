import { type LocationCreate, LocationKind, type StorageLocation, TemperatureZone } from '@tracseq/client';
import { type FormEvent, useId, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { text } from '../../text';
import { childKinds, storageUnits } from './kinds';

/** Adds a facility (no parent) or a location inside `parent`, of a kind it may hold. */
export function NewLocation({ parent }: { parent?: StorageLocation }) {
    const kinds = parent ? childKinds[parent.kind] : [LocationKind.Facility];
    const [kind, setKind] = useState<LocationKind>(kinds[0]);
    const [name, setName] = useState('');
    const [zone, setZone] = useState<TemperatureZone>(TemperatureZone.Minus80);
    const [rows, setRows] = useState(9);
    const [columns, setColumns] = useState(9);
    const create = useAction((client, locationCreate: LocationCreate) => client.storage.createLocation({ locationCreate }));
    const headingId = useId();
    if (kinds.length === 0) {
        return null;
    }
    const unit = storageUnits.includes(kind);
    const box = kind === LocationKind.Box;

    async function submit(event: FormEvent) {
        event.preventDefault();
        const created = await create.run({
            kind,
            name,
            parentId: parent?.id,
            zone: unit ? zone : undefined,
            rows: box ? rows : undefined,
            columns: box ? columns : undefined,
        });
        if (created) {
            setName('');
        }
    }

    return (
        <form onSubmit={submit} aria-labelledby={headingId} className="new-location">
            <h2 id={headingId}>{parent ? text.storage.create.inside(parent.name) : text.storage.create.facility}</h2>
            <div className="filters">
                <label>
                    {text.storage.create.kind}
                    <select value={kind} onChange={(e) => setKind(e.target.value as LocationKind)}>
                        {kinds.map((value) => (
                            <option key={value} value={value}>
                                {text.storage.kinds[value]}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    {text.storage.create.name}
                    <input value={name} required onChange={(e) => setName(e.target.value)} />
                </label>
                {unit && (
                    <label>
                        {text.storage.create.zone}
                        <select value={zone} onChange={(e) => setZone(e.target.value as TemperatureZone)}>
                            {Object.values(TemperatureZone).map((value) => (
                                <option key={value} value={value}>
                                    {text.storage.zones[value]}
                                </option>
                            ))}
                        </select>
                    </label>
                )}
                {box && (
                    <>
                        <label>
                            {text.storage.create.rows}
                            <input type="number" min={1} max={26} value={rows} onChange={(e) => setRows(Number(e.target.value))} />
                        </label>
                        <label>
                            {text.storage.create.columns}
                            <input type="number" min={1} max={99} value={columns} onChange={(e) => setColumns(Number(e.target.value))} />
                        </label>
                    </>
                )}
                <SubmitButton action={create} label={text.storage.create.submit} />
            </div>
            <ActionOutcome action={create} done={create.result && text.storage.create.created(create.result.name)} />
        </form>
    );
}
