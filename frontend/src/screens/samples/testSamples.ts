/** A sample as the samples service answers it, for the samples screens' tests. */
export function sampleAnswer(n: number, overrides: object = {}) {
    return {
        id: `0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b${String(n).padStart(2, '0')}`,
        barcode: `TS-DNA-20261203-0000${String(n).padStart(2, '0')}-7`,
        name: `Biopsy ${n}`,
        type: 'tissue',
        status: 'pending',
        createdAt: '2026-12-01T08:00:00Z',
        updatedAt: '2026-12-01T08:00:00Z',
        createdBy: 'tech',
        ...overrides,
    };
}
