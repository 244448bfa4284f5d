import { useCallback, useState } from 'react';

/**
 * A write the user starts (a form sent, a button pressed): whether it is under way, for its
 * button, and how it failed, for its `<Problem>`. `run` starts it again from a clean state.
 */
export function useAction() {
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();
    const run = useCallback(async (write: () => Promise<unknown>) => {
        setWorking(true);
        setError(undefined);
        try {
            await write();
        } catch (e) {
            setError(e);
        } finally {
            setWorking(false);
        }
    }, []);
    return { working, error, run };
}
