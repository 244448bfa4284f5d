import { TracSeqClient, TracSeqProblem, type User } from '@tracseq/client';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { LiveEvents } from './liveEvents';

/**
 * A signed-in user's client and the page's one event stream. Its tokens live in memory only: a
 * reload signs out.
 */
export type Session = { client: TracSeqClient; user: User; live: LiveEvents };

type SessionState = {
    session: Session;
    /** A call found the session ended: the shell asks for the password again over the page. */
    expire: () => void;
};

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
    const state = useContext(SessionContext);
    if (!state) {
        throw new Error('useSession outside a signed-in page');
    }
    return state;
}

/** The gateway serves the screens and the API from one origin. */
export function gatewayUrl(): string {
    return window.location.origin;
}

export async function signIn(username: string, password: string): Promise<Session> {
    const client = await TracSeqClient.connect({ baseUrl: gatewayUrl(), username, password });
    return { client, user: await client.auth.getCurrentUser(), live: new LiveEvents(client) };
}

export type Loaded<T> = { data?: T; error?: unknown; loading: boolean; reload: () => void };

/**
 * What a screen shows from one call: loaded again when its inputs or the session change (a new
 * sign-in after expiry reloads the page's data without leaving it).
 */
export function useLoad<T>(load: (client: TracSeqClient) => Promise<T>, inputs: unknown[]): Loaded<T> {
    const { session, expire } = useSession();
    const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
    const [round, setRound] = useState(0);
    const reload = useCallback(() => setRound((r) => r + 1), []);
    useEffect(() => {
        let current = true;
        setState((previous) => ({ ...previous, loading: true }));
        load(session.client).then(
            (data) => current && setState({ data, loading: false }),
            (error: unknown) => {
                if (!current) {
                    return;
                }
                if (error instanceof TracSeqProblem && error.status === 401) {
                    expire();
                }
                setState({ error, loading: false });
            },
        );
        return () => {
            current = false;
        };
        // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the inputs
    }, [session, round, ...inputs]);
    return { ...state, reload };
}
