import type { Session } from '@tracseq/client';
import type { ReactNode } from 'react';
import { DataTable } from '../../Table';
import { localTime, text } from '../../text';

const words = text.admin.sessions;

/** Where a session was started, as people recognise it. */
export function sessionOrigin(session: Session): string {
    return [session.userAgent, session.ip].filter(Boolean).join(' · ') || words.unknownDevice;
}

/** Open sessions, newest first; `action` adds what can be done with each (ending it). */
export function SessionTable({ sessions, action }: { sessions: Session[]; action?: (session: Session) => ReactNode }) {
    if (sessions.length === 0) {
        return <p>{words.none}</p>;
    }
    return (
        <DataTable columns={[words.from, words.started, words.refreshed, words.expires, ...(action ? [words.end] : [])]}>
            {sessions.map((session) => (
                <tr key={session.id}>
                    <td>
                        {sessionOrigin(session)}
                        {session.current && <strong> ({words.current})</strong>}
                    </td>
                    <td>{localTime(session.createdAt)}</td>
                    <td>{session.lastRefreshedAt && localTime(session.lastRefreshedAt)}</td>
                    <td>{localTime(session.expiresAt)}</td>
                    {action && <td>{action(session)}</td>}
                </tr>
            ))}
        </DataTable>
    );
}
