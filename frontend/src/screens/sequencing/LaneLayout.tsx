import type { LaneAssignment, Platform } from '@tracseq/client';
import { text } from '../../text';
import type { PoolEntry } from './recent';

/** Which pool goes in which lane, by lane number; a lane left out stays empty. */
export type Layout = Record<number, string>;

export function assignments(layout: Layout): LaneAssignment[] {
    return Object.entries(layout)
        .filter(([, poolId]) => poolId)
        .map(([lane, poolId]) => ({ lane: Number(lane), poolId }));
}

/** The lanes a platform's flow cell offers a pool: each lane, or lane 1 for the whole flow cell. */
function laneNumbers(platform: Platform): number[] {
    const count = platform.independentLanes ? platform.lanes : 1;
    return Array.from({ length: count }, (_, i) => i + 1);
}

/** A pool chosen per lane of the platform's flow cell. */
export function LaneLayout({
    platform,
    pools,
    layout,
    onChange,
}: {
    platform: Platform;
    pools: PoolEntry[];
    layout: Layout;
    onChange: (layout: Layout) => void;
}) {
    return (
        <fieldset className="lane-layout">
            <legend>{text.sequencing.lanes.title}</legend>
            {!platform.independentLanes && <p className="hint">{text.sequencing.lanes.oneForAll}</p>}
            <div className="lanes">
                {laneNumbers(platform).map((lane) => (
                    <label key={lane} className="lane">
                        {text.sequencing.lanes.poolFor(lane)}
                        <select value={layout[lane] ?? ''} onChange={(e) => onChange({ ...layout, [lane]: e.target.value })}>
                            <option value="">{text.sequencing.lanes.empty}</option>
                            {pools.map((pool) => (
                                <option key={pool.id} value={pool.id}>
                                    {pool.name}
                                </option>
                            ))}
                        </select>
                    </label>
                ))}
            </div>
        </fieldset>
    );
}
