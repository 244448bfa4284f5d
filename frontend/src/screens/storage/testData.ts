// What the storage screens' component tests answer with and look at; not part of the build's screens.
import { signInAnswers } from '../../testing';

export const ids = {
    facility: '1a000000-0000-4000-8000-000000000001',
    room: '1a000000-0000-4000-8000-000000000002',
    freezer: '1a000000-0000-4000-8000-000000000003',
    rack: '1a000000-0000-4000-8000-000000000004',
    box: '1a000000-0000-4000-8000-000000000005',
    sample: '2b000000-0000-4000-8000-000000000001',
    other: '2b000000-0000-4000-8000-000000000002',
};

const lineage = [
    { id: ids.facility, kind: 'facility', name: 'Main lab' },
    { id: ids.room, kind: 'room', name: 'Room 1' },
    { id: ids.freezer, kind: 'freezer', name: 'Freezer A' },
    { id: ids.rack, kind: 'rack', name: 'Rack 1' },
    { id: ids.box, kind: 'box', name: 'Box 7' },
];

/** A location at depth `depth` of the lineage (0 the facility, 4 the box), as the server sends it. */
export function location(depth: number, fill: { occupied: number; capacity: number; capacityStatus?: string } = { occupied: 1, capacity: 4 }) {
    const self = lineage[depth];
    return {
        ...self,
        parentId: depth > 0 ? lineage[depth - 1].id : undefined,
        path: lineage.slice(0, depth + 1),
        zone: depth >= 2 ? 'minus_80' : undefined,
        ...(self.kind === 'box' ? { rows: 2, columns: 2, geometryLocked: true } : {}),
        capacity: fill.capacity,
        occupied: fill.occupied,
        free: fill.capacity - fill.occupied,
        capacityStatus: fill.capacityStatus ?? 'ok',
        createdAt: '2026-12-01T08:00:00Z',
        createdBy: 'admin',
    };
}

export const page = (items: unknown[]) => ({ page: 0, size: 20, total: items.length, items });

type Occupant = { barcode: string; sampleId: string; state: string };

/** Box 7, 2 × 2, with `occupants` by position. */
export function grid(occupants: Record<string, Occupant> = {}) {
    const cells = ['A01', 'A02', 'B01', 'B02'].map((position, index) => ({
        position,
        row: Math.floor(index / 2) + 1,
        column: (index % 2) + 1,
        ...occupants[position],
    }));
    return { boxId: ids.box, name: 'Box 7', zone: 'minus_80', rows: 2, columns: 2, occupied: Object.keys(occupants).length, cells };
}

export function stored(state: string, position = 'A01') {
    return {
        sampleId: ids.sample,
        barcode: 'TS-DNA-20261201-000001-7',
        sampleType: 'dna',
        state,
        position: { boxId: ids.box, position, row: 1, column: 1, zone: 'minus_80', path: lineage },
        freezeThawCount: 1,
        freezeThawWarning: false,
        updatedAt: '2026-12-01T09:00:00Z',
    };
}

/** The signed-in user with another role than the technician's. */
export function signedInAs(role: string) {
    const me = signInAnswers['GET /api/auth/me'];
    return { ...signInAnswers, 'GET /api/auth/me': { body: { ...me.body, role } } };
}
