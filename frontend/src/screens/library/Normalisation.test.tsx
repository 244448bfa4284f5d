import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Normalisation } from './Normalisation';

test('the calculator sends V1, C1 and C2 and says the volume to reach and the diluent, in µL', async () => {
    const sent: unknown[] = [];
    fakeGateway({
        ...signInAnswers,
        'POST /api/library-prep/normalisation/calculate': (_, body) => {
            sent.push(body);
            return { body: { volume: 20, diluent: 10 } };
        },
    });
    await renderSignedIn(<Normalisation />);

    await userEvent.type(screen.getByLabelText('Volume V1 (µL)'), '10');
    await userEvent.selectOptions(screen.getByLabelText('Unit of C1 and C2'), 'ng/µL');
    await userEvent.type(screen.getByLabelText('Concentration C1 (ng/µL)'), '4');
    await userEvent.type(screen.getByLabelText('Target C2 (ng/µL)'), '2');
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByRole('status')).toHaveTextContent('Dilute 10 µL to 20 µL: add 10 µL of diluent.');
    expect(sent).toEqual([{ volume: 10, concentration: 4, targetConcentration: 2 }]);
});
