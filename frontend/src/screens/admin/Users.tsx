import { Role, type UserCreate } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { useLive } from '../../live';
import { usePage } from '../../Pager';
import { links } from '../../route';
import { useLoad } from '../../session';
import { PagedTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { AdminNav } from './AdminNav';

const PAGE_SIZE = 50;
const words = text.admin.users;

/** The accounts, searched and filtered by role and state, and a new one created with its role. */
export function Users() {
    const [q, setQ] = useState('');
    const [role, setRole] = useState<Role | ''>('');
    const [enabled, setEnabled] = useState('');
    const { page, setPage, filter } = usePage();
    const users = useLoad(
        (client) =>
            client.auth.listUsers({
                q: q.trim() || undefined,
                role: role || undefined,
                enabled: enabled === '' ? undefined : enabled === 'true',
                page,
                size: PAGE_SIZE,
            }),
        [q, role, enabled, page],
    );
    useLive('auth.user.*', users.reload);

    return (
        <>
            <AdminNav current="users" />
            <h1>{words.title}</h1>
            <div className="filters" role="group" aria-label={words.filters}>
                <label>
                    {words.search}
                    <input type="search" value={q} onChange={(e) => filter(setQ, e.target.value)} />
                </label>
                <label>
                    {words.role}
                    <select value={role} onChange={(e) => filter(setRole, e.target.value as Role | '')}>
                        <option value="">{words.anyRole}</option>
                        <RoleOptions />
                    </select>
                </label>
                <label>
                    {words.state}
                    <select value={enabled} onChange={(e) => filter(setEnabled, e.target.value)}>
                        <option value="">{words.anyState}</option>
                        <option value="true">{words.enabled}</option>
                        <option value="false">{words.disabled}</option>
                    </select>
                </label>
            </div>
            <PagedTable
                loaded={users}
                columns={Object.values(words.columns)}
                row={(user) => (
                    <tr key={user.id}>
                        <td>
                            <a href={links.user(user.id)}>{user.username}</a>
                        </td>
                        <td>{user.fullName}</td>
                        <td>{user.email}</td>
                        <td>{wireWords(user.role)}</td>
                        <td className={user.enabled ? undefined : 'disabled'}>{user.enabled ? words.enabled : words.disabled}</td>
                        <td>{user.lastLoginAt ? localTime(user.lastLoginAt) : words.never}</td>
                    </tr>
                )}
                words={words}
                page={page}
                size={PAGE_SIZE}
                onPage={setPage}
            />
            <CreateUser onCreated={users.reload} />
        </>
    );
}

/** Every role, lowest first, as the role pickers offer them. */
export function RoleOptions() {
    return (
        <>
            {Object.values(Role).map((value) => (
                <option key={value} value={value}>
                    {wireWords(value)}
                </option>
            ))}
        </>
    );
}

const blank = { username: '', fullName: '', email: '', password: '', department: '', labAffiliation: '', role: '' };

function CreateUser({ onCreated }: { onCreated: () => void }) {
    const [form, setForm] = useState(blank);
    const action = useAction((client, userCreate: UserCreate) => client.auth.createUser({ userCreate }));
    const field = (name: keyof typeof form) => ({
        value: form[name],
        onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
    });

    async function submit(event: FormEvent) {
        event.preventDefault();
        const userCreate: UserCreate = {
            username: form.username.trim(),
            fullName: form.fullName.trim(),
            email: form.email.trim(),
            password: form.password,
            role: form.role as Role,
            department: form.department.trim() || undefined,
            labAffiliation: form.labAffiliation.trim() || undefined,
        };
        if (await action.run(userCreate)) {
            setForm(blank);
            onCreated();
        }
    }

    return (
        <section aria-labelledby="create-user">
            <h2 id="create-user">{words.create}</h2>
            <form className="form" aria-labelledby="create-user" onSubmit={submit}>
                <label>
                    {words.username}
                    <input required autoComplete="off" {...field('username')} />
                </label>
                <label>
                    {words.fullName}
                    <input required autoComplete="off" {...field('fullName')} />
                </label>
                <label>
                    {words.email}
                    <input required type="email" autoComplete="off" {...field('email')} />
                </label>
                <label>
                    {words.role}
                    <select required {...field('role')}>
                        <option value="">{words.chooseRole}</option>
                        <RoleOptions />
                    </select>
                </label>
                <label>
                    {words.password}
                    <input required type="password" autoComplete="new-password" aria-describedby="new-user-password" {...field('password')} />
                </label>
                <p id="new-user-password" className="hint">
                    {text.setup.passwordRule}
                </p>
                <label>
                    {words.department}
                    <input autoComplete="off" {...field('department')} />
                </label>
                <label>
                    {words.labAffiliation}
                    <input autoComplete="off" {...field('labAffiliation')} />
                </label>
                <ActionOutcome action={action} />
                <SubmitButton action={action} label={words.submit} />
            </form>
            {action.result && (
                <p role="status" className="success">
                    <a href={links.user(action.result.id)}>{words.created(action.result.username)}</a>
                </p>
            )}
        </section>
    );
}
