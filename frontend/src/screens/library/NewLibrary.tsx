import type { LibraryCreate } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
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
                <label>
                    {text.library.form.i7}
                    <select required value={i7Name} onChange={(e) => setI7Name(e.target.value)} disabled={!kit.data}>
                        <option value="">{text.library.form.choose}</option>
                        {indexes
                            .filter((index) => index.read === 'i7')
                            .map((index) => (
                                <option key={index.name} value={index.name}>
                                    {text.library.form.indexChoice(index.name, index.sequence)}
                                </option>
                            ))}
                    </select>
                </label>
                {kit.data && kit.data.indexing !== 'single' && (
                    <label>
                        {text.library.form.i5}
                        <select
                            required={kit.data.indexing === 'combinatorial'}
                            value={i5Name}
                            onChange={(e) => setI5Name(e.target.value)}
                        >
                            <option value="">{kit.data.indexing === 'unique_dual' ? text.library.form.thePair : text.library.form.choose}</option>
                            {indexes
                                .filter((index) => index.read === 'i5')
                                .map((index) => (
                                    <option key={index.name} value={index.name}>
                                        {text.library.form.indexChoice(index.name, index.sequence)}
                                    </option>
                                ))}
                        </select>
                    </label>
                )}
                <LibraryNumbersFields numbers={numbers} onChange={setNumbers} />
                <label>
                    {text.library.form.name}
                    <input value={name} onChange={(e) => setName(e.target.value)} />
                </label>
                {create.error !== undefined && <Problem error={create.error} />}
                <div className="actions">
                    <button type="submit" disabled={create.working}>
                        {create.working ? text.library.form.making : text.library.form.make}
                    </button>
                </div>
            </form>
        </>
    );
}
