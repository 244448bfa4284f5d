import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { NewLibrary } from './NewLibrary';
import { catalogueAnswers, KIT_ID, library, problem, sample, SAMPLE_ID } from './test-data';

async function fillIn() {
    await userEvent.selectOptions(await screen.findByLabelText('Index kit'), 'IDT for Illumina UD Indexes Set A v1');
    await userEvent.selectOptions(screen.getByLabelText('Protocol'), 'illumina-dna-prep');
    await userEvent.selectOptions(await screen.findByLabelText('i7 index'), 'UDI0002 · TTATAACC');
    await userEvent.type(screen.getByLabelText('Concentration (ng/µL)'), '12');
    await userEvent.type(screen.getByLabelText('Mean fragment size (bp)'), '400');
    await userEvent.type(screen.getByLabelText('Volume (µL)'), '20');
    await userEvent.type(screen.getByLabelText('Input taken from the sample (µL)'), '5');
}

test("makes a library from the sample it was opened for, with a UDI kit's pair, and opens it", async () => {
    const sent: unknown[] = [];
    fakeGateway({
        ...signInAnswers,
        ...catalogueAnswers,
        [`GET /api/samples/${SAMPLE_ID}`]: { body: sample(1) },
        'POST /api/library-prep/libraries': (_, body) => {
            sent.push(body);
            return { status: 201, body: library(2) };
        },
    });
    await renderSignedIn(<NewLibrary sampleId={SAMPLE_ID} />);

    expect(await screen.findByRole('link', { name: 'TRS-1 · gDNA 1' })).toBeInTheDocument();
    await fillIn();
    // A UDI kit pairs the i7 with its i5 unless another is chosen.
    expect(screen.getByLabelText('i5 index')).toHaveDisplayValue("The i7's pair (UDI)");
    await userEvent.click(screen.getByRole('button', { name: 'Make library' }));

    await vi.waitFor(() => expect(window.location.hash).toBe(`#/library/${library(2).id}`));
    expect(sent).toEqual([
        {
            sampleId: SAMPLE_ID,
            kitId: KIT_ID,
            protocol: 'illumina-dna-prep',
            i7Name: 'UDI0002',
            concentrationNgPerUl: 12,
            meanFragmentBp: 400,
            volumeUl: 20,
            inputVolumeUl: 5,
        },
    ]);
});

test('a sample that cannot give material is refused with its rule, and the form stays', async () => {
    fakeGateway({
        ...signInAnswers,
        ...catalogueAnswers,
        'POST /api/library-prep/libraries': problem(409, 'Sample gives no material', 'SM-1', 'TRS-1 is rejected; only a validated or stored sample gives material.'),
    });
    await renderSignedIn(<NewLibrary />);

    await userEvent.type(screen.getByLabelText('Source sample barcode'), 'TRS-00000001');
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Make library' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Rule SM-1');
    expect(refusal).toHaveTextContent('only a validated or stored sample gives material');
    expect(screen.getByLabelText('Source sample barcode')).toHaveValue('TRS-00000001');
    expect(window.location.hash).toBe('');
});
