// What the sequencing service answers in the component tests: one NovaSeq X, a pool of three
// libraries of which two share an index pair, and a draft run with that pool in lane 1.
import { signInAnswers } from '../../testing';

export const instrumentId = '11111111-1111-4111-8111-111111111111';
export const collidingPoolId = '22222222-2222-4222-8222-222222222222';
export const cleanPoolId = '22222222-2222-4222-8222-333333333333';
export const runId = '33333333-3333-4333-8333-333333333333';
export const libraryIds = ['44444444-4444-4444-8444-000000000001', '44444444-4444-4444-8444-000000000002', '44444444-4444-4444-8444-000000000003'];

export const novaSeqX = {
    code: 'novaseq_x',
    name: 'NovaSeq X',
    chemistry: 'XLEAP',
    channels: ['blue', 'green'],
    lanes: 8,
    independentLanes: true,
    maxCyclesPerRead: 151,
    i5AsRead: 'forward',
    sheetVersions: ['v2'],
    defaultSheetVersion: 'v2',
};

export const instrument = {
    id: instrumentId,
    name: 'NovaSeq X bench 2',
    serialNumber: 'LH00123',
    platform: 'novaseq_x',
    capacity: 2,
    status: 'available',
    createdAt: '2026-12-01T08:00:00Z',
};

const laneLibrary = (n: number, i7: string, i5: string) => ({
    libraryId: libraryIds[n],
    name: `LIB-${'ABC'[n]}`,
    sampleId: `55555555-5555-4555-8555-00000000000${n}`,
    i7Name: `UDI000${n + 1}`,
    i7,
    i5Name: `UDI000${n + 1}`,
    i5,
    shareFraction: 1 / 3,
});

export const draftRun = {
    id: runId,
    name: 'RUN_COLLIDE',
    instrumentId,
    platform: 'novaseq_x',
    readStructure: '151-10-10-151',
    priority: 'normal',
    mismatches: { index1: 1, index2: 1 },
    status: 'draft',
    lanes: [
        {
            lane: 1,
            poolId: collidingPoolId,
            libraries: [laneLibrary(0, 'CCGCGGTT', 'AGCGCTAG'), laneLibrary(1, 'TTATAACC', 'GATATCGA'), laneLibrary(2, 'CCGCGGTT', 'AGCGCTAG')],
        },
    ],
    qcOverrides: [],
    createdBy: 'tech',
    createdAt: '2026-12-03T09:00:00Z',
    statusChangedAt: '2026-12-03T09:00:00Z',
};

export const collidingCheck = {
    runId,
    platform: 'novaseq_x',
    readStructure: '151-10-10-151',
    mismatches: { index1: 1, index2: 1 },
    passes: false,
    lanes: [
        {
            lane: 1,
            libraries: 3,
            passes: false,
            minimumDistance: 0,
            closestPair: ['LIB-A', 'LIB-C'],
            collisions: [
                {
                    first: 'LIB-A',
                    second: 'LIB-C',
                    distanceIndex1: 0,
                    comparedIndex1: 8,
                    distanceIndex2: 0,
                    comparedIndex2: 8,
                    identical: true,
                    sameSequenceUnderTwoNames: false,
                    description: 'LIB-A and LIB-C have the same index pair: their reads cannot be told apart.',
                },
            ],
            cycles: [
                { indexRead: 1, cycle: 1, a: 0, c: 2, g: 0, t: 1, lit: ['blue', 'green'], dark: [], description: 'index read 1, cycle 1; signal in blue, green' },
                { indexRead: 2, cycle: 7, a: 0, c: 0, g: 3, t: 0, lit: [], dark: ['blue', 'green'], description: 'index read 2, cycle 7: every library reads G; no signal in blue, green' },
            ],
            findings: [
                { rule: 'IDX-1', severity: 'fail', message: 'LIB-A and LIB-C collide in both index reads.' },
                { rule: 'CB-1', severity: 'fail', indexRead: 2, cycle: 7, message: 'No signal in index read 2, cycle 7.' },
            ],
            suggestions: [],
        },
    ],
};

export const cleanCheck = {
    ...collidingCheck,
    passes: true,
    lanes: [{ lane: 1, libraries: 2, passes: true, minimumDistance: 14, closestPair: ['LIB-A', 'LIB-B'], collisions: [], cycles: [], findings: [] }],
};

/** Events the lists are read from (the sequencing service lists neither pools nor runs). */
export function createdEvents(type: string, items: { id: string; payload: object }[]) {
    return {
        body: {
            page: 0,
            size: 50,
            total: items.length,
            items: items.map((item, n) => ({
                position: n + 1,
                id: `66666666-6666-4666-8666-00000000000${n}`,
                type,
                aggregateId: item.id,
                version: 1,
                occurredAt: '2026-12-03T08:30:00Z',
                actor: 'tech',
                payload: item.payload,
            })),
        },
    };
}

export const poolEvents = createdEvents('sequencing.pool.created', [
    { id: cleanPoolId, payload: { poolId: cleanPoolId, name: 'Clean pool', libraryIds: libraryIds.slice(0, 2), qcOverridden: false } },
    { id: collidingPoolId, payload: { poolId: collidingPoolId, name: 'Colliding pool', libraryIds, qcOverridden: false } },
]);

export const administratorAnswers = {
    ...signInAnswers,
    'GET /api/auth/me': { body: { ...signInAnswers['GET /api/auth/me'].body, role: 'lab_administrator' } },
};
