import { Priority } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad, useSession } from '../../session';
import { text, wireWords } from '../../text';
import { assignments, LaneLayout, type Layout } from './LaneLayout';
import { recentPools } from './recent';

/** Everything a run is planned with: the instruments in service, their platforms, the pools to lay out. */
export function useRunInputs() {
    const inputs = useLoad(async (client) => {
        const [instruments, platforms, pools] = await Promise.all([
            client.sequencing.listInstruments(),
            client.sequencing.listPlatforms(),
            recentPools(client),
        ]);
        return { instruments: instruments.items.filter((i) => i.status !== 'retired'), platforms: platforms.items, pools };
    }, []);
    useLive('sequencing.pool.*', inputs.reload);
    return inputs;
}

/** Plans a run (`draft`): its instrument, read structure, priority and a pool per lane; then its page opens. */
export function NewRun() {
    const { session } = useSession();
    const inputs = useRunInputs();
    const [name, setName] = useState('');
    const [instrumentId, setInstrumentId] = useState('');
    const [readStructure, setReadStructure] = useState('151-10-10-151');
    const [priority, setPriority] = useState<Priority>(Priority.Normal);
    const [layout, setLayout] = useState<Layout>({});
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();

    const instrument = inputs.data?.instruments.find((i) => i.id === instrumentId);
    const platform = inputs.data?.platforms.find((p) => p.code === instrument?.platform);
    const lanes = assignments(layout);

    async function create(event: FormEvent) {
        event.preventDefault();
        setWorking(true);
        setError(undefined);
        try {
            const run = await session.client.sequencing.createRun({
                runCreate: { name: name.trim(), instrumentId, readStructure: readStructure.trim(), priority, lanes },
            });
            window.location.hash = links.run(run.id);
        } catch (e) {
            setError(e);
        } finally {
            setWorking(false);
        }
    }

    return (
        <>
            <p>
                <a href={links.sequencing}>{text.sequencing.back}</a>
            </p>
            <h1>{text.sequencing.run.title}</h1>
            {inputs.error !== undefined && <Problem error={inputs.error} />}
            {inputs.data && (
                <form className="stacked-form" onSubmit={create} aria-busy={working}>
                    <label>
                        {text.sequencing.run.name}
                        <input required value={name} onChange={(e) => setName(e.target.value)} aria-describedby="run-name-hint" />
                    </label>
                    <p className="hint" id="run-name-hint">
                        {text.sequencing.run.nameHint}
                    </p>
                    <label>
                        {text.sequencing.run.instrument}
                        <select
                            required
                            value={instrumentId}
                            onChange={(e) => {
                                setInstrumentId(e.target.value);
                                setLayout({});
                            }}
                        >
                            <option value="">{text.sequencing.run.chooseInstrument}</option>
                            {inputs.data.instruments.map((option) => (
                                <option key={option.id} value={option.id}>
                                    {option.name} ({wireWords(option.platform)})
                                </option>
                            ))}
                        </select>
                    </label>
                    <label>
                        {text.sequencing.run.readStructure}
                        <input required value={readStructure} onChange={(e) => setReadStructure(e.target.value)} />
                    </label>
                    <label>
                        {text.sequencing.run.priority}
                        <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
                            {Object.values(Priority).map((value) => (
                                <option key={value} value={value}>
                                    {wireWords(value)}
                                </option>
                            ))}
                        </select>
                    </label>
                    {platform && <LaneLayout platform={platform} pools={inputs.data.pools} layout={layout} onChange={setLayout} />}
                    {platform && lanes.length === 0 && <p className="hint">{text.sequencing.lanes.atLeastOne}</p>}
                    <div className="actions start">
                        <button type="submit" disabled={working || lanes.length === 0}>
                            {working ? text.sequencing.run.creating : text.sequencing.run.create}
                        </button>
                    </div>
                    {error !== undefined && <Problem error={error} />}
                </form>
            )}
        </>
    );
}
