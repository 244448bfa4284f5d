import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Libraries } from './Libraries';
import { library } from './test-data';

test('lists libraries with their index pair and molarity, found by tube barcode, and follows changes live', async () => {
    let libraries = [library(1)];
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/library-prep/libraries': (url) => ({
            body: {
                page: 0,
                size: 50,
                total: libraries.length,
                items: url.searchParams.get('barcode') ? libraries.filter((l) => l.barcode === url.searchParams.get('barcode')) : libraries,
            },
        }),
    });
    await renderSignedIn(<Libraries />);

    const row = (await screen.findByRole('link', { name: 'LIB-1' })).closest('tr')!;
    expect(within(row).getByText('CCGCGGTT')).toBeInTheDocument();
    expect(within(row).getByText('AGCGCTAG')).toBeInTheDocument();
    expect(within(row).getByText('45.45 nM')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'TRS-1' })).toHaveAttribute('href', `#/samples/${library(1).sampleId}`);

    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));
    libraries = [library(2), library(1)];
    gateway.emit('library-prep.library.created', library(2).id);
    expect(await screen.findByRole('link', { name: 'LIB-2' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Library tube barcode'), 'LIB-2');
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'LIB-1' })).not.toBeInTheDocument());
    const last = gateway.requests.filter((url) => url.pathname === '/api/library-prep/libraries').at(-1)!;
    expect(last.searchParams.get('barcode')).toBe('LIB-2');
    expect(last.searchParams.get('page')).toBe('0');
});
