/** What QC answers in the component tests, shaped as the contract says. */
export const SAMPLE_ID = '0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b01';

export const a260: object = {
    id: 'de1c1e0e-1111-4a4a-9999-000000000001',
    metric: 'a260_280',
    appliesTo: 'dna',
    version: 1,
    unit: 'ratio',
    label: 'A260/280',
    passMin: 1.8,
    passMinInclusive: true,
    passMax: 2.1,
    passMaxInclusive: true,
    verificationsRequired: 1,
    reason: 'QC-2 default: A260/280 1.8-2.1',
    createdAt: '2026-12-01T08:00:00Z',
    createdBy: 'qaqc',
};

export const definitionAnswers = {
    'GET /api/qaqc/definitions': { body: { items: [a260] } },
};

export function result(n: number, overrides: object = {}) {
    return {
        id: `a05c1e0e-1111-4a4a-9999-00000000000${n}`,
        subjectKind: 'sample',
        subjectId: SAMPLE_ID,
        barcode: 'TRS-1',
        metric: 'a260_280',
        value: 1.9,
        unit: 'ratio',
        outcome: 'pass',
        definitionId: 'de1c1e0e-1111-4a4a-9999-000000000001',
        definitionVersion: 1,
        verificationsRequired: 1,
        verifications: [],
        verified: false,
        measuredBy: 'tech',
        measuredAt: '2026-12-02T09:00:00Z',
        ...overrides,
    };
}
