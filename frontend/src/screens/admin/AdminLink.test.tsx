import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../App';
import { fakeGateway, signInAnswers } from '../../testing';

async function signInAs(role: string) {
    fakeGateway({ ...signInAnswers, 'GET /api/auth/me': { body: { ...signInAnswers['GET /api/auth/me'].body, role } } });
    render(<App />);
    await userEvent.type(screen.getByLabelText('Username'), 'someone');
    await userEvent.type(screen.getByLabelText('Password'), 'Bench-Password-123!{Enter}');
    return screen.findByRole('navigation', { name: 'Main' });
}

test('only a lab administrator sees the administration link; everyone sees their own sessions', async () => {
    const nav = await signInAs('lab_administrator');
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Administration' }));
    expect(screen.getByRole('link', { name: 'Administration' })).toHaveAttribute('href', '#/admin/users');
    expect(screen.getByRole('link', { name: 'My sessions' })).toHaveAttribute('href', '#/sessions');
});

test('a principal investigator has no administration link', async () => {
    await signInAs('principal_investigator');
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My sessions' })).toBeInTheDocument();
});
