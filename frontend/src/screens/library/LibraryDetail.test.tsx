import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { LibraryDetail } from './LibraryDetail';
import { library, problem } from './test-data';

const lib = { ...library(1), warnings: ['Input 0.5 ng is below the protocol’s 1–500 ng'], plateId: '7e1c1e0e-5555-4a4a-9999-000000000001', well: 'A01' };

test('shows the numbers with their units, works out a normalisation first, then records it', async () => {
    const calculated: unknown[] = [];
    const recorded: unknown[] = [];
    let normalisations: object[] = [];
    let current = lib;
    fakeGateway({
        ...signInAnswers,
        [`GET /api/library-prep/libraries/${lib.id}`]: () => ({ body: current }),
        [`GET /api/library-prep/libraries/${lib.id}/normalisations`]: () => ({ body: normalisations }),
        'POST /api/library-prep/normalisation/calculate': (_, body) => {
            calculated.push(body);
            return { body: { volume: 45.45, diluent: 25.45 } };
        },
        [`POST /api/library-prep/libraries/${lib.id}/normalisations`]: (_, body) => {
            recorded.push(body);
            current = { ...lib, concentrationNgPerUl: 5.28, volumeUl: 45.45, molarityNm: 20 };
            normalisations = [
                {
                    id: '1d1c1e0e-6666-4a4a-9999-000000000001',
                    libraryId: lib.id,
                    fromConcentrationNgPerUl: 12,
                    fromVolumeUl: 20,
                    toConcentrationNgPerUl: 5.28,
                    toVolumeUl: 45.45,
                    diluentUl: 25.45,
                    molarityNm: 20,
                    at: '2026-12-02T09:00:00Z',
                    by: 'tech',
                },
            ];
            return { status: 201, body: normalisations[0] };
        },
    });
    await renderSignedIn(<LibraryDetail id={lib.id} />);

    expect(await screen.findByRole('heading', { name: 'LIB-1' })).toBeInTheDocument();
    expect(screen.getByText('12 ng/µL')).toBeInTheDocument();
    expect(screen.getByText('400 bp')).toBeInTheDocument();
    expect(screen.getByText('45.45 nM')).toBeInTheDocument();
    expect(screen.getByText(/below the protocol/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Well A01' })).toHaveAttribute('href', `#/library/plates/${lib.plateId}`);
    expect(screen.getByRole('link', { name: 'QC of this library' })).toHaveAttribute('href', `#/qc?library=${lib.id}`);

    await userEvent.type(screen.getByLabelText('Target (nM)'), '20');
    await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Dilute 20 µL to 45.45 µL: add 25.45 µL of diluent.');
    // V1 is the library's volume, C1 its molarity when the target is one.
    expect(calculated).toEqual([{ volume: 20, concentration: 45.45, targetConcentration: 20 }]);
    expect(recorded).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Record normalisation' }));
    const history = await screen.findByRole('region', { name: 'Normalisations' });
    expect(within(history).getByText('5.28 ng/µL in 45.45 µL')).toBeInTheDocument();
    expect(recorded).toEqual([{ targetMolarityNm: 20 }]);
    // The library's numbers are the diluted ones now; the dilution worked out before is gone with the old ones.
    expect(screen.getByLabelText('Molarity (now 20 nM)')).toBeChecked();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

test('a target above the library is refused by LB-3, with what to do', async () => {
    fakeGateway({
        ...signInAnswers,
        [`GET /api/library-prep/libraries/${lib.id}`]: { body: lib },
        [`GET /api/library-prep/libraries/${lib.id}/normalisations`]: { body: [] },
        'POST /api/library-prep/normalisation/calculate': problem(422, 'Cannot concentrate', 'LB-3', 'The target 50 ng/µL is above 12 ng/µL; a dilution cannot concentrate.'),
    });
    await renderSignedIn(<LibraryDetail id={lib.id} />);

    await userEvent.click(await screen.findByLabelText('Concentration (now 12 ng/µL)'));
    await userEvent.type(screen.getByLabelText('Target (ng/µL)'), '50');
    await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Rule LB-3');
    expect(refusal).toHaveTextContent('a dilution cannot concentrate');
});
