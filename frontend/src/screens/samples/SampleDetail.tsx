import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { localTime, text, wireWords } from '../../text';
import { Labels } from './Labels';
import { Custody, Libraries, Lineage, type LineageWithSamples, Qc } from './SampleSections';
import { StatusChange } from './StatusChange';

/** The most related samples one call reads by id (the samples list's `id` filter). */
const RELATED_AT_ONCE = 100;
/** A sample's whole chain of custody in one page (the API's largest). */
const CUSTODY_AT_ONCE = 500;

/**
 * One sample: its details, status changes, labels and history, and what the other services know
 * of it (lineage, custody, QC, libraries), each part showing its own problem if its service refuses.
 */
export function SampleDetail({ id }: { id: string }) {
    const sample = useLoad(
        async (client) => {
            const [details, history] = await Promise.all([
                client.samples.getSample({ sampleId: id }),
                client.samples.getSampleStatusHistory({ sampleId: id }),
            ]);
            return { details, history };
        },
        [id],
    );
    const lineage = useLoad(async (client): Promise<LineageWithSamples> => {
        const found = await client.samples.getLineage({ sampleId: id });
        const ids = [...new Set([...found.ancestors.map((link) => link.parentId), ...found.descendants.map((link) => link.childId)])];
        const related = ids.length
            ? (await client.samples.listSamples({ id: ids.slice(0, RELATED_AT_ONCE), size: RELATED_AT_ONCE })).items
            : [];
        return { ...found, related: new Map(related.map((s) => [s.id, s])) };
    }, [id]);
    const custody = useLoad((client) => client.storage.getSampleCustody({ sampleId: id, size: CUSTODY_AT_ONCE }), [id]);
    const qc = useLoad((client) => client.qaqc.getSampleSummary({ sampleId: id }), [id]);
    const libraries = useLoad((client) => client.libraryPrep.listLibraries({ sampleId: id, size: 100 }), [id]);

    // Events about this sample (aggregate = its id): its own changes, and an aliquot or library taken
    // from it (the volume it gave). QC results are about a result id, so any result reloads QC.
    useLive(
        'samples.sample.*',
        () => {
            sample.reload();
            lineage.reload();
            libraries.reload();
        },
        id,
    );
    useLive('storage.item.*', custody.reload, id);
    useLive('qaqc.result.*', qc.reload);

    return (
        <>
            <p>
                <a href={links.samples}>{text.sample.back}</a>
            </p>
            {sample.error !== undefined && <Problem error={sample.error} />}
            {sample.data && (
                <>
                    <h1>{sample.data.details.name}</h1>
                    <div className="detail-grid">
                        <section aria-labelledby="details">
                            <h2 id="details">{text.sample.details}</h2>
                            <dl className="fields">
                                <dt>{text.sample.fields.barcode}</dt>
                                <dd>{sample.data.details.barcode}</dd>
                                <dt>{text.sample.fields.type}</dt>
                                <dd>{wireWords(sample.data.details.type)}</dd>
                                <dt>{text.sample.fields.status}</dt>
                                <dd className={`status-${sample.data.details.status}`}>{wireWords(sample.data.details.status)}</dd>
                                {sample.data.details.availableVolume && (
                                    <>
                                        <dt>{text.sample.fields.volume}</dt>
                                        <dd>
                                            {sample.data.details.availableVolume.value} {sample.data.details.availableVolume.unit}
                                        </dd>
                                    </>
                                )}
                                <dt>{text.sample.fields.registered}</dt>
                                <dd>{localTime(sample.data.details.createdAt)}</dd>
                                <dt>{text.sample.fields.by}</dt>
                                <dd>{sample.data.details.createdBy}</dd>
                            </dl>
                        </section>
                        <Labels sample={sample.data.details} />
                    </div>
                    <StatusChange sample={sample.data.details} onChanged={sample.reload} />
                    <section aria-labelledby="history">
                        <h2 id="history">{text.sample.history}</h2>
                        {sample.data.history.length === 0 ? (
                            <p>{text.sample.noHistory}</p>
                        ) : (
                            <ol className="history">
                                {sample.data.history.map((change) => (
                                    <li key={change.changedAt.toISOString() + change.to}>
                                        <time dateTime={change.changedAt.toISOString()}>{localTime(change.changedAt)}</time>{' '}
                                        {text.sample.change(change.from && wireWords(change.from), wireWords(change.to))} ·{' '}
                                        {change.actor}
                                        {change.reason && ` · ${change.reason}`}
                                    </li>
                                ))}
                            </ol>
                        )}
                    </section>
                    <Lineage loaded={lineage} />
                    <Custody loaded={custody} />
                    <Qc loaded={qc} />
                    <Libraries loaded={libraries} />
                </>
            )}
        </>
    );
}
