import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sentBodies } from '../../sentBodies';
import { fakeGateway, renderSignedIn, signInAnswers } from '../../testing';
import { userAnswer } from './testUsers';
import { Users } from './Users';

test('filters go to the server and the list links each user', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/auth/users': { body: { page: 0, size: 50, total: 2, items: [userAnswer(1), userAnswer(2, { enabled: false })] } },
    });
    await renderSignedIn(<Users />);

    expect(await screen.findByRole('link', { name: 'user1' })).toHaveAttribute('href', `#/admin/users/${userAnswer(1).id}`);
    expect(within(screen.getByRole('row', { name: /user2/ })).getByRole('cell', { name: 'disabled' })).toBeInTheDocument();

    const filters = within(screen.getByRole('group', { name: 'Find users' }));
    await userEvent.selectOptions(filters.getByLabelText('Role'), 'principal investigator');
    await userEvent.selectOptions(filters.getByLabelText('State'), 'disabled');
    await userEvent.type(filters.getByLabelText('Search username, name or email'), 'smith');

    await vi.waitFor(() => {
        const last = gateway.requests.filter((url) => url.pathname === '/api/auth/users').at(-1)!;
        expect(Object.fromEntries(last.searchParams)).toMatchObject({ q: 'smith', role: 'principal_investigator', enabled: 'false', page: '0' });
    });
});

test('creates a user with a role, and the list shows it', async () => {
    let created = false;
    fakeGateway({
        ...signInAnswers,
        'GET /api/auth/users': () => ({ body: { page: 0, size: 50, total: 1, items: created ? [userAnswer(1), userAnswer(3)] : [userAnswer(1)] } }),
        'POST /api/auth/users': () => {
            created = true;
            return { status: 201, body: userAnswer(3) };
        },
    });
    await renderSignedIn(<Users />);
    await screen.findByRole('link', { name: 'user1' });

    const form = within(screen.getByRole('form', { name: 'Create a user' }));
    await userEvent.type(form.getByLabelText('Username'), 'user3');
    await userEvent.type(form.getByLabelText('Full name'), 'User 3');
    await userEvent.type(form.getByLabelText('Email'), 'user3@lab.example.org');
    await userEvent.selectOptions(form.getByLabelText('Role'), 'lab technician');
    await userEvent.type(form.getByLabelText('Initial password'), 'Bench-Password-123!');
    await userEvent.click(form.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByRole('link', { name: 'Created user3.' })).toHaveAttribute('href', `#/admin/users/${userAnswer(3).id}`);
    expect(await screen.findByRole('link', { name: 'user3' })).toBeInTheDocument();
    expect(form.getByLabelText('Username')).toHaveValue('');
    expect(sentBodies('POST', '/api/auth/users')).toEqual([
        { username: 'user3', fullName: 'User 3', email: 'user3@lab.example.org', password: 'Bench-Password-123!', role: 'lab_technician' },
    ]);
});

test("a role too low is refused by the server, and the refusal is shown", async () => {
    fakeGateway({
        ...signInAnswers,
        'GET /api/auth/users': { status: 403, problem: true, body: { title: 'Forbidden', status: 403, detail: 'Only a lab administrator may list users.' } },
    });
    await renderSignedIn(<Users />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Only a lab administrator may list users.');
});

test("another administrator's new user shows without a reload", async () => {
    let users = [userAnswer(1)];
    const gateway = fakeGateway({
        ...signInAnswers,
        'GET /api/auth/users': () => ({ body: { page: 0, size: 50, total: users.length, items: users } }),
    });
    await renderSignedIn(<Users />);
    await screen.findByRole('link', { name: 'user1' });
    await vi.waitFor(() => expect(gateway.requests.some((url) => url.pathname === '/api/events/stream')).toBe(true));

    users = [userAnswer(1), userAnswer(4)];
    gateway.emit('auth.user.created', userAnswer(4).id);

    expect(await screen.findByRole('link', { name: 'user4' })).toBeInTheDocument();
});
