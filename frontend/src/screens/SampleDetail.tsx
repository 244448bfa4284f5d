import { Problem } from '../Problem';
import { links } from '../route';
import { useLoad } from '../session';
import { localTime, text, wireWords } from '../text';

/** One sample: its details and how its status came to be. */
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
    return (
        <>
            <p>
                <a href={links.samples}>{text.sample.back}</a>
            </p>
            {sample.error !== undefined && <Problem error={sample.error} />}
            {sample.data && (
                <>
                    <h1>{sample.data.details.name}</h1>
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
                </>
            )}
        </>
    );
}
