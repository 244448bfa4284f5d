import { type IssuedApiKey, Role, type ServicePrincipalCreate } from '@tracseq/client';
import { type FormEvent, useRef, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { ConfirmButton } from '../../Confirm';
import { useLoad, useSession } from '../../session';
import { PagedTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { AdminNav } from './AdminNav';
import { RoleOptions } from './Users';

const PAGE_SIZE = 50;
const words = text.admin.keys;

/** Service principals: created with a key shown once, listed, revoked. */
export function ApiKeys() {
    const { session } = useSession();
    const [page, setPage] = useState(0);
    // Keys have no events on the stream: the list reloads after this screen's own changes.
    const principals = useLoad((client) => client.auth.listServicePrincipals({ page, size: PAGE_SIZE }), [page]);
    const [issued, setIssued] = useState<IssuedApiKey>();

    return (
        <>
            <AdminNav current="apiKeys" />
            <h1>{words.title}</h1>
            <p className="hint">{words.hint}</p>
            {issued ? (
                <IssuedKey issued={issued} onDone={() => setIssued(undefined)} />
            ) : (
                <CreateKey
                    onIssued={(key) => {
                        setIssued(key);
                        principals.reload();
                    }}
                />
            )}
            <PagedTable
                loaded={principals}
                columns={Object.values(words.columns)}
                row={(principal) => (
                    <tr key={principal.id}>
                        <td>
                            {principal.name}
                            {principal.description && <p className="hint">{principal.description}</p>}
                        </td>
                        <td>{wireWords(principal.role)}</td>
                        <td>
                            <code>{principal.keyPrefix}…</code>
                        </td>
                        <td>
                            {localTime(principal.createdAt)} · {principal.createdBy}
                        </td>
                        <td>{principal.lastUsedAt ? localTime(principal.lastUsedAt) : words.never}</td>
                        <td>
                            {principal.revokedAt ? (
                                words.revokedAt(localTime(principal.revokedAt), principal.revokedBy)
                            ) : (
                                <ConfirmButton
                                    label={words.revoke}
                                    consequence={words.revokeConsequence(principal.name)}
                                    onConfirm={async () => {
                                        await session.client.auth.revokeServicePrincipal({ principalId: principal.id });
                                        principals.reload();
                                    }}
                                />
                            )}
                        </td>
                    </tr>
                )}
                words={words}
                page={page}
                size={PAGE_SIZE}
                onPage={setPage}
            />
        </>
    );
}

function CreateKey({ onIssued }: { onIssued: (issued: IssuedApiKey) => void }) {
    const [name, setName] = useState('');
    const [description, setDescription] = useState('');
    const [role, setRole] = useState<Role | ''>('');
    const action = useAction((client, servicePrincipalCreate: ServicePrincipalCreate) => client.auth.createServicePrincipal({ servicePrincipalCreate }));

    async function submit(event: FormEvent) {
        event.preventDefault();
        const issued = await action.run({ name: name.trim(), description: description.trim() || undefined, role: role as Role });
        if (issued) {
            onIssued(issued);
        }
    }

    return (
        <section aria-labelledby="create-key">
            <h2 id="create-key">{words.create}</h2>
            <form className="form" aria-labelledby="create-key" onSubmit={submit}>
                <label>
                    {words.name}
                    <input required autoComplete="off" aria-describedby="key-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
                </label>
                <p id="key-name-hint" className="hint">
                    {words.nameHint}
                </p>
                <label>
                    {words.description}
                    <input maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
                </label>
                <label>
                    {text.admin.users.role}
                    <select required value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
                        <option value="">{text.admin.users.chooseRole}</option>
                        <RoleOptions />
                    </select>
                </label>
                <ActionOutcome action={action} />
                <SubmitButton action={action} label={words.submit} />
            </form>
        </section>
    );
}

/** The new key, shown this once: TracSeq keeps only its hash. */
function IssuedKey({ issued, onDone }: { issued: IssuedApiKey; onDone: () => void }) {
    const [copy, setCopy] = useState<'copied' | 'blocked'>();
    const field = useRef<HTMLInputElement>(null);

    async function copyKey() {
        // Selected either way, so Ctrl+C works where the page may not write the clipboard (plain http).
        field.current?.select();
        try {
            await navigator.clipboard.writeText(issued.apiKey);
            setCopy('copied');
        } catch {
            setCopy('blocked');
        }
    }

    return (
        <section aria-labelledby="issued-key" className="issued-key">
            <h2 id="issued-key">{words.issued(issued.principal.name)}</h2>
            <p className="notice">{words.once}</p>
            <label>
                {words.key}
                <input ref={field} className="secret" readOnly value={issued.apiKey} onFocus={(e) => e.target.select()} />
            </label>
            <p className="toolbar">
                <button type="button" onClick={copyKey}>
                    {words.copy}
                </button>
                <button type="button" onClick={onDone}>
                    {words.done}
                </button>
            </p>
            {copy && <p role="status">{copy === 'copied' ? words.copied : words.copyBlocked}</p>}
        </section>
    );
}
