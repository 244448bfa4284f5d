import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Samples } from './Samples';
import { sampleAnswer } from './testSamples';

const sample = (n: number) => sampleAnswer(n, { barcode: `TRS-${n}`, status: 'in_storage' });

test('search and status filter go to the server, start again at the first page, and page on', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/samples/': (url) => ({
            body: { page: Number(url.searchParams.get('page')), size: 50, total: 120, items: [sample(1), sample(2)] },
        }),
    });
    await renderSignedIn(<Samples />);

    expect(await screen.findByText('Page 1 of 3 (120 samples)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'TRS-1' })).toHaveAttribute('href', `#/samples/${sample(1).id}`);
    expect(screen.getAllByRole('cell', { name: 'in storage' })).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 3 (120 samples)')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'in storage');
    await userEvent.type(screen.getByLabelText('Search name or barcode'), 'TRS');
    expect(await screen.findByText('Page 1 of 3 (120 samples)')).toBeInTheDocument();

    const last = gateway.requests.filter((url) => url.pathname === '/api/samples/').at(-1)!;
    expect(last.searchParams.get('q')).toBe('TRS');
    expect(last.searchParams.get('status')).toBe('in_storage');
    expect(last.searchParams.get('page')).toBe('0');
});

test('a session that ended asks for sign-in again', async () => {
    fakeGateway({
        ...signInAnswers,
        'GET /api/samples/': { status: 401, problem: true, body: { title: 'Unauthorized', status: 401 } },
    });
    const expire = vi.fn();
    await renderSignedIn(<Samples />, expire);

    await vi.waitFor(() => expect(expire).toHaveBeenCalled());
});

test("another user's change refreshes the list without a reload", async () => {
    let registered = 1;
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/samples/': () => ({
            body: { page: 0, size: 50, total: registered, items: Array.from({ length: registered }, (_, n) => sample(n + 1)) },
        }),
    });
    await renderSignedIn(<Samples />);
    expect(await screen.findByText('Page 1 of 1 (1 samples)')).toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    registered = 2;
    gateway.emit('samples.sample.registered', sample(2).id);

    expect(await screen.findByRole('link', { name: 'TRS-2' })).toBeInTheDocument();
});
