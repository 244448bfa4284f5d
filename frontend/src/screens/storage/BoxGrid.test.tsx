import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { LocationPage } from './LocationPage';
import { grid, ids, location, page, signedInAs, stored } from './testData';

const first = { barcode: 'TS-DNA-20261201-000001-7', sampleId: ids.sample, state: 'stored' };
const second = { barcode: 'TS-DNA-20261201-000002-5', sampleId: ids.other, state: 'checked_out' };

function box(answers: Record<string, unknown> = {}) {
    return {
        ...signInAnswers,
        [`GET /api/storage/locations/${ids.box}`]: { body: location(4, { occupied: 2, capacity: 4 }) },
        [`GET /api/storage/locations/${ids.box}/grid`]: { body: grid({ A01: first, B02: second }) },
        [`GET /api/storage/locations/${ids.box}/custody`]: { body: page([]) },
        [`GET /api/storage/samples/${ids.sample}`]: { body: stored('stored') },
        'GET /api/storage/locations': { body: page([location(4)]) },
        ...answers,
    };
}

test('each position says what it holds in words, not only in colour', async () => {
    fakeGateway(box());
    await renderSignedIn(<LocationPage id={ids.box} />);

    expect(await screen.findByRole('heading', { name: 'Box 7: 2 of 4 positions used' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'A01, TS-DNA-20261201-000001-7, stored' })).toHaveClass('cell-stored');
    expect(screen.getByRole('button', { name: 'A02, free' })).toHaveTextContent('○ A02');
    expect(screen.getByRole('button', { name: 'B02, TS-DNA-20261201-000002-5, reserved, checked out' })).toHaveTextContent('◐ 000002-5');
    const path = screen.getByRole('navigation', { name: 'Where' });
    expect(within(path).getAllByRole('link').map((link) => link.textContent)).toEqual(['Storage', 'Main lab', 'Room 1', 'Freezer A', 'Rack 1']);
});

test('a free position clicked, then a scanned barcode and Enter, places the sample there', async () => {
    fakeGateway(box({ 'POST /api/storage/placements': { status: 201, body: stored('stored', 'A02') } }));
    await renderSignedIn(<LocationPage id={ids.box} />);

    await userEvent.click(await screen.findByRole('button', { name: 'A02, free' }));
    expect(screen.getByLabelText('Position')).toHaveValue('A02');
    expect(screen.getByLabelText('Sample barcode')).toHaveFocus();
    await userEvent.keyboard('TS-DNA-20261201-000001-7{Enter}');

    expect(await screen.findByText('TS-DNA-20261201-000001-7 placed at A02.')).toBeInTheDocument();
    expect(sentBodies('POST', '/api/storage/placements')).toEqual([{ barcode: 'TS-DNA-20261201-000001-7', boxId: ids.box, position: 'A02' }]);
    expect(screen.getByLabelText('Sample barcode')).toHaveValue('');
    expect(screen.getByLabelText('Sample barcode')).toHaveFocus();
});

test('a scanned sample waits for the scanned position', async () => {
    fakeGateway(box({ 'POST /api/storage/placements': { status: 201, body: stored('stored', 'B01') } }));
    await renderSignedIn(<LocationPage id={ids.box} />);

    await userEvent.type(await screen.findByLabelText('Sample barcode'), 'TS-DNA-20261201-000001-7{Enter}');
    expect(screen.getByLabelText('Position')).toHaveFocus();
    expect(sentBodies('POST', '/api/storage/placements')).toEqual([]);
    await userEvent.keyboard('b01{Enter}');

    expect(await screen.findByText('TS-DNA-20261201-000001-7 placed at B01.')).toBeInTheDocument();
    expect(sentBodies('POST', '/api/storage/placements')).toEqual([{ barcode: 'TS-DNA-20261201-000001-7', boxId: ids.box, position: 'B01' }]);
});

test('a refused placement shows its rule and keeps what was scanned', async () => {
    fakeGateway(
        box({
            'POST /api/storage/placements': {
                status: 409,
                problem: true,
                body: { title: 'Position taken', status: 409, rule: 'ST-3', detail: 'A01 holds TS-DNA-20261201-000001-7; choose a free position.' },
            },
        }),
    );
    await renderSignedIn(<LocationPage id={ids.box} />);

    await userEvent.type(await screen.findByLabelText('Sample barcode'), 'TS-NEW{Enter}');
    await userEvent.keyboard('A01{Enter}');

    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('Rule ST-3');
    expect(problem).toHaveTextContent('A01 holds TS-DNA-20261201-000001-7; choose a free position.');
    expect(screen.getByLabelText('Sample barcode')).toHaveValue('TS-NEW');
});

test('arrows move between positions, and the grid is one Tab stop', async () => {
    fakeGateway(box());
    await renderSignedIn(<LocationPage id={ids.box} />);
    const a01 = await screen.findByRole('button', { name: /^A01/ });
    expect(screen.getAllByRole('button', { pressed: false }).filter((cell) => cell.tabIndex === 0)).toEqual([a01]);
    a01.focus();

    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'A02, free' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /^B02/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^B02/ })).toHaveAttribute('tabindex', '0');
});

test('an occupied position opens its sample, with a link to it', async () => {
    fakeGateway(box());
    await renderSignedIn(<LocationPage id={ids.box} />);

    await userEvent.click(await screen.findByRole('button', { name: /^A01/ }));

    const handling = await screen.findByRole('region', { name: 'Sample TS-DNA-20261201-000001-7' });
    expect(within(handling).getByRole('link', { name: 'Sample details' })).toHaveAttribute('href', `#/samples/${ids.sample}`);
    expect(within(handling).getByRole('link', { name: 'Custody log' })).toHaveAttribute('href', `#/storage/samples/${ids.sample}`);
    expect(screen.getByRole('button', { name: /^A01/ })).toHaveAttribute('aria-pressed', 'true');
});

test("another user's placement shows in the grid without a reload", async () => {
    let occupants: Parameters<typeof grid>[0] = { A01: first };
    const gateway = fakeGateway(box({ [`GET /api/storage/locations/${ids.box}/grid`]: () => ({ body: grid(occupants) }) }));
    await renderSignedIn(<LocationPage id={ids.box} />);
    await screen.findByRole('button', { name: 'A02, free' });
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    occupants = { A01: first, A02: { ...first, barcode: 'TS-DNA-20261201-000003-2', sampleId: ids.other } };
    gateway.emit('storage.item.placed', ids.other);

    expect(await screen.findByRole('button', { name: 'A02, TS-DNA-20261201-000003-2, stored' })).toBeInTheDocument();
});

test('a guest sees the grid but no place form', async () => {
    fakeGateway(box(signedInAs('guest')));
    await renderSignedIn(<LocationPage id={ids.box} />);

    await screen.findByRole('button', { name: 'A02, free' });
    expect(screen.queryByLabelText('Sample barcode')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete location' })).not.toBeInTheDocument();
});
