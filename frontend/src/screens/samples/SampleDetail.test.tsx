import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { SampleDetail } from './SampleDetail';
import { sampleAnswer } from './testSamples';

const sample = sampleAnswer(1);
const child = sampleAnswer(2, { name: 'Biopsy 1 aliquot' });
const base = `/api/samples/${sample.id}`;

function detailAnswers(status = 'pending') {
    return {
        ...signInAnswers,
        [`GET ${base}`]: { body: { ...sample, status } },
        [`GET ${base}/history`]: { body: [{ to: 'pending', actor: 'tech', changedAt: '2026-12-01T08:00:00Z' }] },
        [`GET ${base}/lineage`]: {
            body: {
                sampleId: sample.id,
                ancestors: [],
                descendants: [
                    { parentId: sample.id, childId: child.id, relation: 'aliquot', volume: { value: 5, unit: 'ul' }, depth: 1, createdAt: '2026-12-01T09:00:00Z' },
                ],
            },
        },
        'GET /api/samples/': { body: { page: 0, size: 100, total: 1, items: [child] } },
        [`GET /api/storage/samples/${sample.id}/custody`]: {
            body: {
                page: 0,
                size: 500,
                total: 1,
                items: [{ id: 1, kind: 'placed', sampleId: sample.id, to: { boxId: sample.id, position: 'B7' }, actor: 'tech', at: '2026-12-01T09:30:00Z' }],
            },
        },
        [`GET /api/qaqc/samples/${sample.id}/summary`]: {
            status: 403,
            problem: true,
            body: { title: 'Forbidden', status: 403, detail: 'Your role may not read QC.' },
        },
        'GET /api/library-prep/libraries': { body: { page: 0, size: 100, total: 0, items: [] } },
        [`GET /api/barcodes/${sample.barcode}/image`]: { body: 'png' },
        [`GET /api/barcodes/${sample.barcode}/label`]: { body: '^XA^FDTS^FS^XZ' },
    };
}

test('shows lineage and custody, and a refused part shows its own problem while the rest stays', async () => {
    const gateway = fakeGateway(detailAnswers());
    await renderSignedIn(<SampleDetail id={sample.id} />);

    expect(await screen.findByRole('heading', { name: 'Biopsy 1', level: 1 })).toBeInTheDocument();
    const lineage = screen.getByRole('region', { name: 'Lineage' });
    expect(await within(lineage).findByRole('link', { name: `${child.barcode} · Biopsy 1 aliquot` })).toHaveAttribute('href', `#/samples/${child.id}`);
    expect(within(lineage).getByRole('row', { name: /aliquot 1 5 ul/ })).toBeInTheDocument();
    const custody = screen.getByRole('region', { name: 'Custody' });
    expect(await within(custody).findByRole('cell', { name: 'B7' })).toBeInTheDocument();
    expect(within(custody).getByRole('cell', { name: 'placed' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'QC' })).findByRole('alert')).toHaveTextContent('Your role may not read QC.');
    expect(await within(screen.getByRole('region', { name: 'Libraries' })).findByText('No library made from this sample.')).toBeInTheDocument();

    const libraries = gateway.requests.find((url) => url.pathname === '/api/library-prep/libraries')!;
    expect(libraries.searchParams.get('sampleId')).toBe(sample.id);
    const related = gateway.requests.find((url) => url.pathname === '/api/samples/')!;
    expect(related.searchParams.getAll('id')).toEqual([child.id]);
});

test('the labels: a PNG preview and downloads of the PNG and the ZPL label with the sample name on it', async () => {
    const gateway = fakeGateway(detailAnswers());
    await renderSignedIn(<SampleDetail id={sample.id} />);

    expect(await screen.findByRole('img', { name: `Barcode of ${sample.barcode}` })).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    const zpl = await screen.findByRole('link', { name: 'Download ZPL label (tube printer)' });
    expect(zpl).toHaveAttribute('download', `${sample.barcode}.zpl`);
    expect(zpl).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    expect(screen.getByRole('link', { name: 'Download PNG image' })).toHaveAttribute('download', `${sample.barcode}.png`);
    const label = gateway.requests.find((url) => url.pathname.endsWith('/label'))!;
    expect(label.searchParams.get('line1')).toBe('Biopsy 1');
});

test('offers only the changes SM-STATUS allows, and sends a plain one with its reason', async () => {
    fakeGateway({ ...detailAnswers(), [`POST ${base}/status`]: { body: { ...sample, status: 'validated' } } });
    await renderSignedIn(<SampleDetail id={sample.id} />);

    const status = await screen.findByLabelText('New status');
    expect(within(status).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a status', 'validated', 'rejected', 'deleted']);
    await userEvent.selectOptions(status, 'validated');
    await userEvent.type(screen.getByLabelText('Reason (needed for rejecting)'), 'Intake passed');
    await userEvent.click(screen.getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('Now validated.')).toBeInTheDocument();
    expect(sentBodies('POST', `${base}/status`)).toEqual([{ status: 'validated', reason: 'Intake passed' }]);
});

test('rejecting asks first, says what will happen, and needs a reason; a refusal stays in the dialog', async () => {
    fakeGateway({
        ...detailAnswers('in_storage'),
        [`POST ${base}/status`]: {
            status: 409,
            problem: true,
            body: { title: 'Checked out', status: 409, rule: 'ST-7', detail: 'Check it in first.' },
        },
    });
    await renderSignedIn(<SampleDetail id={sample.id} />);

    await userEvent.selectOptions(await screen.findByLabelText('New status'), 'rejected');
    await userEvent.click(screen.getByRole('button', { name: 'Change to rejected' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Change to rejected?' });
    expect(dialog).toHaveTextContent('Write the reason first.');
    expect(within(dialog).getByRole('button', { name: 'Change to rejected' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await userEvent.type(screen.getByLabelText('Reason (needed for rejecting)'), 'Tube cracked');
    await userEvent.click(screen.getByRole('button', { name: 'Change to rejected' }));
    dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(`${sample.barcode} becomes rejected (“Tube cracked”). It is no longer usable stock.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change to rejected' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Rule ST-7');
    expect(sentBodies('POST', `${base}/status`)).toEqual([{ status: 'rejected', reason: 'Tube cracked' }]);
});

test('deleting goes through the delete operation, with its reason', async () => {
    const gateway = fakeGateway({ ...detailAnswers(), [`DELETE ${base}`]: { body: { ...sample, status: 'deleted' } } });
    await renderSignedIn(<SampleDetail id={sample.id} />);

    await userEvent.selectOptions(await screen.findByLabelText('New status'), 'deleted');
    await userEvent.type(screen.getByLabelText('Reason (needed for rejecting)'), 'Duplicate entry');
    await userEvent.click(screen.getByRole('button', { name: 'Change to deleted' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('It stays readable and its barcode stays taken');
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Change to deleted' }));

    expect(await screen.findByText('Now deleted.')).toBeInTheDocument();
    const deletion = gateway.requests.find((url) => url.pathname === base && url.searchParams.has('reason'))!;
    expect(deletion.searchParams.get('reason')).toBe('Duplicate entry');
});

test("another user's change to this sample, or its custody, refreshes the page without a reload", async () => {
    let status = 'pending';
    let custody: object[] = [];
    const answers = detailAnswers();
    const gateway = fakeGateway({
        ...answers,
        [`GET ${base}`]: () => ({ body: { ...sample, status } }),
        [`GET /api/storage/samples/${sample.id}/custody`]: () => ({ body: { page: 0, size: 500, total: custody.length, items: custody } }),
    });
    await renderSignedIn(<SampleDetail id={sample.id} />);
    expect(await screen.findByText('No custody event yet.')).toBeInTheDocument();
    // The page's sections share one stream.
    await vi.waitFor(() => expect(gateway.requests.filter((url) => url.pathname === '/api/events/stream')).toHaveLength(1));

    status = 'validated';
    custody = [{ id: 2, kind: 'checked_out', sampleId: sample.id, actor: 'other', at: '2026-12-02T10:00:00Z' }];
    gateway.emit('samples.sample.status_changed', sample.id);
    gateway.emit('storage.item.checked_out', sample.id);

    expect(await screen.findByText('checked out')).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByText('validated')).toBeInTheDocument();
});
