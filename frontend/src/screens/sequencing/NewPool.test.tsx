import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { NewPool } from './NewPool';
import { cleanPoolId, libraryIds } from './testData';

const library = (n: number) => ({
    id: libraryIds[n],
    name: `LIB-${'ABC'[n]}`,
    sampleId: '55555555-5555-4555-8555-555555555555',
    sampleBarcode: 'TRS-1',
    librarySampleId: '55555555-5555-4555-8555-555555555556',
    barcode: `LIB-${'ABC'[n]}`,
    kitId: '99999999-9999-4999-8999-999999999999',
    kit: 'IDT for Illumina UD Indexes Set A v1',
    protocol: 'illumina-dna-prep',
    i7Name: `UDI000${n + 1}`,
    i7: 'CCGCGGTT',
    i5Name: `UDI000${n + 1}`,
    i5: 'AGCGCTAG',
    concentrationNgPerUl: 12,
    meanFragmentBp: 400,
    volumeUl: 20,
    inputVolumeUl: 5,
    molarityNm: 45.5,
    warnings: [],
    createdAt: '2026-12-03T08:00:00Z',
    createdBy: 'tech',
});

const libraries = { 'GET /api/library-prep/libraries': { body: { page: 0, size: 100, total: 2, items: [library(0), library(1)] } } };

test('ticked libraries with their shares are planned, then made into a pool whose page opens', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        ...libraries,
        'POST /api/sequencing/pools/plan': {
            body: {
                libraries: [
                    { libraryId: libraryIds[0], name: 'LIB-A', molarityNm: 45.5, share: 2, shareFraction: 2 / 3, volumeUl: 2.93 },
                    { libraryId: libraryIds[1], name: 'LIB-B', molarityNm: 45.5, share: 1, shareFraction: 1 / 3, volumeUl: 1.47 },
                ],
                bufferUl: 95.6,
                targetMolarityNm: 2,
                targetVolumeUl: 100,
            },
        },
        'POST /api/sequencing/pools': {
            status: 201,
            body: { id: cleanPoolId, name: 'Clean pool', targetMolarityNm: 2, targetVolumeUl: 100, bufferUl: 95.6, libraries: [], createdBy: 'tech', createdAt: '2026-12-03T09:00:00Z' },
        },
    });
    await renderSignedIn(<NewPool />);

    expect(await screen.findByText('Tick at least one library.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Pool name'), 'Clean pool');
    await userEvent.click(await screen.findByLabelText('Pool LIB-A'));
    await userEvent.click(screen.getByLabelText('Pool LIB-B'));
    await userEvent.clear(screen.getByLabelText('Share of LIB-A'));
    await userEvent.type(screen.getByLabelText('Share of LIB-A'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Plan volumes' }));

    const plan = await screen.findByRole('region', { name: 'Volumes to pipette' });
    expect(within(plan).getByRole('row', { name: 'LIB-A 66.7 % 2.93' })).toBeInTheDocument();
    expect(within(plan).getByRole('row', { name: 'Buffer 95.6' })).toBeInTheDocument();
    const design = { libraries: [{ libraryId: libraryIds[0], share: 2 }, { libraryId: libraryIds[1], share: 1 }], targetMolarityNm: 2, targetVolumeUl: 100 };
    expect(gateway.calls.find((call) => call.url.pathname === '/api/sequencing/pools/plan')!.body).toEqual(design);

    await userEvent.click(screen.getByRole('button', { name: 'Make the pool' }));
    await vi.waitFor(() => expect(window.location.hash).toBe(`#/sequencing/pools/${cleanPoolId}`));
    expect(gateway.calls.find((call) => call.url.pathname === '/api/sequencing/pools')!.body).toEqual({ name: 'Clean pool', ...design });
});

test('libraries too dilute for the target are refused with the rule and what is reachable', async () => {
    fakeGateway({
        ...signInAnswers,
        ...libraries,
        'POST /api/sequencing/pools/plan': {
            status: 422,
            problem: true,
            body: { title: 'Unprocessable', status: 422, rule: 'LB-3', detail: 'The libraries reach at most 40 nM at 100 µL.' },
        },
    });
    await renderSignedIn(<NewPool />);

    await userEvent.click(await screen.findByLabelText('Pool LIB-A'));
    await userEvent.clear(screen.getByLabelText('Target molarity (nM)'));
    await userEvent.type(screen.getByLabelText('Target molarity (nM)'), '500');
    await userEvent.click(screen.getByRole('button', { name: 'Plan volumes' }));

    expect(await screen.findByText('The libraries reach at most 40 nM at 100 µL.')).toBeInTheDocument();
    expect(screen.getByText('Rule LB-3')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Volumes to pipette' })).not.toBeInTheDocument();
});
