import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { a260, definitionAnswers } from './test-data';
import { Threshold } from './Threshold';
import { Thresholds } from './Thresholds';

const administrator = {
    'GET /api/auth/me': { body: { ...signInAnswers['GET /api/auth/me'].body, username: 'admin', role: 'lab_administrator' } },
};

test('the definitions in force read as ranges with units; a technician is offered no change', async () => {
    fakeGateway({ ...signInAnswers, ...definitionAnswers });
    await renderSignedIn(<Thresholds />);

    const row = (await screen.findByRole('link', { name: 'A260/280' })).closest('tr')!;
    expect(screen.getByRole('link', { name: 'A260/280' })).toHaveAttribute('href', '#/qc/thresholds/a260_280/dna');
    expect(within(row).getByText('≥ 1.8 and ≤ 2.1 ratio')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Define a metric' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Define' })).not.toBeInTheDocument();
});

test('an administrator changes a definition behind a confirmation that says it judges results from now on', async () => {
    const sent: unknown[] = [];
    let versions = [a260];
    fakeGateway({
        ...signInAnswers,
        ...administrator,
        'GET /api/qaqc/definitions/a260_280/dna/versions': () => ({ body: { items: versions } }),
        'POST /api/qaqc/definitions': (_, body) => {
            sent.push(body);
            versions = [{ ...a260, id: 'de1c1e0e-1111-4a4a-9999-000000000002', version: 2, passMin: 1.7 }, a260];
            return { status: 201, body: versions[0] };
        },
    });
    await renderSignedIn(<Threshold metric="a260_280" appliesTo="dna" />);

    expect(await screen.findByRole('heading', { name: 'A260/280 for dna' })).toBeInTheDocument();
    const passFrom = screen.getByLabelText('Pass from');
    await userEvent.clear(passFrom);
    await userEvent.type(passFrom, '1.7');
    await userEvent.type(screen.getByLabelText('Reason for the change'), 'new extraction kit');
    await userEvent.click(screen.getByRole('button', { name: 'Save as version 2' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Save as version 2?' });
    expect(dialog).toHaveTextContent(
        'A260/280 for dna will get version 2, which judges every result recorded from now on. Results already recorded keep version 1 and are never judged again (QC-1).',
    );
    expect(sent).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as version 2' }));

    expect(await screen.findByRole('button', { name: 'Save as version 3' })).toBeInTheDocument();
    expect(screen.getByText('≥ 1.7 and ≤ 2.1 ratio')).toBeInTheDocument();
    expect(sent).toEqual([
        {
            metric: 'a260_280',
            appliesTo: 'dna',
            unit: 'ratio',
            label: 'A260/280',
            passMin: 1.7,
            passMinInclusive: true,
            passMax: 2.1,
            passMaxInclusive: true,
            verificationsRequired: 1,
            reason: 'new extraction kit',
        },
    ]);
});

test('contradicting ranges are refused by QC-1 inside the confirmation, which stays open', async () => {
    fakeGateway({
        ...signInAnswers,
        ...administrator,
        'GET /api/qaqc/definitions/a260_280/dna/versions': { body: { items: [a260] } },
        'POST /api/qaqc/definitions': {
            status: 422,
            problem: true,
            body: { type: 'about:blank', title: 'Ranges contradict', status: 422, rule: 'QC-1', detail: 'The pass range starts above where it ends.' },
        },
    });
    await renderSignedIn(<Threshold metric="a260_280" appliesTo="dna" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Save as version 2' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save as version 2' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Rule QC-1');
});
