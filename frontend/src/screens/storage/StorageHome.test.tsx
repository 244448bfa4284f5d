import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { StorageHome } from './StorageHome';
import { ids, location, page, signedInAs } from './testData';

const noAlerts = { 'GET /api/storage/alerts': { body: page([]) } };

function hierarchy() {
    return {
        ...signInAnswers,
        ...noAlerts,
        'GET /api/storage/locations': (url: URL) => {
            const parent = url.searchParams.get('parentId');
            if (!parent) return { body: page([location(0)]) };
            if (parent === ids.facility) return { body: page([location(1, { occupied: 85, capacity: 100, capacityStatus: 'warning' })]) };
            return { body: page([]) };
        },
    };
}

test('the tree opens level by level with the keyboard and says how full each location is', async () => {
    const gateway = fakeGateway(hierarchy());
    await renderSignedIn(<StorageHome />);

    const facility = await screen.findByRole('treeitem', { name: /Main lab/ });
    expect(facility).toHaveAttribute('aria-expanded', 'false');
    expect(facility).toHaveAttribute('tabindex', '0');
    facility.focus();

    await userEvent.keyboard('{ArrowRight}');
    const room = await screen.findByRole('treeitem', { name: /Room 1/ });
    expect(facility).toHaveAttribute('aria-expanded', 'true');
    expect(room).toHaveTextContent('85 of 100 positions used · ▲ warning');
    expect(room.querySelector('.capacity-warning')).not.toBeNull();
    const children = gateway.requests.filter((url) => url.pathname === '/api/storage/locations' && url.searchParams.get('parentId'));
    expect(children.map((url) => url.searchParams.get('parentId'))).toEqual([ids.facility]);

    await userEvent.keyboard('{ArrowDown}');
    expect(room).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(facility).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(facility).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /Room 1/ })).not.toBeInTheDocument();

    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe(`#/storage/${ids.facility}`);
});

test('a room without anything inside says so instead of opening', async () => {
    fakeGateway(hierarchy());
    await renderSignedIn(<StorageHome />);
    (await screen.findByRole('treeitem', { name: /Main lab/ })).focus();
    await userEvent.keyboard('{ArrowRight}');
    (await screen.findByRole('treeitem', { name: /Room 1/ })).focus();

    await userEvent.keyboard('{ArrowRight}');

    const room = screen.getByRole('treeitem', { name: /Room 1/ });
    await vi.waitFor(() => expect(room).toHaveTextContent('nothing inside'));
    expect(room).not.toHaveAttribute('aria-expanded');
});

test('a storage change anywhere reloads the tree', async () => {
    let rooms = 1;
    const gateway = fakeGateway({
        ...hierarchy(),
        'GET /api/storage/locations': () => ({ body: page([location(0, { occupied: rooms, capacity: 4 })]) }),
    });
    await renderSignedIn(<StorageHome />);
    expect(await screen.findByText('1 of 4 positions used · ok')).toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    rooms = 4;
    gateway.emit('storage.item.placed', ids.sample);

    expect(await screen.findByText('4 of 4 positions used · ■ full')).toBeInTheDocument();
});

test('open alerts are listed and acknowledged by a technician', async () => {
    let open = true;
    const alert = {
        id: '3c000000-0000-4000-8000-000000000001',
        unitId: ids.freezer,
        unitName: 'Freezer A',
        zone: 'minus_80',
        kind: 'too_warm',
        minimum: -90,
        maximum: -70,
        firstTemperature: -65,
        lastTemperature: -60.5,
        readings: 3,
        raisedAt: '2026-12-01T08:00:00Z',
    };
    fakeGateway({
        ...hierarchy(),
        'GET /api/storage/alerts': () => ({ body: page(open ? [alert] : []) }),
        [`POST /api/storage/alerts/${alert.id}/acknowledge`]: () => {
            open = false;
            return { body: { ...alert, acknowledgedAt: '2026-12-01T09:00:00Z', acknowledgedBy: 'tech' } };
        },
    });
    await renderSignedIn(<StorageHome />);

    expect(await screen.findByText(/too warm: -65 °C, lately -60.5 °C \(range -90 to -70 °C, 3 readings out of range\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Freezer A' })).toHaveAttribute('href', `#/storage/${ids.freezer}`);

    await userEvent.click(screen.getByRole('button', { name: 'Acknowledge the alert of Freezer A' }));

    expect(await screen.findByText('No open alert.')).toBeInTheDocument();
    expect(sentBodies('POST', `/api/storage/alerts/${alert.id}/acknowledge`)).toEqual([{}]);
});

test('a guest sees the alerts and the tree but neither acknowledges nor adds a facility', async () => {
    fakeGateway({
        ...hierarchy(),
        ...signedInAs('guest'),
        'GET /api/storage/alerts': {
            body: page([
                {
                    id: '3c000000-0000-4000-8000-000000000002',
                    unitId: ids.freezer,
                    unitName: 'Freezer A',
                    zone: 'minus_80',
                    kind: 'too_cold',
                    minimum: -90,
                    maximum: -70,
                    firstTemperature: -95,
                    lastTemperature: -95,
                    readings: 1,
                    raisedAt: '2026-12-01T08:00:00Z',
                },
            ]),
        },
    });
    await renderSignedIn(<StorageHome />);

    expect(await screen.findByText(/too cold/)).toBeInTheDocument();
    await screen.findByRole('treeitem', { name: /Main lab/ });
    expect(screen.queryByRole('button', { name: /Acknowledge/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add a facility' })).not.toBeInTheDocument();
});

test('an administrator adds a facility', async () => {
    fakeGateway({
        ...hierarchy(),
        ...signedInAs('lab_administrator'),
        'POST /api/storage/locations': { status: 201, body: { ...location(0), name: 'Annex' } },
    });
    await renderSignedIn(<StorageHome />);

    await userEvent.type(await screen.findByLabelText('Name'), 'Annex');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Annex added.');
    expect(sentBodies('POST', '/api/storage/locations')).toEqual([{ kind: 'facility', name: 'Annex' }]);
});
