import { TracSeqClient, TracSeqProblem } from '@tracseq/client';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useSession } from './session';

export type Action<A extends unknown[], T> = {
    /** Runs the write; resolves to its answer, or to undefined when it failed (then `error` says why). */
    run: (...args: A) => Promise<T | undefined>;
    working: boolean;
    error?: unknown;
    result?: T;
};

/**
 * One write a screen makes through the SDK: whether it is under way (for progress), its answer, or
 * the problem that refused it. A session found ended asks for sign-in again, as `useLoad` does.
 * The write's inputs are `run`'s arguments; the write may still read the screen's state, because
 * `run` calls the function of the latest render.
 */
export function useAction<A extends unknown[], T>(act: (client: TracSeqClient, ...args: A) => Promise<T>): Action<A, T> {
    const { session, expire } = useSession();
    const [state, setState] = useState<{ working: boolean; error?: unknown; result?: T }>({ working: false });
    // `run` stays the same between renders (memoised on the session), so it must not call the
    // function it was created with: that one sees the state of an earlier render.
    const latest = useRef(act);
    useLayoutEffect(() => {
        latest.current = act;
    });
    const run = useCallback(
        async (...args: A) => {
            setState({ working: true });
            try {
                const result = await latest.current(session.client, ...args);
                setState({ working: false, result });
                return result;
            } catch (error) {
                if (error instanceof TracSeqProblem && error.status === 401) {
                    expire();
                }
                setState({ working: false, error });
                return undefined;
            }
        },
        [session, expire],
    );
    return { ...state, run };
}
