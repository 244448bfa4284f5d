import type { CustodyEventPage, PositionRef, TracSeqClient } from '@tracseq/client';
import { useState } from 'react';
import { Pager } from '../../Pager';
import { Problem } from '../../Problem';
import { ScrollRegion } from '../../ScrollRegion';
import { useLoad } from '../../session';
import { localTime, text } from '../../text';
import { storageLinks } from './routes';

const PAGE_SIZE = 20;

type Props = {
    /** One page of the chain (ST-8): a sample's oldest first, a location's newest first. */
    load: (client: TracSeqClient, page: number, size: number) => Promise<CustodyEventPage>;
    /** What the chain is of, and the storage changes seen: a new one reloads the page shown. */
    inputs: unknown[];
};

function Place({ at }: { at?: PositionRef }) {
    return at ? <a href={storageLinks.location(at.boxId)}>{at.position}</a> : null;
}

/** A chain of custody, a page at a time: who did what to which sample, from where to where. */
export function CustodyLog({ load, inputs }: Props) {
    const [page, setPage] = useState(0);
    const events = useLoad((client) => load(client, page, PAGE_SIZE), [...inputs, page]);
    if (events.error !== undefined) {
        return <Problem error={events.error} />;
    }
    if (!events.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    if (events.data.total === 0) {
        return <p>{text.storage.custody.none}</p>;
    }
    const columns = text.storage.custody.columns;
    return (
        <>
            <ScrollRegion label={text.storage.custody.title}>
                <table aria-busy={events.loading} className="custody">
                    <thead>
                        <tr>
                            <th scope="col">{columns.at}</th>
                            <th scope="col">{columns.what}</th>
                            <th scope="col">{columns.sample}</th>
                            <th scope="col">{columns.from}</th>
                            <th scope="col">{columns.to}</th>
                            <th scope="col">{columns.actor}</th>
                            <th scope="col">{columns.remarks}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {events.data.items.map((event) => (
                            <tr key={event.id}>
                                <td>
                                    <time dateTime={event.at.toISOString()}>{localTime(event.at)}</time>
                                </td>
                                <td>{text.storage.custody.kinds[event.kind]}</td>
                                <td>{event.sampleId && <a href={storageLinks.sample(event.sampleId)}>{event.barcode ?? event.sampleId}</a>}</td>
                                <td>
                                    <Place at={event.from} />
                                </td>
                                <td>
                                    <Place at={event.to} />
                                </td>
                                <td>{event.actor}</td>
                                <td>
                                    {[event.condition && text.storage.handling.conditions[event.condition], event.note, event.detail]
                                        .filter(Boolean)
                                        .join(' · ')}
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            </ScrollRegion>
            {events.data.total > PAGE_SIZE && (
                <Pager page={page} size={PAGE_SIZE} total={events.data.total} onPage={setPage} label={text.storage.custody.title} summary={text.storage.custody.page} />
            )}
        </>
    );
}
