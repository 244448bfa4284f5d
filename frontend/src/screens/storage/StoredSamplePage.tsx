import { text } from '../../text';
import { useStorageChanges } from './changes';
import { CustodyLog } from './CustodyLog';
import { SampleHandling } from './SampleHandling';
import { storageLinks } from './routes';

/** One sample in storage: where it is, what may be done with it, and its chain of custody (ST-8). */
export function StoredSamplePage({ id }: { id: string }) {
    const changes = useStorageChanges();
    return (
        <>
            <p>
                <a href={storageLinks.home}>{text.storage.title}</a>
            </p>
            <SampleHandling sampleId={id} changes={changes} main />
            <section aria-labelledby="sample-custody">
                <h2 id="sample-custody">{text.storage.sample.custody}</h2>
                <CustodyLog
                    load={(client, page, size) => client.storage.getSampleCustody({ sampleId: id, page, size })}
                    inputs={[id, changes]}
                />
            </section>
        </>
    );
}
