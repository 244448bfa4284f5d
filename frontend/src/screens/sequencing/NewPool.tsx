import type { PoolMember, PoolPlan } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad, useSession } from '../../session';
import { text } from '../../text';
import { DataTable } from '../../Table';

const LIBRARIES_SHOWN = 100;

/** A pool from ticked libraries with their shares: planned first (volumes to pipette), then made. */
export function NewPool() {
    const { session } = useSession();
    const libraries = useLoad((client) => client.libraryPrep.listLibraries({ size: LIBRARIES_SHOWN }), []);
    useLive('library-prep.library.*', libraries.reload);
    const [name, setName] = useState('');
    const [shares, setShares] = useState<Record<string, string>>({});
    const [targetMolarityNm, setTargetMolarity] = useState('2');
    const [targetVolumeUl, setTargetVolume] = useState('100');
    const [plan, setPlan] = useState<PoolPlan>();
    const [working, setWorking] = useState<'planning' | 'creating'>();
    const [error, setError] = useState<unknown>();

    const members: PoolMember[] = Object.entries(shares).map(([libraryId, share]) => ({ libraryId, share: Number(share) }));
    const design = { libraries: members, targetMolarityNm: Number(targetMolarityNm), targetVolumeUl: Number(targetVolumeUl) };

    function toggle(libraryId: string, picked: boolean) {
        setPlan(undefined);
        setShares((current) => {
            const next = { ...current };
            if (picked) {
                next[libraryId] = '1';
            } else {
                delete next[libraryId];
            }
            return next;
        });
    }

    async function act(kind: 'planning' | 'creating', action: () => Promise<void>) {
        setWorking(kind);
        setError(undefined);
        try {
            await action();
        } catch (e) {
            setError(e);
        } finally {
            setWorking(undefined);
        }
    }

    function create(event: FormEvent) {
        event.preventDefault();
        void act('creating', async () => {
            const pool = await session.client.sequencing.createPool({ poolCreate: { name: name.trim(), ...design } });
            window.location.hash = links.pool(pool.id);
        });
    }

    return (
        <>
            <p>
                <a href={links.sequencing}>{text.sequencing.back}</a>
            </p>
            <h1>{text.sequencing.pool.title}</h1>
            <form className="stacked-form" onSubmit={create} aria-busy={working !== undefined}>
                <label>
                    {text.sequencing.pool.name}
                    <input required value={name} onChange={(e) => setName(e.target.value)} />
                </label>
                <fieldset>
                    <legend>{text.sequencing.pool.libraries}</legend>
                    <p className="hint">{text.sequencing.pool.librariesHint}</p>
                    {libraries.error !== undefined && <Problem error={libraries.error} />}
                    {libraries.data && libraries.data.items.length === 0 && <p>{text.sequencing.pool.noLibraries}</p>}
                    {libraries.data && libraries.data.items.length > 0 && (
                        <DataTable columns={[text.sequencing.pool.columns.pick, text.sequencing.pool.columns.name, text.sequencing.pool.columns.index, text.sequencing.pool.columns.molarity, text.sequencing.pool.columns.share]}>
                            {libraries.data.items.map((library) => (
                                <tr key={library.id}>
                                    <td>
                                        <input
                                            type="checkbox"
                                            className="pick"
                                            aria-label={text.sequencing.pool.pick(library.name)}
                                            checked={library.id in shares}
                                            onChange={(e) => toggle(library.id, e.target.checked)}
                                        />
                                    </td>
                                    <td>{library.name}</td>
                                    <td className="sequence">
                                        {library.i7Name} {library.i7}
                                        {library.i5 && ` + ${library.i5Name ?? ''} ${library.i5}`}
                                    </td>
                                    <td>{library.molarityNm}</td>
                                    <td>
                                        {library.id in shares && (
                                            <input
                                                type="number"
                                                min="0.001"
                                                step="any"
                                                className="short"
                                                aria-label={text.sequencing.pool.share(library.name)}
                                                value={shares[library.id]}
                                                onChange={(e) => {
                                                    setPlan(undefined);
                                                    setShares({ ...shares, [library.id]: e.target.value });
                                                }}
                                            />
                                        )}
                                    </td>
                                </tr>
                            ))}
                        </DataTable>
                    )}
                </fieldset>
                <div className="filters">
                    <label>
                        {text.sequencing.pool.targetMolarity}
                        <input type="number" min="0.001" step="any" required value={targetMolarityNm} onChange={(e) => setTargetMolarity(e.target.value)} />
                    </label>
                    <label>
                        {text.sequencing.pool.targetVolume}
                        <input type="number" min="0.001" step="any" required value={targetVolumeUl} onChange={(e) => setTargetVolume(e.target.value)} />
                    </label>
                </div>
                {members.length === 0 && <p className="hint">{text.sequencing.pool.chooseLibraries}</p>}
                <div className="actions start">
                    <button
                        type="button"
                        disabled={members.length === 0 || working !== undefined}
                        onClick={() => void act('planning', async () => setPlan(await session.client.sequencing.planPool({ poolDesign: design })))}
                    >
                        {working === 'planning' ? text.sequencing.pool.planning : text.sequencing.pool.plan}
                    </button>
                    <button type="submit" disabled={members.length === 0 || working !== undefined}>
                        {working === 'creating' ? text.sequencing.pool.creating : text.sequencing.pool.create}
                    </button>
                </div>
                {error !== undefined && <Problem error={error} />}
            </form>
            {plan && <PlanTable plan={plan} />}
        </>
    );
}

function PlanTable({ plan }: { plan: PoolPlan }) {
    return (
        <section aria-labelledby="plan">
            <h2 id="plan">{text.sequencing.pool.planTitle}</h2>
            <DataTable columns={[text.sequencing.pool.planColumns.name, text.sequencing.pool.planColumns.share, text.sequencing.pool.planColumns.volume]}>
                {plan.libraries.map((library) => (
                    <tr key={library.libraryId}>
                        <td>{library.name}</td>
                        <td>{text.sequencing.percent(library.shareFraction)}</td>
                        <td>{library.volumeUl}</td>
                    </tr>
                ))}
                <tr>
                    <td>{text.sequencing.pool.buffer}</td>
                    <td />
                    <td>{plan.bufferUl}</td>
                </tr>
            </DataTable>
        </section>
    );
}
