import { type Run, type TracSeqClient, TracSeqProblem } from '@tracseq/client';

/** A pool as its `sequencing.pool.created` event tells it. */
export type PoolEntry = { id: string; name: string; libraries: number; createdAt: Date; createdBy?: string };

/**
 * The sequencing service lists neither pools nor runs: the events service keeps every
 * `sequencing.pool.created` and `sequencing.run.created`, newest first, so the lists are read there.
 */
export async function recentPools(client: TracSeqClient, size = 50): Promise<PoolEntry[]> {
    const page = await client.events.listEvents({ type: 'sequencing.pool.created', size });
    return page.items.map((event) => ({
        id: event.aggregateId,
        name: String(event.payload.name),
        libraries: Array.isArray(event.payload.libraryIds) ? event.payload.libraryIds.length : 0,
        createdAt: event.occurredAt,
        createdBy: event.actor,
    }));
}

/**
 * The runs planned most recently, each as the sequencing service has it now (its status). A run
 * the service no longer knows (its database restored from an older back-up) is left out rather
 * than failing the list.
 */
export async function recentRuns(client: TracSeqClient, size = 20): Promise<Run[]> {
    const page = await client.events.listEvents({ type: 'sequencing.run.created', size });
    const runs = await Promise.all(
        page.items.map((event) =>
            client.sequencing.getRun({ runId: event.aggregateId }).catch((e: unknown) => {
                if (e instanceof TracSeqProblem && e.status === 404) {
                    return undefined;
                }
                throw e;
            }),
        ),
    );
    return runs.filter((run): run is Run => run !== undefined);
}
