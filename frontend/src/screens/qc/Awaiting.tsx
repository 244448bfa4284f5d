import type { TracSeqClient } from '@tracseq/client';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text } from '../../text';
import { type ResultRow, Results } from './Results';

/** How many of the latest recordings the list looks through. */
const RECENT = 100;

/**
 * The latest results recorded one by one that still lack verifications (QC-3), read from the event
 * store: the QC service has no list of results awaiting verification. A result is taken out once a
 * `qaqc.result.verified` event says it has them all.
 */
async function awaitingVerification(client: TracSeqClient): Promise<ResultRow[]> {
    const recorded = await client.events.listEvents({ type: 'qaqc.result.recorded', size: RECENT });
    if (recorded.items.length === 0) {
        return [];
    }
    const oldest = recorded.items[recorded.items.length - 1].occurredAt;
    const verified = await client.events.listEvents({ type: 'qaqc.result.verified', from: oldest, size: 500 });
    const verifications = new Map<string, { count: number; done: boolean }>();
    for (const event of verified.items) {
        const { resultId, verifications: count, verified: done } = event.payload;
        const known = verifications.get(resultId);
        verifications.set(resultId, { count: Math.max(count, known?.count ?? 0), done: done || (known?.done ?? false) });
    }
    return recorded.items
        .filter((event) => !verifications.get(event.payload.resultId)?.done)
        .map((event) => ({
            id: event.payload.resultId,
            subject: event.payload.barcode ?? event.payload.subjectId,
            metric: event.payload.metric,
            value: event.payload.value,
            unit: event.payload.unit,
            outcome: event.payload.outcome,
            verifications: verifications.get(event.payload.resultId)?.count ?? 0,
            verificationsRequired: event.payload.verificationsRequired,
            verified: false,
            measuredBy: event.actor,
            measuredAt: event.occurredAt,
        }));
}

/** What a second person should look at: results recorded lately and not yet verified, kept current live. */
export function Awaiting() {
    const awaiting = useLoad(awaitingVerification, []);
    useLive('qaqc.*', awaiting.reload);
    return (
        <section aria-labelledby="awaiting">
            <h2 id="awaiting">{text.qc.awaiting}</h2>
            <p className="hint">{text.qc.awaitingHint(RECENT)}</p>
            {awaiting.error !== undefined && <Problem error={awaiting.error} />}
            {awaiting.data &&
                (awaiting.data.length === 0 ? (
                    <p>{text.qc.noneAwaiting}</p>
                ) : (
                    <Results rows={awaiting.data} label={text.qc.awaiting} onVerified={awaiting.reload} />
                ))}
        </section>
    );
}
