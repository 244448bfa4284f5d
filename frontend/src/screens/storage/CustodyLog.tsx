import type { CustodyEventPage, PositionRef, TracSeqClient } from '@tracseq/client';
import { useState } from 'react';
import { Problem } from '../../Problem';
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
    const pages = Math.max(1, Math.ceil(events.data.total / PAGE_SIZE));
    const columns = text.storage.custody.columns;
    return (
        <>
            <div className="table-scroll">
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
            </div>
            {pages > 1 && (
                <div className="pager">
                    <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                        {text.storage.custody.previous}
                    </button>
                    <span>{text.storage.custody.page(page + 1, pages)}</span>
                    <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                        {text.storage.custody.next}
                    </button>
                </div>
            )}
        </>
    );
}
