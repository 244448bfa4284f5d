import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { BatchRegister } from './BatchRegister';
import { sampleAnswer } from './testSamples';

const header = 'Name\tType\tVolume';

/** As a paste lands: the whole block at once. */
function paste(block: string) {
    fireEvent.change(screen.getByLabelText('Rows copied from a spreadsheet'), { target: { value: block } });
}

test('the preview shows each row with its problems and nothing can be sent until they are fixed', async () => {
    fakeGateway(signInAnswers);
    await renderSignedIn(<BatchRegister />);
    expect(screen.getByText(/by their labels on the single-sample form or by the export's names/)).toBeInTheDocument();

    paste([header, 'Biopsy 1\ttissue\t40', '\tblood\t2', 'Biopsy 3\tplasmid\tlots'].join('\n'));

    expect(screen.getByText('3 rows, 2 with problems: fix them in the spreadsheet and paste again.')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^3 / })).getByText('Name is missing.')).toBeInTheDocument();
    const fourth = within(screen.getByRole('row', { name: /^4 / }));
    expect(fourth.getByText('Unknown type "plasmid".')).toBeInTheDocument();
    expect(fourth.getByText('Volume "lots" is not a number of 0 or more.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Register 3 samples' })).toBeDisabled();
});

test('an all-or-nothing batch is sent once, with a progress, and reported row by row', async () => {
    let answer!: (value: unknown) => void;
    const answered = new Promise((resolve) => (answer = resolve));
    fakeGateway({
        ...signInAnswers,
        'POST /api/samples/batch': { status: 201, body: { created: [sampleAnswer(1), sampleAnswer(2)], rejected: [] } },
    });
    await renderSignedIn(<BatchRegister />);
    paste([header, 'Biopsy 1\ttissue\t40', 'Biopsy 2\tblood\t2,5'].join('\n'));
    expect(screen.getByText('2 rows ready to register.')).toBeInTheDocument();

    // The gateway holds its answer until the test has seen the progress.
    const gatewayFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (...args: Parameters<typeof fetch>) => {
        await answered;
        return gatewayFetch(...args);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Register 2 samples' }));
    expect(screen.getByRole('progressbar', { name: 'Registering 2 samples…' })).toBeInTheDocument();
    answer(undefined);

    expect(await screen.findByText('2 registered, 0 refused.')).toBeInTheDocument();
    vi.stubGlobal('fetch', gatewayFetch);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^2 / })).getByRole('link', { name: sampleAnswer(1).barcode })).toHaveAttribute(
        'href',
        `#/samples/${sampleAnswer(1).id}`,
    );
    expect(within(screen.getByRole('row', { name: /^3 / })).getByRole('link', { name: sampleAnswer(2).barcode })).toBeInTheDocument();
    expect(sentBodies('POST', '/api/samples/batch')).toEqual([
        {
            atomic: true,
            samples: [
                { name: 'Biopsy 1', type: 'tissue', initialVolume: { value: 40, unit: 'ul' } },
                { name: 'Biopsy 2', type: 'blood', initialVolume: { value: 2.5, unit: 'ul' } },
            ],
        },
    ]);
});

test("a refused all-or-nothing batch reports each row's problems, and that the others were not registered", async () => {
    fakeGateway({
        ...signInAnswers,
        'POST /api/samples/batch': {
            status: 422,
            problem: true,
            body: {
                title: 'Unprocessable',
                status: 422,
                rule: 'SM-3',
                detail: 'A barcode is taken.',
                errors: [{ field: 'samples[1].barcode', message: 'TS-PRE-0001 is taken (SM-3)' }],
            },
        },
    });
    await renderSignedIn(<BatchRegister />);
    paste(['Name\tType\tBarcode', 'Biopsy 1\ttissue\t', 'Biopsy 2\ttissue\tTS-PRE-0001'].join('\n'));
    await userEvent.click(screen.getByRole('button', { name: 'Register 2 samples' }));

    expect(await screen.findByText('0 registered, 2 refused.')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('Rule SM-3');
    expect(within(screen.getByRole('row', { name: /^3 / })).getByText('barcode: TS-PRE-0001 is taken (SM-3)')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^2 / })).getByText(/Not registered: the batch is all or nothing/)).toBeInTheDocument();
});

test('a batch that is not all-or-nothing creates the valid rows and reports the refused ones in place', async () => {
    fakeGateway({
        ...signInAnswers,
        'POST /api/samples/batch': {
            status: 201,
            body: {
                created: [sampleAnswer(1), sampleAnswer(3)],
                rejected: [{ row: 1, errors: [{ field: 'barcode', message: 'is taken' }] }],
            },
        },
    });
    await renderSignedIn(<BatchRegister />);
    paste([header, 'Biopsy 1\ttissue\t', 'Biopsy 2\ttissue\t', 'Biopsy 3\ttissue\t'].join('\n'));
    await userEvent.click(screen.getByRole('checkbox', { name: /All or nothing/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Register 3 samples' }));

    expect(await screen.findByText('2 registered, 1 refused.')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^3 / })).getByText('barcode: is taken')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^4 / })).getByRole('link', { name: sampleAnswer(3).barcode })).toBeInTheDocument();
    expect(sentBodies('POST', '/api/samples/batch')[0]).toMatchObject({ atomic: false });
});
