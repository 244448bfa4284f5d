import { useCallback, useState } from 'react';

export type Action = {
    working: boolean;
    /** The last failure, for `<Problem>`; cleared when the action runs again. */
    error?: unknown;
    /** What the last success did, said in a status line. */
    done?: string;
    run: (act: () => Promise<string>) => Promise<boolean>;
};

/** A write the user starts: busy while it runs (its button says so), then its outcome or its problem. */
export function useAction(): Action {
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();
    const [done, setDone] = useState<string>();
    const run = useCallback(async (act: () => Promise<string>) => {
        setWorking(true);
        setError(undefined);
        setDone(undefined);
        try {
            setDone(await act());
            return true;
        } catch (e) {
            setError(e);
            return false;
        } finally {
            setWorking(false);
        }
    }, []);
    return { working, error, done, run };
}
