import { SampleStatus } from '@tracseq/client';
import { useState } from 'react';
import { useLive } from '../../live';
import { usePage } from '../../Pager';
import { links } from '../../route';
import { useLoad } from '../../session';
import { PagedTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';

const PAGE_SIZE = 50;

/** Every sample, searched, filtered by status and paged by the server (thousands stay fast). */
export function Samples() {
    const [q, setQ] = useState('');
    const [status, setStatus] = useState('');
    const { page, setPage, filter } = usePage();
    const samples = useLoad(
        (client) =>
            client.samples.listSamples({
                q: q.trim() || undefined,
                status: status ? [status as SampleStatus] : undefined,
                page,
                size: PAGE_SIZE,
                sort: 'createdAt,desc',
            }),
        [q, status, page],
    );
    useLive('samples.sample.*', samples.reload);

    return (
        <>
            <h1>{text.samples.title}</h1>
            <p className="toolbar">
                <a className="button" href={links.register}>
                    {text.samples.registerOne}
                </a>
                <a className="button" href={links.batch}>
                    {text.samples.registerBatch}
                </a>
            </p>
            <div className="filters">
                <label>
                    {text.samples.search}
                    <input type="search" value={q} onChange={(e) => filter(setQ, e.target.value)} />
                </label>
                <label>
                    {text.samples.status}
                    <select value={status} onChange={(e) => filter(setStatus, e.target.value)}>
                        <option value="">{text.samples.anyStatus}</option>
                        {Object.values(SampleStatus).map((value) => (
                            <option key={value} value={value}>
                                {wireWords(value)}
                            </option>
                        ))}
                    </select>
                </label>
            </div>
            <PagedTable
                loaded={samples}
                columns={Object.values(text.samples.columns)}
                row={(sample) => (
                    <tr key={sample.id}>
                        <td>
                            <a href={links.sample(sample.id)}>{sample.barcode}</a>
                        </td>
                        <td>{sample.name}</td>
                        <td>{wireWords(sample.type)}</td>
                        <td className={`status-${sample.status}`}>{wireWords(sample.status)}</td>
                        <td>{localTime(sample.createdAt)}</td>
                    </tr>
                )}
                words={text.samples}
                page={page}
                size={PAGE_SIZE}
                onPage={setPage}
            />
        </>
    );
}
