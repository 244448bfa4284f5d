import { AuditEventType } from '@tracseq/client';
import { useState } from 'react';
import { usePage } from '../../Pager';
import { useLoad } from '../../session';
import { PagedTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { AdminNav } from './AdminNav';

const PAGE_SIZE = 50;
const words = text.admin.audit;

/** A `datetime-local` field's value (the user's own time zone) as an instant; empty is no bound. */
function instant(local: string): Date | undefined {
    return local ? new Date(local) : undefined;
}

/** The security audit log (AU-4), newest first, filtered by event, subject and time. */
export function Audit() {
    const [type, setType] = useState<AuditEventType | ''>('');
    const [subject, setSubject] = useState('');
    const [from, setFrom] = useState('');
    const [to, setTo] = useState('');
    const { page, setPage, filter } = usePage();
    const events = useLoad(
        (client) =>
            client.auth.listAuditEvents({
                type: type || undefined,
                subject: subject.trim() || undefined,
                from: instant(from),
                to: instant(to),
                page,
                size: PAGE_SIZE,
            }),
        [type, subject, from, to, page],
    );

    return (
        <>
            <AdminNav current="audit" />
            <h1>{words.title}</h1>
            <div className="filters">
                <label>
                    {words.type}
                    <select value={type} onChange={(e) => filter(setType, e.target.value as AuditEventType | '')}>
                        <option value="">{words.anyType}</option>
                        {Object.values(AuditEventType).map((value) => (
                            <option key={value} value={value}>
                                {wireWords(value)}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    {words.subject}
                    <input type="search" value={subject} onChange={(e) => filter(setSubject, e.target.value)} />
                </label>
                <label>
                    {words.from}
                    <input type="datetime-local" value={from} onChange={(e) => filter(setFrom, e.target.value)} />
                </label>
                <label>
                    {words.to}
                    <input type="datetime-local" value={to} onChange={(e) => filter(setTo, e.target.value)} />
                </label>
            </div>
            <PagedTable
                loaded={events}
                columns={Object.values(words.columns)}
                row={(event) => (
                    <tr key={event.id}>
                        <td>{localTime(event.at)}</td>
                        <td>{wireWords(event.type)}</td>
                        <td>{event.actor}</td>
                        <td>{event.subject}</td>
                        <td>{text.sample.change(event.oldValue, event.newValue ?? '')}</td>
                        <td>{[event.reason, event.detail].filter(Boolean).join(' · ')}</td>
                        <td>{event.ip}</td>
                    </tr>
                )}
                words={words}
                page={page}
                size={PAGE_SIZE}
                onPage={setPage}
            />
        </>
    );
}
