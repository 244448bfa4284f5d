import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { NewPlate } from './NewPlate';
import { Plate } from './Plate';
import { catalogueAnswers, KIT_ID, library, sample } from './test-data';

// Every typed key draws the plate's 96 wells again, which jsdom does slowly on a busy machine.
const PLATE_MAKING_MS = 20_000;

const PLATE_ID = '7e1c1e0e-5555-4a4a-9999-000000000001';
const plate = {
    id: PLATE_ID,
    name: 'Plate 7',
    format: 96,
    kitId: KIT_ID,
    kit: 'IDT for Illumina UD Indexes Set A v1',
    protocol: 'illumina-dna-prep',
    libraries: [library(1, { plateId: PLATE_ID, well: 'A01' }), library(2, { plateId: PLATE_ID, well: 'B01' })],
    createdAt: '2026-12-01T08:00:00Z',
    createdBy: 'tech',
};

test('the plate view shows each well with its library, sample and index pair', async () => {
    fakeGateway({ ...signInAnswers, [`GET /api/library-prep/plates/${PLATE_ID}`]: { body: plate } });
    await renderSignedIn(<Plate id={PLATE_ID} />);

    const grid = await screen.findByRole('region', { name: 'Plate Plate 7, wells by row and column' });
    expect(within(grid).getAllByRole('row')).toHaveLength(9);
    expect(within(grid).getByRole('link', { name: 'A01 UDI0001' })).toHaveAttribute('href', `#/library/${library(1).id}`);
    expect(within(grid).getByRole('link', { name: 'B01 UDI0002' })).toBeInTheDocument();
    expect(within(grid).getAllByRole('link')).toHaveLength(2);

    const wells = screen.getByRole('region', { name: 'Wells' });
    const b01 = within(wells).getByRole('rowheader', { name: 'B01' }).closest('tr')!;
    expect(within(b01).getByRole('link', { name: 'TRS-2' })).toBeInTheDocument();
    expect(within(b01).getByText('TTATAACC')).toBeInTheDocument();
    expect(within(b01).getByText('GATATCGA')).toBeInTheDocument();
});

test('making a plate: wells chosen by keyboard on the grid, a sample laid in each, all sent at once', async () => {
    const sent: unknown[] = [];
    fakeGateway({
        ...signInAnswers,
        ...catalogueAnswers,
        'GET /api/samples/': { body: { page: 0, size: 100, total: 2, items: [sample(1), sample(2)] } },
        'POST /api/library-prep/plates': (_, body) => {
            sent.push(body);
            return { status: 201, body: plate };
        },
    });
    await renderSignedIn(<NewPlate />);

    await userEvent.type(screen.getByLabelText('Plate name'), 'Plate 7');
    await userEvent.selectOptions(await screen.findByLabelText('Index kit'), KIT_ID);
    await userEvent.selectOptions(screen.getByLabelText('Protocol'), 'illumina-dna-prep');
    for (const [well, n] of [['A01', 1], ['B01', 2]] as const) {
        screen.getByRole('button', { name: well }).focus();
        await userEvent.keyboard('{Enter}');
        expect(screen.getByRole('heading', { name: `Well ${well}` })).toBeInTheDocument();
        await userEvent.selectOptions(await screen.findByLabelText('Source sample'), `TRS-${n} · gDNA ${n}`);
        await userEvent.clear(screen.getByLabelText('Concentration (ng/µL)'));
        await userEvent.type(screen.getByLabelText('Concentration (ng/µL)'), String(10 + n));
        if (n === 1) {
            await userEvent.type(screen.getByLabelText('Mean fragment size (bp)'), '400');
            await userEvent.type(screen.getByLabelText('Volume (µL)'), '20');
            await userEvent.type(screen.getByLabelText('Input taken from the sample (µL)'), '5');
        }
        await userEvent.click(screen.getByRole('button', { name: 'Lay in the well' }));
    }
    expect(screen.getByRole('button', { name: 'A01 TRS-1' })).toBeInTheDocument();
    expect(screen.getByText('2 wells laid')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Make the plate' }));
    await vi.waitFor(() => expect(window.location.hash).toBe(`#/library/plates/${PLATE_ID}`));
    const well = (n: number, name: string) => ({ well: name, sampleId: sample(n).id, concentrationNgPerUl: 10 + n, meanFragmentBp: 400, volumeUl: 20, inputVolumeUl: 5 });
    expect(sent).toEqual([{ name: 'Plate 7', format: 96, kitId: KIT_ID, protocol: 'illumina-dna-prep', wells: [well(1, 'A01'), well(2, 'B01')] }]);
}, PLATE_MAKING_MS);

test("a refused plate lists every well's problem, and nothing is made", async () => {
    fakeGateway({
        ...signInAnswers,
        ...catalogueAnswers,
        'GET /api/samples/': { body: { page: 0, size: 100, total: 1, items: [sample(1)] } },
        'POST /api/library-prep/plates': {
            status: 422,
            problem: true,
            body: {
                type: 'about:blank',
                title: 'Wells refused',
                status: 422,
                rule: 'SM-1',
                errors: [{ field: 'wells[0].inputVolumeUl', message: 'TRS-1 has 50 µL available' }],
            },
        },
    });
    await renderSignedIn(<NewPlate />);
    await userEvent.type(screen.getByLabelText('Plate name'), 'Plate 8');
    await userEvent.selectOptions(await screen.findByLabelText('Index kit'), KIT_ID);
    await userEvent.selectOptions(screen.getByLabelText('Protocol'), 'illumina-dna-prep');
    await userEvent.selectOptions(await screen.findByLabelText('Source sample'), 'TRS-1 · gDNA 1');
    await userEvent.type(screen.getByLabelText('Concentration (ng/µL)'), '12');
    await userEvent.type(screen.getByLabelText('Mean fragment size (bp)'), '400');
    await userEvent.type(screen.getByLabelText('Volume (µL)'), '20');
    await userEvent.type(screen.getByLabelText('Input taken from the sample (µL)'), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Lay in the well' }));
    await userEvent.click(screen.getByRole('button', { name: 'Make the plate' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('wells[0].inputVolumeUl');
    expect(refusal).toHaveTextContent('TRS-1 has 50 µL available');
    expect(window.location.hash).toBe('');
}, PLATE_MAKING_MS);

