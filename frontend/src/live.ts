import { useEffect, useRef } from 'react';
import { useSession } from './session';

/** Changes arriving this close together reload a screen once. */
const SETTLE_MS = 300;

/**
 * Keeps a screen current without a reload: calls `changed` (usually a `useLoad` result's `reload`)
 * when events of `type` are stored, e.g. `storage.*` or `samples.sample.status_changed`, optionally
 * about one aggregate (a sample id, a location id). Whoever made the change, this user included.
 */
export function useLive(type: string, changed: () => void, aggregateId?: string): void {
    const { session } = useSession();
    const latest = useRef(changed);
    latest.current = changed;
    useEffect(() => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const unlisten = session.live.listen({
            type,
            aggregateId,
            changed: () => {
                clearTimeout(timer);
                timer = setTimeout(() => latest.current(), SETTLE_MS);
            },
        });
        return () => {
            clearTimeout(timer);
            unlisten();
        };
    }, [session, type, aggregateId]);
}
