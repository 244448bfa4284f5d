import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { ApiKeys } from './ApiKeys';

const principal = (n: number, overrides: object = {}) => ({
    id: `5a5a5a5a-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    name: `sequencer-${n}`,
    role: 'lab_technician',
    keyPrefix: `tsk_${n}ab`,
    createdAt: '2026-12-01T08:00:00Z',
    createdBy: 'admin',
    ...overrides,
});

test('a new key is shown once, with a copy button and a warning, and gone when dismissed', async () => {
    // A clipboard for the page, as a browser on https or localhost has.
    const user = userEvent.setup();
    let principals = [principal(1)];
    fakeGateway({
        ...signInAnswers,
        'GET /api/auth/service-principals': () => ({ body: { page: 0, size: 50, total: principals.length, items: principals } }),
        'POST /api/auth/service-principals': () => {
            principals = [principal(2), principal(1)];
            return { status: 201, body: { principal: principal(2), apiKey: 'tsk_2ab_secret-value' } };
        },
    });
    await renderSignedIn(<ApiKeys />);
    expect(await screen.findByText('sequencer-1')).toBeInTheDocument();

    const form = within(screen.getByRole('form', { name: 'Create an API key' }));
    await user.type(form.getByLabelText('Name'), 'sequencer-2');
    await user.selectOptions(form.getByLabelText('Role'), 'lab technician');
    await user.click(form.getByRole('button', { name: 'Create key' }));

    expect(await screen.findByLabelText('API key')).toHaveValue('tsk_2ab_secret-value');
    expect(screen.getByText('Copy it now: you will not see it again. TracSeq keeps only its hash.')).toBeInTheDocument();
    expect(await screen.findByText('sequencer-2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Copied.');
    expect(await navigator.clipboard.readText()).toBe('tsk_2ab_secret-value');

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByLabelText('API key')).not.toBeInTheDocument();
    expect(screen.queryByText('tsk_2ab_secret-value')).not.toBeInTheDocument();
    expect(sentBodies('POST', '/api/auth/service-principals')).toEqual([{ name: 'sequencer-2', role: 'lab_technician' }]);
});

test('revoking asks first and says what stops working; a revoked key shows when and by whom', async () => {
    let revoked = false;
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/auth/service-principals': () => ({
            body: { page: 0, size: 50, total: 1, items: [principal(1, revoked ? { revokedAt: '2026-12-03T10:00:00Z', revokedBy: 'admin' } : {})] },
        }),
        [`DELETE /api/auth/service-principals/${principal(1).id}`]: () => {
            revoked = true;
            return { body: principal(1, { revokedAt: '2026-12-03T10:00:00Z', revokedBy: 'admin' }) };
        },
    });
    await renderSignedIn(<ApiKeys />);

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke?' });
    expect(dialog).toHaveTextContent('The key of sequencer-1 stops working now');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    expect(await screen.findByText(/^revoked .* by admin$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
    expect(gateway.requests.filter((url) => url.pathname === `/api/auth/service-principals/${principal(1).id}`)).toHaveLength(1);
});
