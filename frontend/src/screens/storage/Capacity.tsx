import type { StorageLocation } from '@tracseq/client';
import { text } from '../../text';

/** ST-5's level, and `full` when no position is left (the contract's levels stop at critical). */
function level(location: StorageLocation): string {
    return location.free === 0 ? 'full' : location.capacityStatus;
}

/** How full a location is, in words and in its level's colour. */
export function Capacity({ location }: { location: StorageLocation }) {
    if (location.capacity === 0) {
        return <span className="capacity">{text.storage.noPositions}</span>;
    }
    const current = level(location);
    return (
        <span className={`capacity capacity-${current}`}>
            {text.storage.fill(location.occupied, location.capacity)} · {text.storage.levels[current]}
        </span>
    );
}
