import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Kit } from './Kit';
import { Kits } from './Kits';
import { Protocols } from './Protocols';
import { catalogueAnswers, KIT_ID } from './test-data';

test("the kits list asks for superseded versions only when wanted, and a UDI kit's pairs show i7 with i5", async () => {
    const gateway = fakeGateway({ ...signInAnswers, ...catalogueAnswers });
    await renderSignedIn(<Kits />);

    const link = await screen.findByRole('link', { name: 'IDT for Illumina UD Indexes Set A v1' });
    expect(link).toHaveAttribute('href', `#/library/kits/${KIT_ID}`);
    expect(screen.getByText('2 i7, 2 i5')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Show superseded versions too'));
    await vi.waitFor(() =>
        expect(gateway.requests.filter((url) => url.pathname === '/api/library-prep/kits').at(-1)!.searchParams.get('includeSuperseded')).toBe('true'),
    );
});

test("a UDI kit's pairs: each i7 beside the i5 of the same name", async () => {
    fakeGateway({ ...signInAnswers, ...catalogueAnswers });
    await renderSignedIn(<Kit id={KIT_ID} />);

    const pair = (await screen.findByRole('rowheader', { name: 'UDI0002' })).closest('tr')!;
    expect(within(pair).getByText('TTATAACC')).toBeInTheDocument();
    expect(within(pair).getByText('GATATCGA')).toBeInTheDocument();
});

test('protocols show their input range, sample types and fragment sizes with units', async () => {
    fakeGateway({ ...signInAnswers, ...catalogueAnswers });
    await renderSignedIn(<Protocols />);

    const row = (await screen.findByRole('rowheader', { name: /Illumina DNA Prep/ })).closest('tr')!;
    expect(within(row).getByText('1–500 ng')).toBeInTheDocument();
    expect(within(row).getByText('350–700 bp')).toBeInTheDocument();
});
