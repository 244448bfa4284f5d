import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { RegisterSample } from './RegisterSample';
import { sampleAnswer } from './testSamples';

test('registers the sample with the fields filled in and shows its issued barcode with a link to it', async () => {
    fakeGateway({ ...signInAnswers, 'POST /api/samples/': { status: 201, body: sampleAnswer(7) } });
    await renderSignedIn(<RegisterSample />);

    await userEvent.type(screen.getByLabelText('Name'), 'Liver biopsy 7');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'cell culture');
    await userEvent.type(screen.getByLabelText('Volume'), '40');
    await userEvent.selectOptions(screen.getByLabelText('Volume unit'), 'ml');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('status')).toHaveTextContent(`Registered as ${sampleAnswer(7).barcode}.`);
    expect(screen.getByRole('link', { name: `Open ${sampleAnswer(7).barcode}` })).toHaveAttribute('href', `#/samples/${sampleAnswer(7).id}`);
    // The concentration was left empty: its unit picker does not count.
    expect(sentBodies('POST', '/api/samples/')).toEqual([{ name: 'Liver biopsy 7', type: 'cell_culture', initialVolume: { value: 40, unit: 'ml' } }]);

    await userEvent.click(screen.getByRole('button', { name: 'Register another' }));
    expect(screen.getByLabelText('Name')).toHaveValue('');
});

test('a refusal shows its problem and keeps what was typed', async () => {
    fakeGateway({
        ...signInAnswers,
        'POST /api/samples/': {
            status: 409,
            problem: true,
            body: { title: 'Barcode taken', status: 409, rule: 'SM-3', detail: 'TS-PRE-0001 belongs to another sample.' },
        },
    });
    await renderSignedIn(<RegisterSample />);
    await userEvent.type(screen.getByLabelText('Name'), 'Tube');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'dna');
    await userEvent.type(screen.getByLabelText('Barcode'), 'TS-PRE-0001');
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Rule SM-3');
    expect(screen.getByRole('alert')).toHaveTextContent('TS-PRE-0001 belongs to another sample.');
    expect(screen.getByLabelText('Barcode')).toHaveValue('TS-PRE-0001');
});
