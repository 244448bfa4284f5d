import { type Reason, Role, type User } from '@tracseq/client';
import { useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome } from '../../ActionOutcome';
import { ConfirmButton } from '../../Confirm';
import { useLive } from '../../live';
import { LoadedSection } from '../../LoadedSection';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad, useSession } from '../../session';
import { localTime, text, wireWords } from '../../text';
import { AdminNav } from './AdminNav';
import { SessionTable } from './SessionTable';
import { RoleOptions } from './Users';

const words = text.admin.user;

/** One account: its details, its role, enabling or disabling it, its open sessions. */
export function UserDetail({ id }: { id: string }) {
    const user = useLoad((client) => client.auth.getUser({ userId: id }), [id]);
    const sessions = useLoad((client) => client.auth.listUserSessions({ userId: id, size: 100 }), [id]);
    // A role change or disabling ends the user's sessions: both parts change.
    const changed = () => {
        user.reload();
        sessions.reload();
    };
    useLive('auth.user.*', changed, id);

    return (
        <>
            <AdminNav current="users" />
            <p>
                <a href={links.users}>{words.back}</a>
            </p>
            {user.error !== undefined && <Problem error={user.error} />}
            {user.data && (
                <>
                    <h1>{user.data.fullName}</h1>
                    <section aria-labelledby="account">
                        <h2 id="account">{words.details}</h2>
                        <dl className="fields">
                            <dt>{text.admin.users.columns.username}</dt>
                            <dd>{user.data.username}</dd>
                            <dt>{text.admin.users.columns.email}</dt>
                            <dd>{user.data.email}</dd>
                            <dt>{text.admin.users.columns.role}</dt>
                            <dd>{wireWords(user.data.role)}</dd>
                            <dt>{text.admin.users.columns.state}</dt>
                            <dd>{user.data.enabled ? text.admin.users.enabled : text.admin.users.disabled}</dd>
                            {user.data.department && (
                                <>
                                    <dt>{words.department}</dt>
                                    <dd>{user.data.department}</dd>
                                </>
                            )}
                            {user.data.labAffiliation && (
                                <>
                                    <dt>{words.labAffiliation}</dt>
                                    <dd>{user.data.labAffiliation}</dd>
                                </>
                            )}
                            <dt>{words.createdAt}</dt>
                            <dd>
                                {localTime(user.data.createdAt)} · {user.data.createdBy}
                            </dd>
                            <dt>{words.lastLogin}</dt>
                            <dd>{user.data.lastLoginAt ? localTime(user.data.lastLoginAt) : text.admin.users.never}</dd>
                            {user.data.passwordChangedAt && (
                                <>
                                    <dt>{words.passwordChanged}</dt>
                                    <dd>{localTime(user.data.passwordChangedAt)}</dd>
                                </>
                            )}
                        </dl>
                    </section>
                    <RoleChange user={user.data} onChanged={changed} />
                    <EnableOrDisable user={user.data} onChanged={changed} />
                </>
            )}
            <LoadedSection title={words.sessions} loaded={sessions}>
                {(page) => <SessionTable sessions={page.items} />}
            </LoadedSection>
        </>
    );
}

function RoleChange({ user, onChanged }: { user: User; onChanged: () => void }) {
    const { session } = useSession();
    const [role, setRole] = useState<Role>(user.role);
    const [reason, setReason] = useState('');
    return (
        <section aria-labelledby="role-change">
            <h2 id="role-change">{words.changeRole}</h2>
            <div className="form inline">
                <label>
                    {words.newRole}
                    <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
                        <RoleOptions />
                    </select>
                </label>
                <label>
                    {words.reason}
                    <input maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
                {role !== user.role && (
                    <ConfirmButton
                        label={words.changeRole}
                        consequence={words.roleConsequence(user.username, wireWords(role))}
                        onConfirm={async () => {
                            await session.client.auth.changeUserRole({ userId: user.id, roleChange: { role, reason: reason.trim() || undefined } });
                            setReason('');
                            onChanged();
                        }}
                    />
                )}
            </div>
        </section>
    );
}

function EnableOrDisable({ user, onChanged }: { user: User; onChanged: () => void }) {
    const { session } = useSession();
    const [reason, setReason] = useState('');
    const enabling = useAction((client, why: Reason) => client.auth.enableUser({ userId: user.id, reason: why }));
    const [enabledAgain, setEnabledAgain] = useState(false);
    const why = () => ({ reason: reason.trim() || undefined });

    async function enable() {
        if (await enabling.run(why())) {
            setReason('');
            setEnabledAgain(true);
            onChanged();
        }
    }

    return (
        <section aria-labelledby="user-state">
            <h2 id="user-state">{user.enabled ? words.disable : words.enable}</h2>
            <div className="form inline">
                <label>
                    {words.reason}
                    <input maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
                </label>
                {user.enabled ? (
                    <ConfirmButton
                        label={words.disable}
                        consequence={words.disableConsequence(user.username)}
                        onConfirm={async () => {
                            await session.client.auth.disableUser({ userId: user.id, reason: why() });
                            setReason('');
                            setEnabledAgain(false);
                            onChanged();
                        }}
                    />
                ) : (
                    <button type="button" onClick={enable} disabled={enabling.working}>
                        {words.enable}
                    </button>
                )}
            </div>
            <ActionOutcome action={enabling} done={enabledAgain && user.enabled ? words.enabled(user.username) : undefined} />
        </section>
    );
}
