/** What library prep answers in the component tests, shaped as the contract says. */
export const KIT_ID = '5f0c1e0e-2222-4a4a-9999-000000000001';
export const SAMPLE_ID = '0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b01';

export function library(n: number, overrides: object = {}) {
    const udi = `UDI000${n}`;
    return {
        id: `9a1c1e0e-3333-4a4a-9999-00000000000${n}`,
        name: `LIB-${n}`,
        sampleId: SAMPLE_ID,
        sampleBarcode: `TRS-${n}`,
        librarySampleId: `9a1c1e0e-4444-4a4a-9999-00000000000${n}`,
        barcode: `LIB-${n}`,
        kitId: KIT_ID,
        kit: 'IDT for Illumina UD Indexes Set A v1',
        protocol: 'illumina-dna-prep',
        i7Name: udi,
        i7: ['CCGCGGTT', 'TTATAACC', 'GGACTTGG'][n - 1],
        i5Name: udi,
        i5: ['AGCGCTAG', 'GATATCGA', 'CGCAGACG'][n - 1],
        concentrationNgPerUl: 12,
        meanFragmentBp: 400,
        volumeUl: 20,
        inputVolumeUl: 5,
        molarityNm: 45.45,
        warnings: [],
        createdAt: '2026-12-01T08:00:00Z',
        createdBy: 'tech',
        ...overrides,
    };
}

export const udiKit = {
    id: KIT_ID,
    name: 'IDT for Illumina UD Indexes Set A',
    version: 1,
    status: 'current',
    indexing: 'unique_dual',
    layout: 'column_wise',
    i7Count: 2,
    i5Count: 2,
    inUse: true,
    importedAt: '2026-12-01T08:00:00Z',
    importedBy: 'admin',
    indexes: [
        { read: 'i7', name: 'UDI0001', sequence: 'CCGCGGTT' },
        { read: 'i7', name: 'UDI0002', sequence: 'TTATAACC' },
        { read: 'i5', name: 'UDI0001', sequence: 'AGCGCTAG' },
        { read: 'i5', name: 'UDI0002', sequence: 'GATATCGA' },
    ],
};

export const catalogueAnswers = {
    'GET /api/library-prep/kits': { body: { page: 0, size: 500, total: 1, items: [udiKit] } },
    [`GET /api/library-prep/kits/${KIT_ID}`]: { body: udiKit },
    'GET /api/library-prep/protocols': {
        body: [
            { code: 'illumina-dna-prep', name: 'Illumina DNA Prep', minInputNg: 1, maxInputNg: 500, sampleTypes: ['dna'], minFragmentBp: 350, maxFragmentBp: 700 },
        ],
    },
};

export function sample(n: number) {
    return {
        id: `0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b0${n}`,
        barcode: `TRS-${n}`,
        name: `gDNA ${n}`,
        type: 'dna',
        status: 'validated',
        availableVolume: { value: 50, unit: 'ul' },
        createdAt: '2026-12-01T08:00:00Z',
        updatedAt: '2026-12-01T08:00:00Z',
        createdBy: 'tech',
    };
}

export const problem = (status: number, title: string, rule: string, detail: string) => ({
    status,
    problem: true,
    body: { type: 'about:blank', title, status, rule, detail },
});
