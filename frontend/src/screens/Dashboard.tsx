import { Problem } from '../Problem';
import { useLoad } from '../session';
import { text, wireWords } from '../text';

/** The lab at a glance, from one aggregate call through the gateway. */
export function Dashboard() {
    const dashboard = useLoad((client) => client.gateway.getDashboard(), []);
    if (dashboard.error) {
        return <Problem error={dashboard.error} />;
    }
    if (!dashboard.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { samples, storage } = dashboard.data;
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
            </div>
        </>
    );
}
