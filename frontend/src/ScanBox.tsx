import { TracSeqProblem } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { links } from './route';
import { useSession } from './session';
import { text } from './text';
import { Problem } from './Problem';

/**
 * On every page: a barcode scanner types the code and Enter, and the sample opens. (Box labels
 * open their position once the storage screens exist.)
 */
export function ScanBox() {
    const { session } = useSession();
    const [barcode, setBarcode] = useState('');
    const [message, setMessage] = useState<string>();
    const [error, setError] = useState<unknown>();

    async function open(event: FormEvent) {
        event.preventDefault();
        const scanned = barcode.trim();
        if (!scanned) {
            return;
        }
        setMessage(undefined);
        setError(undefined);
        try {
            const sample = await session.client.samples.getSampleByBarcode({ barcode: scanned });
            setBarcode('');
            window.location.hash = links.sample(sample.id);
        } catch (e) {
            if (e instanceof TracSeqProblem && e.status === 404) {
                setMessage(text.scan.notFound(scanned));
            } else {
                setError(e);
            }
        }
    }

    return (
        <form className="scan" role="search" onSubmit={open}>
            <label>
                <span className="visually-hidden">{text.scan.label}</span>
                <input
                    value={barcode}
                    placeholder={text.scan.placeholder}
                    autoComplete="off"
                    onChange={(e) => setBarcode(e.target.value)}
                />
            </label>
            {message && (
                <p role="status" className="scan-message">
                    {message}
                </p>
            )}
            {error !== undefined && <Problem error={error} />}
        </form>
    );
}
