import type { LibraryCreate, ModelIndex } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { useIdempotencyKey } from '../../idempotency';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Back } from './Back';
import { KitAndProtocol } from './Catalogue';
import { LibraryNumbersFields, libraryNumbers, NO_NUMBERS } from './LibraryNumbers';

/**
 * Make one library from a sample (LB-1): the sample (opened from its page, or by barcode), the kit
 * and its i7 (a UDI kit's i5 is the pair unless another is chosen), the protocol and the numbers.
 * The server takes the input out of the sample and says where the library is outside its protocol.
 */
export function NewLibrary({ sampleId }: { sampleId?: string }) {
    const sample = useLoad(
        async (client) => (sampleId ? client.samples.getSample({ sampleId }) : undefined),
        [sampleId],
    );
    const [barcode, setBarcode] = useState('');
    const [kitId, setKitId] = useState('');
    const [protocol, setProtocol] = useState('');
    const [i7Name, setI7Name] = useState('');
    const [i5Name, setI5Name] = useState('');
    const [numbers, setNumbers] = useState(NO_NUMBERS);
    const [name, setName] = useState('');
    const kit = useLoad(async (client) => (kitId ? client.libraryPrep.getKit({ kitId }) : undefined), [kitId]);
    const keyFor = useIdempotencyKey();
    const create = useAction((client, libraryCreate: LibraryCreate) =>
        client.libraryPrep.createLibrary({ libraryCreate, idempotencyKey: keyFor(libraryCreate) }),
    );

    async function submit(event: FormEvent) {
        event.preventDefault();
        const made = await create.run({
            ...(sampleId ? { sampleId } : { sampleBarcode: barcode.trim() }),
            kitId,
            protocol,
            i7Name,
            i5Name: i5Name || undefined,
            name: name.trim() || undefined,
            ...libraryNumbers(numbers),
        });
        if (made) {
            window.location.hash = links.library.library(made.id);
        }
    }

    const indexes = kit.data?.indexes ?? [];
    return (
        <>
            <Back />
            <h1>{text.library.newLibrary}</h1>
            {sample.error !== undefined && <Problem error={sample.error} />}
            <form className="form" onSubmit={submit} aria-busy={create.working}>
                {sampleId ? (
                    <p>
                        {text.library.form.from}{' '}
                        {sample.data && <a href={links.sample(sample.data.id)}>{text.library.form.sampleName(sample.data.barcode, sample.data.name)}</a>}
                    </p>
                ) : (
                    <label>
                        {text.library.form.sampleBarcode}
                        <input required value={barcode} autoComplete="off" onChange={(e) => setBarcode(e.target.value)} />
                    </label>
                )}
                <KitAndProtocol
                    kitId={kitId}
                    onKit={(id) => {
                        setKitId(id);
                        setI7Name('');
                        setI5Name('');
                    }}
                    protocol={protocol}
                    onProtocol={setProtocol}
                />
                {kit.error !== undefined && <Problem error={kit.error} />}
                <IndexSelect label={text.library.form.i7} indexes={indexes.filter((index) => index.read === 'i7')} required value={i7Name} onChange={setI7Name} />
                {kit.data && kit.data.indexing !== 'single' && (
                    <IndexSelect
                        label={text.library.form.i5}
                        indexes={indexes.filter((index) => index.read === 'i5')}
                        required={kit.data.indexing === 'combinatorial'}
                        none={kit.data.indexing === 'unique_dual' ? text.library.form.thePair : undefined}
                        value={i5Name}
                        onChange={setI5Name}
                    />
                )}
                <LibraryNumbersFields numbers={numbers} onChange={setNumbers} />
                <label>
                    {text.library.form.name}
                    <input value={name} onChange={(e) => setName(e.target.value)} />
                </label>
                <ActionOutcome action={create} />
                <div className="actions">
                    <SubmitButton action={create} label={text.library.form.make} workingLabel={text.library.form.making} />
                </div>
            </form>
        </>
    );
}

type IndexSelectProps = {
    label: string;
    indexes: ModelIndex[];
    required: boolean;
    /** What choosing none means (a UDI kit's pair); "Choose…" when none is no choice. */
    none?: string;
    value: string;
    onChange: (name: string) => void;
};

/** One read's index from the kit, by name with its sequence. */
function IndexSelect({ label, indexes, required, none, value, onChange }: IndexSelectProps) {
    return (
        <label>
            {label}
            <select required={required} value={value} onChange={(e) => onChange(e.target.value)} disabled={indexes.length === 0}>
                <option value="">{none ?? text.library.form.choose}</option>
                {indexes.map((index) => (
                    <option key={index.name} value={index.name}>
                        {text.library.form.indexChoice(index.name, index.sequence)}
                    </option>
                ))}
            </select>
        </label>
    );
}
