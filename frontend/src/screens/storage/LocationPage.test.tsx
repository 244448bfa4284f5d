import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { LocationPage } from './LocationPage';
import { ids, location, page, signedInAs } from './testData';

const reading = (id: number, temperature: number, withinRange = true) => ({
    id,
    unitId: ids.freezer,
    sensorId: 'probe-1',
    temperature,
    measuredAt: new Date(Date.UTC(2026, 11, 1, 8, id)).toISOString(),
    withinRange,
});

function freezer(answers: Record<string, unknown> = {}) {
    return {
        ...signInAnswers,
        [`GET /api/storage/locations/${ids.freezer}`]: { body: location(2, { occupied: 96, capacity: 100, capacityStatus: 'critical' }) },
        'GET /api/storage/locations': { body: page([location(3)]) },
        // Newest first, as the server lists them.
        [`GET /api/storage/locations/${ids.freezer}/readings`]: { body: page([reading(3, -62.5, false), reading(2, -79), reading(1, -80.25)]) },
        [`GET /api/storage/locations/${ids.freezer}/custody`]: {
            body: page([{ id: 9, kind: 'capacity_changed', locationId: ids.freezer, actor: 'system', at: '2026-12-01T08:00:00Z', detail: 'warning -> critical (96 of 100 positions)' }]),
        },
        ...answers,
    };
}

test('a freezer shows its zone, how full it is, what it holds, its temperature and its events', async () => {
    const gateway = fakeGateway(freezer());
    await renderSignedIn(<LocationPage id={ids.freezer} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Freezer A' })).toBeInTheDocument();
    expect(screen.getByText('−80 °C')).toBeInTheDocument();
    expect(screen.getByText('96 of 100 positions used · ▲▲ critical')).toHaveClass('capacity-critical');
    expect(await screen.findByRole('treeitem', { name: /Rack 1/ })).toBeInTheDocument();
    expect(gateway.requests.find((url) => url.pathname === '/api/storage/locations')?.searchParams.get('parentId')).toBe(ids.freezer);

    expect(await screen.findByRole('img', { name: '3 readings from -80.25 °C to -62.5 °C; the latest -62.5 °C' })).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: 'Temperature readings' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('-62.5 °Cprobe-1⚠ no');
    expect(rows[3]).toHaveTextContent('-80.25 °Cprobe-1yes');
    expect(await screen.findByText('warning -> critical (96 of 100 positions)')).toBeInTheDocument();
});

test('an administrator adds a rack or a shelf inside a freezer, nothing else', async () => {
    fakeGateway(
        freezer({
            ...signedInAs('lab_administrator'),
            'POST /api/storage/locations': { status: 201, body: { ...location(3), name: 'Shelf 2', kind: 'shelf' } },
        }),
    );
    await renderSignedIn(<LocationPage id={ids.freezer} />);

    const kind = await screen.findByLabelText('Kind', { selector: 'select' });
    expect(within(kind).getAllByRole('option').map((option) => option.textContent)).toEqual(['shelf', 'rack']);
    await userEvent.type(screen.getByLabelText('Name'), 'Shelf 2');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Shelf 2 added.')).toBeInTheDocument();
    expect(sentBodies('POST', '/api/storage/locations')).toEqual([{ kind: 'shelf', name: 'Shelf 2', parentId: ids.freezer }]);
});

test('a box added inside a rack takes its rows and columns', async () => {
    fakeGateway({
        ...signedInAs('principal_investigator'),
        [`GET /api/storage/locations/${ids.rack}`]: { body: location(3) },
        'GET /api/storage/locations': { body: page([]) },
        [`GET /api/storage/locations/${ids.rack}/custody`]: { body: page([]) },
        'POST /api/storage/locations': { status: 201, body: { ...location(4), name: 'Box 9' } },
    });
    await renderSignedIn(<LocationPage id={ids.rack} />);

    await userEvent.type(await screen.findByLabelText('Name'), 'Box 9');
    await userEvent.clear(screen.getByLabelText('Rows'));
    await userEvent.type(screen.getByLabelText('Rows'), '8');
    await userEvent.clear(screen.getByLabelText('Columns'));
    await userEvent.type(screen.getByLabelText('Columns'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByText('Box 9 added.')).toBeInTheDocument();
    expect(sentBodies('POST', '/api/storage/locations')).toEqual([{ kind: 'box', name: 'Box 9', parentId: ids.rack, rows: 8, columns: 12 }]);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
});

test('deleting a location that still holds something is refused with its rule, and nothing leaves the page', async () => {
    fakeGateway(
        freezer({
            ...signedInAs('lab_administrator'),
            [`DELETE /api/storage/locations/${ids.freezer}`]: {
                status: 409,
                problem: true,
                body: { title: 'Not empty', status: 409, rule: 'ST-1', detail: 'Freezer A holds Rack 1; empty it first.' },
            },
        }),
    );
    await renderSignedIn(<LocationPage id={ids.freezer} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete location' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Freezer A will be deleted; its custody and sensor history stay.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete location' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Rule ST-1');
    expect(window.location.hash).toBe('');
});

test('a deleted location leads to its parent', async () => {
    fakeGateway(
        freezer({
            ...signedInAs('lab_administrator'),
            [`DELETE /api/storage/locations/${ids.freezer}`]: { body: location(2) },
        }),
    );
    await renderSignedIn(<LocationPage id={ids.freezer} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete location' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete location' }));

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/storage/${ids.room}`));
});
