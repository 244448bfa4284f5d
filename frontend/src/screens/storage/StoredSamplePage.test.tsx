import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { localTime } from '../../text';
import { StoredSamplePage } from './StoredSamplePage';
import { ids, page, signedInAs, stored } from './testData';

const sampleUrl = `/api/storage/samples/${ids.sample}`;

const custody = [
    { id: 1, kind: 'placed', sampleId: ids.sample, barcode: 'TS-DNA-20261201-000001-7', to: { boxId: ids.box, position: 'A01' }, actor: 'tech', at: '2026-12-01T08:00:00Z' },
    {
        id: 2,
        kind: 'checked_out',
        sampleId: ids.sample,
        barcode: 'TS-DNA-20261201-000001-7',
        from: { boxId: ids.box, position: 'A01' },
        actor: 'tech',
        at: '2026-12-01T09:00:00Z',
        condition: 'thawed',
        note: 'Extraction',
    },
];

function sample(state: string, answers: Record<string, unknown> = {}) {
    return {
        ...signInAnswers,
        [`GET ${sampleUrl}`]: { body: stored(state) },
        [`GET ${sampleUrl}/custody`]: { body: page(custody) },
        'GET /api/storage/locations': { body: page([]) },
        ...answers,
    };
}

test('the chain of custody lists who did what, from where to where, in local time', async () => {
    const gateway = fakeGateway(sample('stored'));
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'TS-DNA-20261201-000001-7 in storage' })).toBeInTheDocument();
    const rows = within(screen.getByRole('region', { name: 'Chain of custody' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(`${localTime(new Date('2026-12-01T08:00:00Z'))}placedTS-DNA-20261201-000001-7A01tech`);
    expect(rows[2]).toHaveTextContent('checked out');
    expect(rows[2]).toHaveTextContent('thawed · Extraction');
    expect(within(rows[2]).getByRole('link', { name: 'A01' })).toHaveAttribute('href', `#/storage/${ids.box}`);
    const asked = gateway.requests.find((url) => url.pathname === `${sampleUrl}/custody`)!;
    expect(asked.searchParams.get('page')).toBe('0');
    expect(asked.searchParams.get('size')).toBe('20');
    expect(screen.getByText('Main lab › Room 1 › Freezer A › Rack 1 › Box 7 ›', { exact: false })).toBeInTheDocument();
});

test('check-out sends the condition and purpose, and the sample then offers check-in', async () => {
    let state = 'stored';
    fakeGateway(
        sample('stored', {
            [`GET ${sampleUrl}`]: () => ({ body: stored(state) }),
            [`POST ${sampleUrl}/check-out`]: () => {
                state = 'checked_out';
                return { body: stored(state) };
            },
        }),
    );
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await userEvent.selectOptions(await screen.findByLabelText('Condition seen'), 'thawed');
    await userEvent.type(screen.getByLabelText('Purpose or note'), 'Extraction');
    await userEvent.click(screen.getByRole('button', { name: 'Check out' }));

    expect(await screen.findByText('TS-DNA-20261201-000001-7 is checked out; its position stays reserved.')).toBeInTheDocument();
    expect(sentBodies('POST', `${sampleUrl}/check-out`)).toEqual([{ condition: 'thawed', note: 'Extraction' }]);
    expect(await screen.findByRole('button', { name: 'Check in' })).toBeInTheDocument();
    expect(screen.getByText('reserved, checked out')).toBeInTheDocument();
    expect(screen.getByLabelText('Purpose or note')).toHaveValue('');
});

test('check-in of an item not out shows the refusal with its rule', async () => {
    fakeGateway(
        sample('checked_out', {
            [`POST ${sampleUrl}/check-in`]: {
                status: 409,
                problem: true,
                body: { title: 'Not checked out', status: 409, rule: 'ST-6', detail: 'It is stored already.' },
            },
        }),
    );
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Check in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Rule ST-6');
    expect(sentBodies('POST', `${sampleUrl}/check-in`)).toEqual([{}]);
});

test('discard asks first, says it cannot be undone, and acts only when confirmed', async () => {
    fakeGateway(sample('stored', { [`POST ${sampleUrl}/discard`]: { body: stored('discarded') } }));
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard?' });
    expect(dialog).toHaveTextContent('TS-DNA-20261201-000001-7 will be discarded');
    expect(dialog).toHaveTextContent('This cannot be undone.');
    expect(sentBodies('POST', `${sampleUrl}/discard`)).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));

    await vi.waitFor(() => expect(sentBodies('POST', `${sampleUrl}/discard`)).toEqual([{}]));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

test('release gives up the reserved position after confirming', async () => {
    fakeGateway(sample('checked_out', { [`POST ${sampleUrl}/release`]: { body: { ...stored('released'), position: undefined } } }));
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Release' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Release?' });
    expect(dialog).toHaveTextContent('The position A01 reserved for TS-DNA-20261201-000001-7 will be given up');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Release' }));

    await vi.waitFor(() => expect(sentBodies('POST', `${sampleUrl}/release`)).toEqual([{}]));
});

test('a move goes to the chosen box and position', async () => {
    const otherBox = '1a000000-0000-4000-8000-000000000009';
    fakeGateway(
        sample('stored', {
            'GET /api/storage/locations': {
                body: page([
                    { id: ids.box, kind: 'box', name: 'Box 7', path: [] },
                    // As storage lists them: without their path.
                    { id: otherBox, kind: 'box', name: 'Box 8', path: [] },
                ]),
            },
            [`POST ${sampleUrl}/move`]: { body: { ...stored('stored', 'C03'), position: { ...stored('stored').position, boxId: otherBox, position: 'C03' } } },
        }),
    );
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await screen.findByRole('option', { name: 'Box 8' });
    await userEvent.selectOptions(screen.getByLabelText('To box'), 'Box 8');
    await userEvent.type(screen.getByLabelText('To position'), 'c03');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));

    expect(await screen.findByText('TS-DNA-20261201-000001-7 moved to C03.')).toBeInTheDocument();
    expect(sentBodies('POST', `${sampleUrl}/move`)).toEqual([{ boxId: otherBox, position: 'C03' }]);
});

test('a data analyst reads the custody but handles nothing', async () => {
    fakeGateway(sample('stored', signedInAs('data_analyst')));
    await renderSignedIn(<StoredSamplePage id={ids.sample} />);

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Check out' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
    expect(await screen.findByText('Extraction', { exact: false })).toBeInTheDocument();
});
