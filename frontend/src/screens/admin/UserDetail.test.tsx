import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { UserDetail } from './UserDetail';
import { userAnswer } from './testUsers';

const user = userAnswer(5);
const base = `/api/auth/users/${user.id}`;
const sessions = {
    page: 0,
    size: 100,
    total: 1,
    items: [{ id: '1c1c1c1c-0000-4000-8000-000000000001', userId: user.id, createdAt: '2026-12-02T08:00:00Z', expiresAt: '2026-12-09T08:00:00Z', ip: '10.0.0.7', userAgent: 'Bench tablet' }],
};

test('changing the role asks first and says that every session ends', async () => {
    fakeGateway({
        ...signInAnswers,
        [`GET ${base}`]: { body: user },
        [`GET ${base}/sessions`]: { body: sessions },
        [`PUT ${base}/role`]: { body: { ...user, role: 'principal_investigator' } },
    });
    await renderSignedIn(<UserDetail id={user.id} />);

    expect(await screen.findByRole('cell', { name: 'Bench tablet · 10.0.0.7' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change role' })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('New role'), 'principal investigator');
    await userEvent.type(within(screen.getByRole('region', { name: 'Change role' })).getByLabelText('Reason (optional)'), 'Leads the group now');
    await userEvent.click(screen.getByRole('button', { name: 'Change role' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('user5 becomes principal investigator. Every session of user5 ends now');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change role' }));

    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(sentBodies('PUT', `${base}/role`)).toEqual([{ role: 'principal_investigator', reason: 'Leads the group now' }]);
});

test('disabling asks first; a refusal (the last administrator) stays in the dialog with its rule', async () => {
    fakeGateway({
        ...signInAnswers,
        [`GET ${base}`]: { body: user },
        [`GET ${base}/sessions`]: { body: sessions },
        [`POST ${base}/disable`]: {
            status: 409,
            problem: true,
            body: { title: 'Last administrator', status: 409, rule: 'AU-3', detail: 'Another administrator must stay enabled.' },
        },
    });
    await renderSignedIn(<UserDetail id={user.id} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Disable' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable?' });
    expect(dialog).toHaveTextContent('user5 can no longer sign in, and every session of user5 ends now.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Another administrator must stay enabled.');
    expect(sentBodies('POST', `${base}/disable`)).toEqual([{}]);
});

test('a disabled user is enabled again without a question', async () => {
    let enabled = false;
    fakeGateway({
        ...signInAnswers,
        [`GET ${base}`]: () => ({ body: { ...user, enabled } }),
        [`GET ${base}/sessions`]: { body: { ...sessions, total: 0, items: [] } },
        [`POST ${base}/enable`]: () => {
            enabled = true;
            return { body: { ...user, enabled } };
        },
    });
    await renderSignedIn(<UserDetail id={user.id} />);

    expect(await screen.findByText('No open session.')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Enable' }));

    expect(await screen.findByText('user5 can sign in again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Disable' })).toBeInTheDocument();
});
