import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { OwnSessions } from './OwnSessions';

const session = (n: number, overrides: object = {}) => ({
    id: `1c1c1c1c-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    userId: signInAnswers['GET /api/auth/me'].body.id,
    createdAt: '2026-12-02T08:00:00Z',
    expiresAt: '2026-12-09T08:00:00Z',
    userAgent: `Device ${n}`,
    ...overrides,
});

test('another session can be ended after a confirmation; this one ends with Sign out', async () => {
    let open = [session(1, { current: true }), session(2)];
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/auth/sessions': () => ({ body: { page: 0, size: 50, total: open.length, items: open } }),
        [`DELETE /api/auth/sessions/${session(2).id}`]: () => {
            open = [session(1, { current: true })];
            return { body: session(2, { revokedAt: '2026-12-03T10:00:00Z' }) };
        },
    });
    await renderSignedIn(<OwnSessions />);

    const current = await screen.findByRole('row', { name: /Device 1/ });
    expect(current).toHaveTextContent('(this session)');
    expect(within(current).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('row', { name: /Device 2/ })).getByRole('button', { name: 'End session' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('The session from Device 2 ends now; that device has to sign in again.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'End session' }));

    await vi.waitFor(() => expect(screen.queryByRole('row', { name: /Device 2/ })).not.toBeInTheDocument());
    expect(gateway.requests.filter((url) => url.pathname === `/api/auth/sessions/${session(2).id}`)).toHaveLength(1);
});
