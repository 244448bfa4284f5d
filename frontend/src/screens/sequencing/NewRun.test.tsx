import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { NewRun } from './NewRun';
import { collidingPoolId, draftRun, instrument, novaSeqX, poolEvents, runId } from './testData';

const miSeq = { ...novaSeqX, code: 'miseq', name: 'MiSeq', lanes: 1, independentLanes: false };
const inputs = {
    'GET /api/sequencing/instruments': { body: { items: [instrument, { ...instrument, id: runId, name: 'Old MiSeq', platform: 'miseq', status: 'retired' }] } },
    'GET /api/sequencing/platforms': { body: { items: [novaSeqX, miSeq] } },
    'GET /api/events/': poolEvents,
};

test("the instrument's platform gives the lanes; the run is planned with a pool per lane and its page opens", async () => {
    const gateway = fakeGateway({ ...signInAnswers, ...inputs, 'POST /api/sequencing/runs': { status: 201, body: draftRun } });
    await renderSignedIn(<NewRun />);

    const instruments = await screen.findByLabelText('Instrument');
    // A retired instrument takes no runs.
    expect(within(instruments).queryByRole('option', { name: /Old MiSeq/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Pool in lane 1')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Run name'), 'RUN_COLLIDE');
    await userEvent.selectOptions(instruments, 'NovaSeq X bench 2 (novaseq x)');
    expect(screen.getAllByLabelText(/^Pool in lane \d$/)).toHaveLength(8);
    expect(screen.getByRole('button', { name: 'Plan the run' })).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Pool in lane 1'), 'Colliding pool');
    await userEvent.selectOptions(screen.getByLabelText('Priority'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Plan the run' }));

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/sequencing/runs/${runId}`));
    expect(gateway.calls.find((call) => call.url.pathname === '/api/sequencing/runs')!.body).toEqual({
        name: 'RUN_COLLIDE',
        instrumentId: instrument.id,
        readStructure: '151-10-10-151',
        priority: 'high',
        lanes: [{ lane: 1, poolId: collidingPoolId }],
    });
});

test('a read structure the platform cannot read is refused with the rule', async () => {
    fakeGateway({
        ...signInAnswers,
        ...inputs,
        'POST /api/sequencing/runs': {
            status: 422,
            problem: true,
            body: { title: 'Unprocessable', status: 422, rule: 'SQ-PLATFORMS', detail: 'NovaSeq X reads at most 151 cycles per read; 301 asked.' },
        },
    });
    await renderSignedIn(<NewRun />);

    await userEvent.type(await screen.findByLabelText('Run name'), 'RUN_LONG');
    await userEvent.selectOptions(screen.getByLabelText('Instrument'), 'NovaSeq X bench 2 (novaseq x)');
    await userEvent.selectOptions(screen.getByLabelText('Pool in lane 2'), 'Colliding pool');
    await userEvent.clear(screen.getByLabelText('Read structure (read 1-index 1-index 2-read 2)'));
    await userEvent.type(screen.getByLabelText('Read structure (read 1-index 1-index 2-read 2)'), '301-10-10-301');
    await userEvent.click(screen.getByRole('button', { name: 'Plan the run' }));

    expect(await screen.findByText('NovaSeq X reads at most 151 cycles per read; 301 asked.')).toBeInTheDocument();
    expect(screen.getByText('Rule SQ-PLATFORMS')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
});
