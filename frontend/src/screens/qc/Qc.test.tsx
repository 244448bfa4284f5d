import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Qc } from './Qc';
import { definitionAnswers, result, SAMPLE_ID } from './test-data';

const noEvents = { 'GET /api/events/': { body: { page: 0, size: 100, total: 0, items: [] } } };

function summary(results: object[]) {
    return { subjectKind: 'sample', subjectId: SAMPLE_ID, barcode: 'TRS-1', standing: 'pending', current: results, results };
}

test("recording for the sample the screen is about: the outcome in colour and word, the sample's list live", async () => {
    const sent: unknown[] = [];
    let results: object[] = [];
    const gateway = fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        ...noEvents,
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
        ...noEvents,
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

test("verifying one's own measurement shows QC-3's refusal; another's verification leaves the list awaiting it", async () => {
    const recordedEvent = (n: number) => ({
        position: n,
        id: `e0e1c1e0-1111-4a4a-9999-00000000000${n}`,
        type: 'qaqc.result.recorded',
        aggregateId: result(n).id,
        version: 1,
        occurredAt: '2026-12-02T09:00:00Z',
        actor: 'tech',
        payload: { ...result(n), resultId: result(n).id, barcode: `TRS-${n}` },
    });
    let verifiedEvents: object[] = [];
    const gateway = fakeGateway({
        ...signInAnswers,
        ...definitionAnswers,
        'GET /api/events/': (url) => ({
            body:
                url.searchParams.get('type') === 'qaqc.result.recorded'
                    ? { page: 0, size: 100, total: 2, items: [recordedEvent(2), recordedEvent(1)] }
                    : { page: 0, size: 500, total: verifiedEvents.length, items: verifiedEvents },
        }),
        [`POST /api/qaqc/results/${result(1).id}/verifications`]: {
            status: 409,
            problem: true,
            body: { type: 'about:blank', title: 'Not your own', status: 409, rule: 'QC-3', detail: 'tech measured it; someone else verifies it.' },
        },
    });
    await renderSignedIn(<Qc />);

    const awaiting = await screen.findByRole('region', { name: 'Awaiting verification' });
    await userEvent.click(await within(awaiting).findByRole('button', { name: 'Verify a260_280 of TRS-1' }));
    const refusal = await within(awaiting).findByRole('alert');
    expect(refusal).toHaveTextContent('Rule QC-3');
    expect(refusal).toHaveTextContent('someone else verifies it');

    verifiedEvents = [
        {
            position: 3,
            id: 'e0e1c1e0-1111-4a4a-9999-000000000003',
            type: 'qaqc.result.verified',
            aggregateId: result(2).id,
            version: 2,
            occurredAt: '2026-12-02T09:05:00Z',
            actor: 'second',
            payload: { resultId: result(2).id, verifiedBy: 'second', verifications: 1, verificationsRequired: 1, verified: true },
        },
    ];
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));
    gateway.emit('qaqc.result.verified', result(2).id);
    await vi.waitFor(() => expect(within(awaiting).queryByRole('button', { name: 'Verify a260_280 of TRS-2' })).not.toBeInTheDocument());
    expect(within(awaiting).getByRole('button', { name: 'Verify a260_280 of TRS-1' })).toBeInTheDocument();
    const verifiedFrom = gateway.requests.filter((url) => url.searchParams.get('type') === 'qaqc.result.verified').at(-1)!;
    expect(verifiedFrom.searchParams.get('from')).toBe('2026-12-02T09:00:00.000Z');
});
