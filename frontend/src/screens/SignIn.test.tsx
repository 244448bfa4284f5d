import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeGateway, signInAnswers } from '../testing';
import { SignIn } from './SignIn';

test('a refused sign-in shows the problem the gateway gave and stays on the form', async () => {
    fakeGateway({
        'POST /api/auth/login': {
            status: 401,
            problem: true,
            body: { title: 'Unauthorized', status: 401, detail: 'Wrong username or password.' },
        },
    });
    const signedIn = vi.fn();
    render(<SignIn onSignedIn={signedIn} />);

    await userEvent.type(screen.getByLabelText('Username'), 'tech');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(signedIn).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

test('the first administrator is created with the setup token, then signed in', async () => {
    const gateway = fakeGateway({
        ...signInAnswers,
        'POST /api/auth/setup': { status: 201, body: signInAnswers['GET /api/auth/me'].body },
    });
    const signedIn = vi.fn();
    render(<SignIn onSignedIn={signedIn} />);

    await userEvent.click(screen.getByRole('button', { name: 'First start: create the administrator' }));
    await userEvent.type(screen.getByLabelText('Setup token'), 'tss_token');
    await userEvent.type(screen.getByLabelText('Username'), 'tech');
    await userEvent.type(screen.getByLabelText('Password'), 'Bench-Password-123!');
    await userEvent.type(screen.getByLabelText('Full name'), 'Lab Technician');
    await userEvent.type(screen.getByLabelText('Email'), 'tech@lab.example.org{Enter}');

    await vi.waitFor(() => expect(signedIn).toHaveBeenCalledOnce());
    expect(signedIn.mock.calls[0][0].user.fullName).toBe('Lab Technician');
    expect(gateway.requests.map((url) => url.pathname)).toEqual(['/api/auth/setup', '/api/auth/login', '/api/auth/me']);
});
