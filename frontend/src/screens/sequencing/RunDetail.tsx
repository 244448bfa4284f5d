import { type Platform, Role, type Run, RunStatus } from '@tracseq/client';
import { useState } from 'react';
import { ConfirmButton } from '../../Confirm';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { links } from '../../route';
import { useLoad, useSession } from '../../session';
import { localTime, text, wireWords } from '../../text';
import { LaneCheckReport } from './LaneCheckReport';
import { LibraryIndexes } from './LibraryIndexes';
import { assignments, LaneLayout, type Layout } from './LaneLayout';
import { useRunInputs } from './NewRun';
import { RunResults } from './RunResults';
import { RunStatusActions } from './RunStatusActions';
import { SampleSheets } from './SampleSheets';

/** The statuses from which the instrument has had the run: its summary and demultiplexing may exist. */
const SEQUENCED = new Set<RunStatus>([RunStatus.Running, RunStatus.Completed, RunStatus.Failed]);

/** One run: its status and moves, its lanes and their check, its sample sheets, and what the instrument made of it. */
export function RunDetail({ id }: { id: string }) {
    const run = useLoad(
        async (client) => {
            const [details, platforms, instruments] = await Promise.all([
                client.sequencing.getRun({ runId: id }),
                client.sequencing.listPlatforms(),
                client.sequencing.listInstruments(),
            ]);
            return {
                details,
                platform: platforms.items.find((platform) => platform.code === details.platform),
                instrument: instruments.items.find((instrument) => instrument.id === details.instrumentId),
            };
        },
        [id],
    );
    const check = useLoad((client) => client.sequencing.checkRunLanes({ runId: id }), [id]);
    useLive('sequencing.run.*', run.reload, id);
    const mayAct = useRoleAtLeast(Role.LabTechnician);
    const labels = text.sequencing.run;
    if (run.error !== undefined) {
        return <Problem error={run.error} />;
    }
    if (!run.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { details, platform, instrument } = run.data;
    return (
        <>
            <p>
                <a href={links.sequencing}>{text.sequencing.back}</a>
            </p>
            <h1>{labels.detail(details.name)}</h1>
            <dl className="fields">
                <dt>{labels.fields.status}</dt>
                <dd className={`status-${details.status}`}>{wireWords(details.status)}</dd>
                <dt>{labels.fields.instrument}</dt>
                <dd>{instrument?.name ?? details.instrumentId}</dd>
                <dt>{labels.fields.platform}</dt>
                <dd>{platform?.name ?? wireWords(details.platform)}</dd>
                <dt>{labels.fields.readStructure}</dt>
                <dd>{details.readStructure}</dd>
                <dt>{labels.fields.priority}</dt>
                <dd>{wireWords(details.priority)}</dd>
                <dt>{labels.fields.mismatches}</dt>
                <dd>
                    {details.mismatches.index1 ?? 1}, {details.mismatches.index2 ?? 1}
                </dd>
                {details.flowCellId && (
                    <>
                        <dt>{labels.fields.flowCell}</dt>
                        <dd>{details.flowCellId}</dd>
                    </>
                )}
                <dt>{labels.fields.created}</dt>
                <dd>
                    {localTime(details.createdAt)} · {details.createdBy}
                </dd>
                <dt>{labels.fields.changed}</dt>
                <dd>{localTime(details.statusChangedAt)}</dd>
            </dl>
            {mayAct && (
                <section aria-labelledby="run-status">
                    <h2 id="run-status">{text.sequencing.status.title}</h2>
                    <RunStatusActions run={details} changed={run.reload} />
                </section>
            )}
            {/* Keyed by run: a replacing draft opens with its lanes shown, not still being changed. */}
            <RunLanes key={details.id} run={details} platform={platform} mayChange={mayAct} />
            <section aria-labelledby="lane-check">
                <div className="section-head">
                    <h2 id="lane-check">{text.sequencing.check.title}</h2>
                    <button type="button" onClick={check.reload} disabled={check.loading}>
                        {check.loading ? text.sequencing.check.checking : text.sequencing.check.again}
                    </button>
                </div>
                {check.error !== undefined && <Problem error={check.error} />}
                {check.data && <LaneCheckReport check={check.data} />}
            </section>
            {platform && check.data && <SampleSheets run={details} platform={platform} lanesPass={check.data.passes} />}
            {SEQUENCED.has(details.status) && <RunResults run={details} />}
        </>
    );
}

/** The pool in each lane and its libraries; a draft's lanes can be laid out again (as a new draft that replaces it). */
function RunLanes({ run, platform, mayChange }: { run: Run; platform?: Platform; mayChange: boolean }) {
    const labels = text.sequencing.lanes;
    const [changing, setChanging] = useState(false);
    return (
        <section aria-labelledby="lanes">
            <div className="section-head">
                <h2 id="lanes">{labels.title}</h2>
                {mayChange && platform && run.status === RunStatus.Draft && !changing && (
                    <button type="button" onClick={() => setChanging(true)}>
                        {labels.change}
                    </button>
                )}
            </div>
            {changing && platform && <ChangeLanes run={run} platform={platform} />}
            <div className="lane-grid">
                {run.lanes.map((lane) => (
                    <article key={lane.lane} className="lane-card" aria-labelledby={`lane-${lane.lane}`}>
                        <h3 id={`lane-${lane.lane}`}>{labels.lane(lane.lane)}</h3>
                        <p>
                            <a href={links.pool(lane.poolId)}>{labels.poolOf(lane.lane)}</a>
                        </p>
                        <LibraryIndexes libraries={lane.libraries} />
                    </article>
                ))}
            </div>
        </section>
    );
}

/**
 * A run's lanes are fixed once planned, so new lanes make a new draft with everything else the
 * same, and the old draft is cancelled; the page moves to the new draft and checks its lanes.
 */
function ChangeLanes({ run, platform }: { run: Run; platform: Platform }) {
    const { session } = useSession();
    const inputs = useRunInputs();
    const [layout, setLayout] = useState<Layout>(() => Object.fromEntries(run.lanes.map((lane) => [lane.lane, lane.poolId])));
    const lanes = assignments(layout);
    const labels = text.sequencing.lanes;

    async function replace() {
        const replacement = await session.client.sequencing.createRun({
            runCreate: {
                name: run.name,
                instrumentId: run.instrumentId,
                readStructure: run.readStructure,
                priority: run.priority,
                flowCellId: run.flowCellId,
                mismatches: run.mismatches,
                lanes,
            },
        });
        await session.client.sequencing.changeRunStatus({
            runId: run.id,
            runStatusChange: { status: RunStatus.Cancelled, reason: labels.replacedBy(replacement.id) },
        });
        window.location.hash = links.run(replacement.id);
    }

    return (
        <div className="change-lanes">
            {inputs.error !== undefined && <Problem error={inputs.error} />}
            {inputs.data && <LaneLayout platform={platform} pools={inputs.data.pools} layout={layout} onChange={setLayout} />}
            <ConfirmButton label={labels.replace} consequence={labels.replaceConsequence(run.name)} ready={lanes.length > 0} onConfirm={replace} />
        </div>
    );
}
