import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TracSeqProblem } from '@tracseq/client';
import { ConfirmButton } from './Confirm';

test('asks first, says what will happen, and acts only on confirm', async () => {
    const discard = vi.fn(async () => undefined);
    render(<ConfirmButton label="Discard" consequence="TRS-1 leaves box 3 for good." onConfirm={discard} />);

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard?' });
    expect(dialog).toHaveTextContent('TRS-1 leaves box 3 for good.');
    // The focus starts on Cancel: a stray Enter does no harm.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(discard).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const buttons = screen.getAllByRole('button', { name: 'Discard' });
    await userEvent.click(buttons[buttons.length - 1]);
    expect(discard).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

test('a refusal stays in the dialog with its rule', async () => {
    const refuse = async () => {
        throw new TracSeqProblem(409, { type: 'about:blank', title: 'Checked out', status: 409, rule: 'ST-7', detail: 'Check it in first.' });
    };
    render(<ConfirmButton label="Discard" consequence="Gone for good." onConfirm={refuse} />);

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const buttons = screen.getAllByRole('button', { name: 'Discard' });
    await userEvent.click(buttons[buttons.length - 1]);

    expect(await screen.findByRole('alert')).toHaveTextContent('Rule ST-7');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
});
