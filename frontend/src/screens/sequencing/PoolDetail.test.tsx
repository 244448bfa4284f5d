import { screen } from '@testing-library/react';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { PoolDetail } from './PoolDetail';
import { collidingPoolId, libraryIds } from './testData';

test("a pool shows its libraries' indexes, volumes and QC, its own QC and a recorded override", async () => {
    fakeGateway({
        ...signInAnswers,
        [`GET /api/sequencing/pools/${collidingPoolId}`]: {
            body: {
                id: collidingPoolId,
                name: 'Colliding pool',
                targetMolarityNm: 2,
                targetVolumeUl: 100,
                bufferUl: 91.2,
                libraries: [
                    {
                        libraryId: libraryIds[0],
                        name: 'LIB-A',
                        sampleId: '55555555-5555-4555-8555-555555555555',
                        i7Name: 'UDI0001',
                        i7: 'CCGCGGTT',
                        i5Name: 'UDI0001',
                        i5: 'AGCGCTAG',
                        molarityNm: 45.5,
                        share: 1,
                        shareFraction: 1,
                        volumeUl: 8.8,
                        qc: 'fail',
                        qcReasons: ['concentration 2.1 ng/µL fails (≥ 5)'],
                    },
                ],
                qcOverride: { reason: 'last of the biopsy', by: 'pi', at: '2026-12-03T09:00:00Z' },
                ownQc: { standing: 'pending', reasons: ['no QC recorded yet'] },
                createdBy: 'tech',
                createdAt: '2026-12-03T09:00:00Z',
            },
        },
    });
    await renderSignedIn(<PoolDetail id={collidingPoolId} />);

    expect(await screen.findByRole('heading', { name: 'Pool Colliding pool' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /LIB-A UDI0001 CCGCGGTT UDI0001 AGCGCTAG 100.0 % 8.8/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'fail · concentration 2.1 ng/µL fails (≥ 5)' })).toHaveClass('qc-fail');
    expect(screen.getByText('pending · no QC recorded yet')).toBeInTheDocument();
    expect(screen.getByText(/^QC override by pi on .*: last of the biopsy$/)).toBeInTheDocument();
});
