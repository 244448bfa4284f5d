import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Qc } from './Qc';
import { definitionAnswers, result, SAMPLE_ID } from './test-data';

const noneAwaiting = { 'GET /api/qaqc/results': { body: { page: 0, size: 50, total: 0, items: [] } } };

function summary(results: object[]) {
    return { subjectKind: 'sample', subjectId: SAMPLE_ID, barcode: 'TRS-1', standing: 'pending', current: results, results };
}

test("recording for the sample the screen is about: the outcome in colour and word, the sample's list live", async () => {
    const sent: unknown[] = [];
    let results: object[] = [];
    const gateway = fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        ...noneAwaiting,
        [`GET /api/qaqc/samples/${SAMPLE_ID}/summary`]: () => ({ body: summary(results) }),
        'POST /api/qaqc/results': (_, body) => {
            sent.push(body);
            results = [result(1, { value: 1.5, outcome: 'warn' })];
            return { status: 201, body: results[0] };
        },
    });
    await renderSignedIn(<Qc subject={{ kind: 'sample', id: SAMPLE_ID }} />);

    expect(await screen.findByText('No QC result yet.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'A260/280 (a260_280)');
    await userEvent.type(screen.getByLabelText('Value (ratio)'), '1.5');
    await userEvent.type(screen.getByLabelText('Instrument'), 'NanoDrop 1');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));

    const recorded = await screen.findByRole('status');
    expect(recorded).toHaveTextContent('Recorded A260/280 1.5 ratio for TRS-1, judged by definition version 1: warn 0 of 1 verifications');
    expect(within(recorded).getByText('warn')).toHaveClass('outcome-warn');
    expect(sent).toEqual([{ subjectKind: 'sample', subjectId: SAMPLE_ID, metric: 'a260_280', value: 1.5, instrument: 'NanoDrop 1' }]);

    gateway.emit('qaqc.result.recorded', result(1).id);
    const list = await screen.findByRole('region', { name: 'Results' });
    expect(within(list).getByText('warn')).toHaveClass('judgement', 'outcome-warn');
    expect(within(list).getByRole('button', { name: 'Verify a260_280 of TRS-1' })).toBeInTheDocument();
});

test('a pool is named by its id, a sample or library by its barcode', async () => {
    const sent: unknown[] = [];
    fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        ...noneAwaiting,
        'POST /api/qaqc/results': (_, body) => {
            sent.push(body);
            return { status: 201, body: result(1, { outcome: 'panic' }) };
        },
    });
    await renderSignedIn(<Qc />);

    await userEvent.type(await screen.findByLabelText('Barcode'), 'LIB-7');
    await userEvent.selectOptions(screen.getByLabelText('Metric'), 'a260_280');
    await userEvent.type(screen.getByLabelText('Value (ratio)'), '0.4');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(within(await screen.findByRole('status')).getByText('panic')).toHaveClass('outcome-panic');

    const pool = 'b0011e0e-1111-4a4a-9999-000000000001';
    await userEvent.selectOptions(screen.getByLabelText('Subject'), 'Pool');
    await userEvent.type(screen.getByLabelText('Pool id'), pool);
    await userEvent.type(screen.getByLabelText('Value (ratio)'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
        { barcode: 'LIB-7', metric: 'a260_280', value: 0.4 },
        { subjectKind: 'pool', subjectId: pool, metric: 'a260_280', value: 2 },
    ]);
});

/** The list's requests to QC, each with its parameters. */
function awaitingRequests(requests: URL[]) {
    return requests.filter((url) => url.pathname === '/api/qaqc/results').map((url) => Object.fromEntries(url.searchParams));
}

test("verifying one's own measurement shows QC-3's refusal; another's verification takes the result off the list", async () => {
    let awaiting = [result(2, { barcode: 'TRS-2', verificationsRequired: 2, verifications: [{ verifiedBy: 'pi', verifiedAt: '2026-12-02T09:05:00Z' }] }), result(1)];
    const gateway = fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        'GET /api/qaqc/results': () => ({ body: { page: 0, size: 50, total: awaiting.length, items: awaiting } }),
        [`POST /api/qaqc/results/${result(1).id}/verifications`]: {
            status: 409,
            problem: true,
            body: { type: 'about:blank', title: 'Not your own', status: 409, rule: 'QC-3', detail: 'tech measured it; someone else verifies it.' },
        },
    });
    await renderSignedIn(<Qc />);

    const list = await screen.findByRole('region', { name: 'Awaiting verification' });
    const rows = (await within(list).findAllByRole('row')).slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('TRS-2'), expect.stringContaining('TRS-1')]);
    expect(rows[0]).toHaveTextContent('1 of 2 verifications');
    expect(rows[1]).toHaveTextContent('0 of 1 verifications');
    expect(awaitingRequests(gateway.requests)).toEqual([{ awaitingVerification: 'true', page: '0', size: '50' }]);

    await userEvent.click(within(list).getByRole('button', { name: 'Verify a260_280 of TRS-1' }));
    const refusal = await within(list).findByRole('alert');
    expect(refusal).toHaveTextContent('Rule QC-3');
    expect(refusal).toHaveTextContent('someone else verifies it');

    awaiting = [result(1)];
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));
    gateway.emit('qaqc.result.verified', result(2).id);
    await vi.waitFor(() => expect(within(list).queryByRole('button', { name: 'Verify a260_280 of TRS-2' })).not.toBeInTheDocument());
    expect(within(list).getByRole('button', { name: 'Verify a260_280 of TRS-1' })).toBeInTheDocument();
    expect(gateway.requests.some((url) => url.pathname.startsWith('/api/events/') && url.pathname !== '/api/events/stream')).toBe(false);
});

test('results imported from an instrument file join the list when the import is recorded; the list is paged', async () => {
    let awaiting = [result(1)];
    let total = 1;
    const gateway = fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        'GET /api/qaqc/results': (url) => ({ body: { page: Number(url.searchParams.get('page')), size: 50, total, items: awaiting } }),
    });
    await renderSignedIn(<Qc />);

    const list = await screen.findByRole('region', { name: 'Awaiting verification' });
    expect(await within(list).findByRole('button', { name: 'Verify a260_280 of TRS-1' })).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 1 (1 in all)')).toBeInTheDocument();

    awaiting = [result(3, { barcode: 'TRS-3', instrument: 'NanoDrop One' }), result(1)];
    total = 120;
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));
    gateway.emit('qaqc.import.recorded', 'f11e0e0e-1111-4a4a-9999-000000000001');
    expect(await within(list).findByRole('button', { name: 'Verify a260_280 of TRS-3' })).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3 (120 in all)')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 3 (120 in all)')).toBeInTheDocument();
    expect(awaitingRequests(gateway.requests).at(-1)).toEqual({ awaitingVerification: 'true', page: '1', size: '50' });
});
