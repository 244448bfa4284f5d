import { Role } from '@tracseq/client';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { links } from '../../route';
import { useLoad } from '../../session';
import { localTime, text, wireWords } from '../../text';
import { Instruments } from './Instruments';
import { recentPools, recentRuns } from './recent';

/** The sequencing area: the lab's instruments, the recent pools and runs, and where new ones start. */
export function Sequencing() {
    return (
        <>
            <h1>{text.sequencing.title}</h1>
            <Instruments />
            <Runs />
            <Pools />
        </>
    );
}

function Runs() {
    const runs = useLoad((client) => recentRuns(client), []);
    useLive('sequencing.run.*', runs.reload);
    const mayPlan = useRoleAtLeast(Role.LabTechnician);
    return (
        <section aria-labelledby="runs">
            <div className="section-head">
                <h2 id="runs">{text.sequencing.runs}</h2>
                {mayPlan && (
                    <a className="button" href={links.newRun}>
                        {text.sequencing.newRun}
                    </a>
                )}
            </div>
            <p className="hint">{text.sequencing.recentNote}</p>
            {runs.error !== undefined && <Problem error={runs.error} />}
            {runs.data && runs.data.length === 0 && <p>{text.sequencing.noRuns}</p>}
            {runs.data && runs.data.length > 0 && (
                <table className="links" aria-busy={runs.loading}>
                    <thead>
                        <tr>
                            <th scope="col">{text.sequencing.runColumns.name}</th>
                            <th scope="col">{text.sequencing.runColumns.platform}</th>
                            <th scope="col">{text.sequencing.runColumns.status}</th>
                            <th scope="col">{text.sequencing.runColumns.lanes}</th>
                            <th scope="col">{text.sequencing.runColumns.created}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {runs.data.map((run) => (
                            <tr key={run.id}>
                                <td>
                                    <a href={links.run(run.id)}>{run.name}</a>
                                </td>
                                <td>{wireWords(run.platform)}</td>
                                <td className={`status-${run.status}`}>{wireWords(run.status)}</td>
                                <td>{run.lanes.length}</td>
                                <td>{localTime(run.createdAt)}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    );
}

function Pools() {
    const pools = useLoad((client) => recentPools(client), []);
    useLive('sequencing.pool.*', pools.reload);
    const mayPool = useRoleAtLeast(Role.LabTechnician);
    return (
        <section aria-labelledby="pools">
            <div className="section-head">
                <h2 id="pools">{text.sequencing.pools}</h2>
                {mayPool && (
                    <a className="button" href={links.newPool}>
                        {text.sequencing.newPool}
                    </a>
                )}
            </div>
            {pools.error !== undefined && <Problem error={pools.error} />}
            {pools.data && pools.data.length === 0 && <p>{text.sequencing.noPools}</p>}
            {pools.data && pools.data.length > 0 && (
                <table className="links" aria-busy={pools.loading}>
                    <thead>
                        <tr>
                            <th scope="col">{text.sequencing.poolColumns.name}</th>
                            <th scope="col">{text.sequencing.poolColumns.libraries}</th>
                            <th scope="col">{text.sequencing.poolColumns.created}</th>
                            <th scope="col">{text.sequencing.poolColumns.by}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {pools.data.map((pool) => (
                            <tr key={pool.id}>
                                <td>
                                    <a href={links.pool(pool.id)}>{pool.name}</a>
                                </td>
                                <td>{pool.libraries}</td>
                                <td>{localTime(pool.createdAt)}</td>
                                <td>{pool.createdBy}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    );
}
