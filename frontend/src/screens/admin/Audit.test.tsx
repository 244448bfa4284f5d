import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { Audit } from './Audit';

const event = (n: number) => ({
    id: n,
    type: 'role_changed',
    at: '2026-12-03T10:00:00Z',
    actor: 'admin',
    subject: `user${n}`,
    oldValue: 'lab_technician',
    newValue: 'principal_investigator',
    reason: 'Leads the group now',
    ip: '10.0.0.2',
});

test('filters by event, subject and time go to the server, from the first page, and the list pages on', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/auth/audit': (url) => ({ body: { page: Number(url.searchParams.get('page')), size: 50, total: 120, items: [event(1)] } }),
    });
    await renderSignedIn(<Audit />);

    expect(await screen.findByText('Page 1 of 3 (120 events)')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'lab_technician → principal_investigator' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Page 2 of 3 (120 events)')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Event'), 'role changed');
    await userEvent.type(screen.getByLabelText('Subject (username, svc:NAME, key id)'), 'user1');
    await userEvent.type(screen.getByLabelText('From'), '2026-12-01T08:00');

    await vi.waitFor(() => {
        const last = gateway.requests.filter((url) => url.pathname === '/api/auth/audit').at(-1)!;
        expect(last.searchParams.get('type')).toBe('role_changed');
        expect(last.searchParams.get('subject')).toBe('user1');
        // The field is in the user's time zone; the API gets the instant.
        expect(last.searchParams.get('from')).toBe(new Date('2026-12-01T08:00').toISOString());
        expect(last.searchParams.get('page')).toBe('0');
    });
});
