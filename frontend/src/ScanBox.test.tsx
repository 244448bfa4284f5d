import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScanBox } from './ScanBox';
import { fakeGateway, renderSignedIn, signInAnswers } from './testing';

const id = '0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b10';

test('a scanned barcode and Enter open its sample', async () => {
    fakeGateway({
        ...signInAnswers,
        'GET /api/samples/by-barcode/TRS-000042': {
            body: {
                id,
                barcode: 'TRS-000042',
                name: 'Biopsy',
                type: 'tissue',
                status: 'pending',
                createdAt: '2026-12-01T08:00:00Z',
                updatedAt: '2026-12-01T08:00:00Z',
                createdBy: 'tech',
            },
        },
    });
    await renderSignedIn(<ScanBox />);

    await userEvent.type(screen.getByLabelText('Scan or type a barcode'), 'TRS-000042{Enter}');

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/samples/${id}`));
    expect(screen.getByLabelText('Scan or type a barcode')).toHaveValue('');
});

test('an unknown barcode says so and keeps what was scanned', async () => {
    fakeGateway(signInAnswers);
    await renderSignedIn(<ScanBox />);

    await userEvent.type(screen.getByLabelText('Scan or type a barcode'), 'NOPE-1{Enter}');

    expect(await screen.findByRole('status')).toHaveTextContent('No sample has the barcode NOPE-1.');
    expect(screen.getByLabelText('Scan or type a barcode')).toHaveValue('NOPE-1');
});
