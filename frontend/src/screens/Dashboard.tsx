import { useLive } from '../live';
import { Problem } from '../Problem';
import { links } from '../route';
import { useLoad } from '../session';
import { localTime, text, wireWords } from '../text';

/** The lab at a glance, from one aggregate call through the gateway. */
export function Dashboard() {
    const dashboard = useLoad((client) => client.gateway.getDashboard(), []);
    useLive('qaqc.result.*', dashboard.reload);
    useLive('sequencing.run.*', dashboard.reload);
    if (dashboard.error) {
        return <Problem error={dashboard.error} />;
    }
    if (!dashboard.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { samples, storage, qc, sequencing } = dashboard.data;
    return (
        <>
            <h1>{text.dashboard.title}</h1>
            <div className="cards">
                <section className="card" aria-labelledby="samples-by-status">
                    <h2 id="samples-by-status">{text.dashboard.samples}</h2>
                    {samples.data ? (
                        <>
                            <p>{text.dashboard.total(samples.data.total)}</p>
                            <dl className="counts">
                                {Object.entries(samples.data.byStatus).map(([status, count]) => (
                                    <div key={status} className={`status-${status}`}>
                                        <dt>{wireWords(status)}</dt>
                                        <dd>{count}</dd>
                                    </div>
                                ))}
                            </dl>
                        </>
                    ) : (
                        <p className="notice">{text.dashboard.unavailable(text.dashboard.samples, samples.detail)}</p>
                    )}
                </section>
                <section className="card" aria-labelledby="storage">
                    <h2 id="storage">{text.dashboard.storage}</h2>
                    {storage.data ? (
                        <>
                            <p className={storage.data.openAlerts > 0 ? 'warn' : undefined}>
                                {text.dashboard.openAlerts(storage.data.openAlerts)}
                            </p>
                            <h3>{text.dashboard.pastWarning}</h3>
                            {storage.data.unitsPastWarning.length === 0 ? (
                                <p>{text.dashboard.noneWarning}</p>
                            ) : (
                                <ul>
                                    {storage.data.unitsPastWarning.map((unit) => (
                                        <li key={unit.unitId} className={`capacity-${unit.capacityStatus}`}>
                                            {unit.name}: {text.dashboard.unitFill(unit.occupied, unit.capacity, unit.percent)}
                                        </li>
                                    ))}
                                </ul>
                            )}
                        </>
                    ) : (
                        <p className="notice">{text.dashboard.unavailable(text.dashboard.storage, storage.detail)}</p>
                    )}
                </section>
                <section className="card" aria-labelledby="qc-fails">
                    <h2 id="qc-fails">{text.dashboard.qc}</h2>
                    {qc.data ? (
                        qc.data.total === 0 ? (
                            <p>{text.dashboard.qcNone}</p>
                        ) : (
                            <>
                                <p className="warn">{text.dashboard.qcSince(localTime(qc.data.since), qc.data.total)}</p>
                                <ul className="qc-results">
                                    {qc.data.results.map((result) => (
                                        <li key={result.id}>
                                            <span className={`outcome outcome-${result.outcome}`}>{wireWords(result.outcome)}</span>{' '}
                                            {text.dashboard.qcResult(result.barcode ?? wireWords(result.subjectKind), result.metric, result.value, result.unit)}{' '}
                                            · <time dateTime={result.measuredAt.toISOString()}>{localTime(result.measuredAt)}</time> ·{' '}
                                            {result.verified ? text.dashboard.qcVerified : text.dashboard.qcUnverified}
                                        </li>
                                    ))}
                                </ul>
                            </>
                        )
                    ) : (
                        <p className="notice">{text.dashboard.unavailable(text.dashboard.qc, qc.detail)}</p>
                    )}
                </section>
                <section className="card" aria-labelledby="runs-in-progress">
                    <h2 id="runs-in-progress">{text.dashboard.runs}</h2>
                    {sequencing.data ? (
                        sequencing.data.runs.length === 0 ? (
                            <p>{text.dashboard.runsNone}</p>
                        ) : (
                            <ul className="links">
                                {sequencing.data.runs.map((run) => (
                                    <li key={run.id}>
                                        <a href={links.run(run.id)}>{run.name}</a>{' '}
                                        <span className={`status-${run.status}`}>{wireWords(run.status)}</span>{' '}
                                        {text.dashboard.runOn(run.instrumentName)}
                                    </li>
                                ))}
                            </ul>
                        )
                    ) : (
                        <p className="notice">{text.dashboard.unavailable(text.dashboard.runs, sequencing.detail)}</p>
                    )}
                </section>
            </div>
        </>
    );
}
