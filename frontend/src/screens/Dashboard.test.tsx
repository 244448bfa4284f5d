import { screen, within } from '@testing-library/react';
import { fakeGateway, renderSignedIn, signInAnswers } from '../testing';
import { Dashboard } from './Dashboard';

const runId = '33333333-3333-4333-8333-333333333333';
const unavailable = (detail: string) => ({ available: false, detail });
const failedRin = {
    id: '88888888-8888-4888-8888-888888888888',
    subjectKind: 'sample',
    subjectId: '55555555-5555-4555-8555-555555555555',
    barcode: 'TRS-20261203-0007',
    metric: 'rin',
    value: 4.1,
    unit: 'RIN',
    outcome: 'fail',
    definitionId: '99999999-9999-4999-8999-999999999999',
    definitionVersion: 1,
    verificationsRequired: 1,
    verifications: [],
    verified: false,
    measuredBy: 'tech',
    measuredAt: '2026-12-03T10:00:00Z',
};

function dashboard(runs: object[]) {
    return {
        samples: { available: true, data: { total: 0, byStatus: {} } },
        storage: unavailable('storage has no instance'),
        qc: { available: true, data: { since: '2026-11-26T10:00:00Z', total: 3, results: [failedRin] } },
        sequencing: { available: true, data: { runs } },
    };
}

test('QC fails and panics and the runs in progress are shown from the one dashboard call', async () => {
    fakeGateway({
        ...signInAnswers,
        'GET /api/dashboard': {
            body: dashboard([
                { id: runId, name: 'RUN_NOVA', status: 'running', instrumentId: runId, instrumentName: 'NovaSeq X bench 2', statusChangedAt: '2026-12-03T09:00:00Z' },
            ]),
        },
    });
    await renderSignedIn(<Dashboard />);

    const qc = await screen.findByRole('region', { name: 'QC fails and panics' });
    expect(within(qc).getByText(/^3 results judged fail or panic since/)).toBeInTheDocument();
    expect(within(qc).getByRole('listitem')).toHaveTextContent(/fail TRS-20261203-0007: rin 4.1 RIN · .* · not verified yet/);
    const runs = screen.getByRole('region', { name: 'Runs in progress' });
    expect(within(runs).getByRole('link', { name: 'RUN_NOVA' })).toHaveAttribute('href', `#/sequencing/runs/${runId}`);
    expect(within(runs).getByRole('listitem')).toHaveTextContent('RUN_NOVA running on NovaSeq X bench 2');
    // One service down takes only its own part.
    expect(screen.getByText('Storage cannot be shown now: storage has no instance.')).toBeInTheDocument();
});

test('the dashboard follows QC results and runs: a run queued elsewhere shows without a reload', async () => {
    let runs: object[] = [];
    const gateway = fakeGateway({ ...signInAnswers, 'GET /api/dashboard': () => ({ body: dashboard(runs) }) });
    await renderSignedIn(<Dashboard />);
    expect(await screen.findByText('No run is running or queued.')).toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    runs = [{ id: runId, name: 'RUN_LATE', status: 'queued', instrumentId: runId, instrumentName: 'MiSeq', statusChangedAt: '2026-12-03T11:00:00Z' }];
    gateway.emit('sequencing.run.status_changed', runId);

    expect(await screen.findByRole('link', { name: 'RUN_LATE' })).toBeInTheDocument();
});
