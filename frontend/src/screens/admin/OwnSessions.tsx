import { useState } from 'react';
import { ConfirmButton } from '../../Confirm';
import { Pager } from '../../Pager';
import { Problem } from '../../Problem';
import { useLoad, useSession } from '../../session';
import { text } from '../../text';
import { SessionTable, sessionOrigin } from './SessionTable';

const PAGE_SIZE = 50;
const words = text.admin.sessions;

/** The signed-in user's own open sessions (other devices), any of which can be ended from here. */
export function OwnSessions() {
    const { session } = useSession();
    const [page, setPage] = useState(0);
    const sessions = useLoad((client) => client.auth.listOwnSessions({ page, size: PAGE_SIZE }), [page]);
    return (
        <>
            <h1>{words.title}</h1>
            {sessions.error !== undefined && <Problem error={sessions.error} />}
            {sessions.data && (
                <>
                    <SessionTable
                        sessions={sessions.data.items}
                        action={(other) =>
                            // This one ends with Sign out, which also forgets the tokens here.
                            !other.current && (
                                <ConfirmButton
                                    label={words.end}
                                    consequence={words.endConsequence(sessionOrigin(other))}
                                    onConfirm={async () => {
                                        await session.client.auth.revokeOwnSession({ sessionId: other.id });
                                        sessions.reload();
                                    }}
                                />
                            )
                        }
                    />
                    <Pager page={page} size={PAGE_SIZE} total={sessions.data.total} onPage={setPage} label={words.title} summary={words.page} />
                </>
            )}
        </>
    );
}
