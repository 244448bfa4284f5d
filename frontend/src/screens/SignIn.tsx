import { TracSeqClient } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { Problem } from '../Problem';
import { gatewayUrl, type Session, signIn } from '../session';
import { text } from '../text';

/** Signing in, or on an empty TracSeq its first administrator; `notice` says why it is asked again. */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string }) {
    const [settingUp, setSettingUp] = useState(false);
    return settingUp ? (
        <SetUp onSignedIn={onSignedIn} onBack={() => setSettingUp(false)} />
    ) : (
        <Credentials onSignedIn={onSignedIn} notice={notice} onSetUp={() => setSettingUp(true)} />
    );
}

function Credentials({
    onSignedIn,
    notice,
    onSetUp,
}: {
    onSignedIn: (session: Session) => void;
    notice?: string;
    onSetUp: () => void;
}) {
    const [username, setUsername] = useState('');
    const [password, setPassword] = useState('');
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();

    async function submit(event: FormEvent) {
        event.preventDefault();
        setWorking(true);
        setError(undefined);
        try {
            onSignedIn(await signIn(username, password));
        } catch (e) {
            setError(e);
            setWorking(false);
        }
    }

    return (
        <main className="sign-in">
            <h1>{text.signIn.title}</h1>
            {notice && <p className="notice">{notice}</p>}
            <form onSubmit={submit}>
                <label>
                    {text.signIn.username}
                    <input autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
                </label>
                <label>
                    {text.signIn.password}
                    <input
                        type="password"
                        autoComplete="current-password"
                        required
                        value={password}
                        onChange={(e) => setPassword(e.target.value)}
                    />
                </label>
                {error !== undefined && <Problem error={error} />}
                <button type="submit" disabled={working}>
                    {working ? text.signIn.working : text.signIn.submit}
                </button>
            </form>
            {!notice && (
                <button type="button" className="link" onClick={onSetUp}>
                    {text.signIn.firstStart}
                </button>
            )}
        </main>
    );
}

function SetUp({ onSignedIn, onBack }: { onSignedIn: (session: Session) => void; onBack: () => void }) {
    const [form, setForm] = useState({ setupToken: '', username: '', password: '', fullName: '', email: '' });
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();
    const field = (name: keyof typeof form) => ({
        value: form[name],
        required: true,
        onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    });

    async function submit(event: FormEvent) {
        event.preventDefault();
        setWorking(true);
        setError(undefined);
        try {
            await TracSeqClient.setUpFirstAdministrator({ baseUrl: gatewayUrl() }, form);
            onSignedIn(await signIn(form.username, form.password));
        } catch (e) {
            setError(e);
            setWorking(false);
        }
    }

    return (
        <main className="sign-in">
            <h1>{text.setup.title}</h1>
            <p>{text.setup.hint}</p>
            <form onSubmit={submit}>
                <label>
                    {text.setup.setupToken}
                    <input autoComplete="off" {...field('setupToken')} />
                </label>
                <label>
                    {text.signIn.username}
                    <input autoComplete="username" {...field('username')} />
                </label>
                <label>
                    {text.signIn.password}
                    <input type="password" autoComplete="new-password" aria-describedby="password-rule" {...field('password')} />
                </label>
                <p id="password-rule" className="hint">
                    {text.setup.passwordRule}
                </p>
                <label>
                    {text.setup.fullName}
                    <input autoComplete="name" {...field('fullName')} />
                </label>
                <label>
                    {text.setup.email}
                    <input type="email" autoComplete="email" {...field('email')} />
                </label>
                {error !== undefined && <Problem error={error} />}
                <button type="submit" disabled={working}>
                    {text.setup.submit}
                </button>
            </form>
            <button type="button" className="link" onClick={onBack}>
                {text.setup.back}
            </button>
        </main>
    );
}
