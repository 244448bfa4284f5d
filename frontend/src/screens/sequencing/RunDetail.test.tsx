import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { links, useRoute } from '../../route';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { RunDetail } from './RunDetail';
import { cleanCheck, cleanPoolId, collidingCheck, draftRun, instrument, novaSeqX, poolEvents, runId } from './testData';

const replacementId = '77777777-7777-4777-8777-777777777777';
const sheetText = '[Header]\nFileFormatVersion,2\nRunName,RUN_COLLIDE\n[BCLConvert_Data]\nLane,Sample_ID,Index,Index2\n1,LIB-A,CCGCGGTT,AGCGCTAG\n1,LIB-B,TTATAACC,GATATCGA\n';

/** The run the address names, as the shell shows it: a move to another run's address shows that one. */
function RunOfTheAddress() {
    const route = useRoute();
    return route.screen === 'run' ? <RunDetail id={route.id} /> : null;
}

function runAnswers(run: object = draftRun) {
    return {
        ...signInAnswers,
        [`GET /api/sequencing/runs/${runId}`]: { body: run },
        'GET /api/sequencing/platforms': { body: { items: [novaSeqX] } },
        'GET /api/sequencing/instruments': { body: { items: [instrument] } },
        [`GET /api/sequencing/runs/${runId}/lane-check`]: { body: collidingCheck },
        [`GET /api/sequencing/runs/${runId}/sheets`]: { body: { items: [] } },
        'GET /api/events/': poolEvents,
    };
}

test('the lane check names the two libraries that collide, their distances, and the cycles without signal per channel', async () => {
    fakeGateway(runAnswers());
    await renderSignedIn(<RunDetail id={runId} />);

    expect(await screen.findByRole('heading', { name: 'Run RUN_COLLIDE' })).toBeInTheDocument();
    expect(await screen.findByText('Not every lane passes. Change the lane\'s pools and check again.')).toBeInTheDocument();
    const lane = screen.getByRole('article', { name: 'Lane 1: 3 libraries, does not pass' });
    const collision = within(lane).getByText('LIB-A and LIB-C collide').closest('li')!;
    expect(collision).toHaveTextContent(
        'LIB-A and LIB-C collide: index 1 (i7) differs at 0 of 8 bases; index 2 (i5) differs at 0 of 8 bases; the same index pair.',
    );
    expect(within(lane).getByText('Closest pair: LIB-A and LIB-C, 0 bases apart over both index reads')).toHaveClass('warn');
    expect(within(lane).getByText('1 index cycle lacks signal in a channel')).toBeInTheDocument();
    const darkRow = within(lane).getAllByRole('row').find((row) => row.classList.contains('dark'))!;
    expect(within(darkRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
        '2',
        '7',
        '0 / 0 / 3 / 0',
        '—',
        'blue, green',
        'index read 2, cycle 7: every library reads G; no signal in blue, green',
    ]);
    expect(within(lane).getByText('fail · CB-1')).toBeInTheDocument();
    // The sheet asks for a reason while a lane fails.
    expect(screen.getByLabelText('Reason to generate although a lane does not pass (recorded with the sheet)')).toBeInTheDocument();
});

test('changing a draft\'s lane pools replaces the draft after confirmation, and the new draft is checked again', async () => {
    const gateway = fakeGateway({
        ...runAnswers(),
        'POST /api/sequencing/runs': { status: 201, body: { ...draftRun, id: replacementId } },
        [`POST /api/sequencing/runs/${runId}/status`]: { body: { ...draftRun, status: 'cancelled' } },
        [`GET /api/sequencing/runs/${replacementId}`]: { body: { ...draftRun, id: replacementId } },
        [`GET /api/sequencing/runs/${replacementId}/lane-check`]: { body: cleanCheck },
        [`GET /api/sequencing/runs/${replacementId}/sheets`]: { body: { items: [] } },
    });
    window.location.hash = links.run(runId);
    await renderSignedIn(<RunOfTheAddress />);

    await userEvent.click(await screen.findByRole('button', { name: 'Change the lanes' }));
    await userEvent.selectOptions(await screen.findByLabelText('Pool in lane 1'), 'Clean pool');
    await userEvent.click(screen.getByRole('button', { name: 'Replace the draft' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Replace the draft?' });
    expect(dialog).toHaveTextContent('Draft RUN_COLLIDE will be cancelled and a new draft with these lanes takes its place');
    expect(gateway.calls.some((call) => call.method === 'POST' && call.url.pathname.startsWith('/api/sequencing'))).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace the draft' }));

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/sequencing/runs/${replacementId}`));
    const created = gateway.calls.find((call) => call.method === 'POST' && call.url.pathname === '/api/sequencing/runs')!;
    expect(created.body).toEqual({
        name: 'RUN_COLLIDE',
        instrumentId: instrument.id,
        readStructure: '151-10-10-151',
        priority: 'normal',
        mismatches: { index1: 1, index2: 1 },
        lanes: [{ lane: 1, poolId: cleanPoolId }],
    });
    const cancelled = gateway.calls.find((call) => call.url.pathname === `/api/sequencing/runs/${runId}/status`)!;
    expect(cancelled.body).toMatchObject({ status: 'cancelled', reason: `Lanes changed: replaced by draft ${replacementId}` });

    expect(await screen.findByText('Every lane passes: no index collision, no dark index cycle.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change the lanes' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Pool in lane 1')).not.toBeInTheDocument();
});

test('a generated sample sheet is shown as its text and offered as SampleSheet.csv', async () => {
    let sheets: object[] = [];
    const sheet = { runId, version: 1, sheetVersion: 'v2', inputsHash: 'abc', generatorVersion: '1', lanesPassed: true, createdBy: 'tech', createdAt: '2026-12-03T09:30:00Z' };
    const gateway = fakeGateway({
        ...runAnswers(),
        [`GET /api/sequencing/runs/${runId}/lane-check`]: { body: cleanCheck },
        [`GET /api/sequencing/runs/${runId}/sheets`]: () => ({ body: { items: sheets } }),
        [`POST /api/sequencing/runs/${runId}/sheets`]: () => {
            sheets = [sheet];
            return { status: 201, body: sheet };
        },
        [`GET /api/sequencing/runs/${runId}/sheets/1`]: { body: sheetText },
    });
    await renderSignedIn(<RunDetail id={runId} />);

    expect(await screen.findByText('No sample sheet has been generated yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Generate the sample sheet' }));

    const preview = await screen.findByRole('figure', { name: 'Sample sheet version 1' });
    expect(within(preview).getByText(/\[BCLConvert_Data\]/)).toHaveTextContent('1,LIB-B,TTATAACC,GATATCGA');
    const download = within(preview).getByRole('link', { name: 'Download SampleSheet.csv (version 1)' });
    expect(download).toHaveAttribute('download', 'SampleSheet.csv');
    expect(download.getAttribute('href')).toMatch(/^blob:/);
    expect(await screen.findByRole('button', { name: 'Show version 1' })).toBeInTheDocument();
    const generated = gateway.calls.find((call) => call.method === 'POST' && call.url.pathname.endsWith('/sheets'))!;
    expect(generated.body).toEqual({ sheetVersion: 'v2' });
});

test('failing a running run asks first and says what happens to its samples; a refusal shows its problem', async () => {
    const running = { ...draftRun, status: 'running', flowCellId: '22ABCDELT3' };
    const gateway = fakeGateway({
        ...runAnswers(running),
        [`POST /api/sequencing/runs/${runId}/status`]: {
            status: 409,
            problem: true,
            body: { title: 'Conflict', status: 409, detail: 'The run moved on meanwhile.', rule: 'SQ-STATUS' },
        },
        [`GET /api/sequencing/runs/${runId}/summary`]: { status: 404, problem: true, body: { title: 'Not Found', status: 404 } },
        [`GET /api/sequencing/runs/${runId}/demultiplexing`]: {
            body: {
                runId,
                sheetVersion: 1,
                libraries: [
                    { lane: 1, sampleId: 'LIB-A', reads: 900, observedFraction: 0.45, expectedFraction: 0.5, underHalf: false },
                    { lane: 1, sampleId: 'LIB-B', reads: 200, observedFraction: 0.1, expectedFraction: 0.5, underHalf: true },
                ],
                unknownBarcodes: [],
                importedBy: 'tech',
                importedAt: '2026-12-03T20:00:00Z',
            },
        },
    });
    await renderSignedIn(<RunDetail id={runId} />);

    expect(await screen.findByText('Lane 1: 45.0 % of the reads undetermined')).toBeInTheDocument();
    expect(screen.getByText('under half its expected share')).toBeInTheDocument();
    expect(screen.getByText('No run summary has been imported yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the run' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Mark failed' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Mark failed?' });
    expect(dialog).toHaveTextContent('Run RUN_COLLIDE will be marked failed and its samples move to failed.');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'flow cell leak');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark failed' }));

    expect(await within(dialog).findByText('The run moved on meanwhile.')).toBeInTheDocument();
    expect(within(dialog).getByText('Rule SQ-STATUS')).toBeInTheDocument();
    const sent = gateway.calls.find((call) => call.url.pathname.endsWith('/status'))!;
    expect(sent.body).toEqual({ status: 'failed', reason: 'flow cell leak' });
    expect(screen.getByRole('button', { name: 'Abort the run' })).toBeInTheDocument();
});

test('a run that others move is shown again without a reload', async () => {
    let status = 'draft';
    const gateway = fakeGateway({ ...runAnswers(), [`GET /api/sequencing/runs/${runId}`]: () => ({ body: { ...draftRun, status } }) });
    await renderSignedIn(<RunDetail id={runId} />);
    expect(await screen.findByRole('button', { name: 'Move to submitted' })).toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    status = 'submitted';
    gateway.emit('sequencing.run.status_changed', runId);

    expect(await screen.findByRole('button', { name: 'Move to validated' })).toBeInTheDocument();
});
