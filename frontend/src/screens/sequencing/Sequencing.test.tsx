import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Sequencing } from './Sequencing';
import { administratorAnswers, collidingPoolId, createdEvents, draftRun, instrument, poolEvents, runId } from './testData';

function listAnswers(runs: object[] = [draftRun]) {
    return {
        'GET /api/sequencing/instruments': { body: { items: [instrument] } },
        'GET /api/events/': (url: URL) =>
            url.searchParams.get('type') === 'sequencing.pool.created'
                ? poolEvents
                : createdEvents(
                      'sequencing.run.created',
                      runs.map((run) => ({ id: (run as typeof draftRun).id, payload: {} })),
                  ),
        ...Object.fromEntries(runs.map((run) => [`GET /api/sequencing/runs/${(run as typeof draftRun).id}`, { body: run }])),
    };
}

test('instruments with their status, the recent runs with theirs, and the recent pools', async () => {
    const gateway = fakeGateway({ ...signInAnswers, ...listAnswers() });
    await renderSignedIn(<Sequencing />);

    const instruments = await screen.findByRole('region', { name: 'Instruments' });
    expect(await within(instruments).findByRole('cell', { name: 'NovaSeq X bench 2' })).toBeInTheDocument();
    expect(within(instruments).getByRole('cell', { name: 'available' })).toBeInTheDocument();
    const runs = screen.getByRole('region', { name: 'Runs' });
    expect(await within(runs).findByRole('link', { name: 'RUN_COLLIDE' })).toHaveAttribute('href', `#/sequencing/runs/${runId}`);
    expect(within(runs).getByRole('cell', { name: 'draft' })).toBeInTheDocument();
    const pools = screen.getByRole('region', { name: 'Pools' });
    expect(await within(pools).findByRole('link', { name: 'Colliding pool' })).toHaveAttribute('href', `#/sequencing/pools/${collidingPoolId}`);
    expect(within(pools).getByRole('link', { name: 'New pool' })).toHaveAttribute('href', '#/sequencing/pools/new');
    // The lists come from the events service, newest first.
    const runEvents = gateway.requests.find((url) => url.pathname === '/api/events/' && url.searchParams.get('type') === 'sequencing.run.created');
    expect(runEvents?.searchParams.get('size')).toBe('20');
    // A technician does not register instruments: only administrators may.
    expect(screen.queryByRole('form', { name: 'Register an instrument' })).not.toBeInTheDocument();
});

test('a run the sequencing service no longer knows is left out of the list, not the list failed', async () => {
    const gone = '9d2c1f64-0000-4000-8000-00000000dead';
    fakeGateway({
        ...signInAnswers,
        ...listAnswers(),
        'GET /api/events/': (url: URL) =>
            url.searchParams.get('type') === 'sequencing.pool.created'
                ? poolEvents
                : createdEvents('sequencing.run.created', [
                      { id: gone, payload: {} },
                      { id: runId, payload: {} },
                  ]),
        [`GET /api/sequencing/runs/${gone}`]: { status: 404, problem: true, body: { type: 'about:blank', title: 'Not Found', status: 404 } },
    });
    await renderSignedIn(<Sequencing />);

    const runs = await screen.findByRole('region', { name: 'Runs' });
    expect(await within(runs).findByRole('link', { name: 'RUN_COLLIDE' })).toBeInTheDocument();
    expect(within(runs).getAllByRole('row')).toHaveLength(2); // the header and RUN_COLLIDE
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('taking an instrument into maintenance sends the reason; retiring asks first and says it is for good', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        ...listAnswers(),
        [`POST /api/sequencing/instruments/${instrument.id}/status`]: { body: { ...instrument, status: 'maintenance' } },
    });
    await renderSignedIn(<Sequencing />);

    await userEvent.type(await screen.findByLabelText('Reason for changing NovaSeq X bench 2'), 'laser service');
    await userEvent.click(screen.getByRole('button', { name: 'Into maintenance' }));
    await vi.waitFor(() => expect(gateway.calls.filter((call) => call.url.pathname.endsWith('/status'))).toHaveLength(1));
    expect(gateway.calls.find((call) => call.url.pathname.endsWith('/status'))!.body).toEqual({ status: 'maintenance', reason: 'laser service' });

    await userEvent.click(screen.getByRole('button', { name: 'Retire' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Retire?' });
    expect(dialog).toHaveTextContent('NovaSeq X bench 2 will be retired for good: it takes no more runs and cannot come back into service.');
    expect(within(dialog).getByRole('button', { name: 'Retire' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(gateway.calls.filter((call) => call.url.pathname.endsWith('/status'))).toHaveLength(1);
});

test('an administrator registers an instrument; a refusal shows its problem', async () => {
    const gateway = fakeGateway({
        ...administratorAnswers,
        ...listAnswers(),
        'POST /api/sequencing/instruments': {
            status: 409,
            problem: true,
            body: { title: 'Conflict', status: 409, detail: 'The serial number LH00123 is taken by NovaSeq X bench 2.' },
        },
    });
    await renderSignedIn(<Sequencing />);

    const form = await screen.findByRole('form', { name: 'Register an instrument' });
    await userEvent.type(within(form).getByLabelText('Name'), 'MiSeq bench 1');
    await userEvent.type(within(form).getByLabelText('Serial number'), 'LH00123');
    await userEvent.selectOptions(within(form).getByLabelText('Platform'), 'miseq');
    await userEvent.click(within(form).getByRole('button', { name: 'Register' }));

    expect(await within(form).findByText('The serial number LH00123 is taken by NovaSeq X bench 2.')).toBeInTheDocument();
    expect(gateway.calls.find((call) => call.method === 'POST' && call.url.pathname === '/api/sequencing/instruments')!.body).toEqual({
        name: 'MiSeq bench 1',
        serialNumber: 'LH00123',
        platform: 'miseq',
        capacity: 1,
    });
});

test('a run planned by someone else appears in the list without a reload', async () => {
    let runs: object[] = [];
    const gateway = fakeGateway({
        ...signInAnswers,
        ...listAnswers([draftRun]),
        'GET /api/events/': (url: URL) =>
            url.searchParams.get('type') === 'sequencing.pool.created'
                ? poolEvents
                : createdEvents('sequencing.run.created', runs.map(() => ({ id: runId, payload: {} }))),
    });
    await renderSignedIn(<Sequencing />);
    expect(await screen.findByText('No run has been planned yet.')).toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    runs = [draftRun];
    gateway.emit('sequencing.run.created', runId);

    expect(await screen.findByRole('link', { name: 'RUN_COLLIDE' })).toBeInTheDocument();
});

test('a research scientist sees the lists but none of the actions the server would refuse', async () => {
    fakeGateway({
        ...signInAnswers,
        'GET /api/auth/me': { body: { ...signInAnswers['GET /api/auth/me'].body, role: 'research_scientist' } },
        ...listAnswers(),
    });
    await renderSignedIn(<Sequencing />);

    expect(await screen.findByRole('link', { name: 'RUN_COLLIDE' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Colliding pool' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New run' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New pool' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retire' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
});
