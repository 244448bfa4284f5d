import { useState } from 'react';
import { useLive } from '../../live';

/**
 * A count of the storage events stored since the screen opened: every load of the screen takes it
 * as an input, so one listener keeps the whole screen current (item events are about a sample, not
 * the box it is in, so no narrower filter would do).
 */
export function useStorageChanges(): number {
    const [changes, setChanges] = useState(0);
    useLive('storage.*', () => setChanges((count) => count + 1));
    return changes;
}
