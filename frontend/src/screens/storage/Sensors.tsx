import { type Reading, Role } from '@tracseq/client';
import { useId } from 'react';
import { useAction } from '../../action';
import { ActionOutcome } from '../../ActionOutcome';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad } from '../../session';
import { localTime, text } from '../../text';
import { storageLinks } from './routes';

// A day of quarter-hourly readings.
const READINGS_SHOWN = 96;
const CHART = { width: 600, height: 80, margin: 6 };

/** The readings as a line, oldest on the left; out-of-range readings are marked on it. */
function Sparkline({ readings }: { readings: Reading[] }) {
    const captionId = useId();
    const ordered = [...readings].reverse();
    const temperatures = ordered.map((reading) => reading.temperature);
    const lowest = Math.min(...temperatures);
    const highest = Math.max(...temperatures);
    const spread = highest - lowest || 1;
    const x = (index: number) => CHART.margin + (index * (CHART.width - 2 * CHART.margin)) / Math.max(1, ordered.length - 1);
    const y = (temperature: number) => CHART.margin + ((highest - temperature) * (CHART.height - 2 * CHART.margin)) / spread;
    return (
        <figure className="sparkline">
            <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={captionId}>
                <polyline points={ordered.map((reading, index) => `${x(index)},${y(reading.temperature)}`).join(' ')} />
                {ordered.map(
                    (reading, index) =>
                        !reading.withinRange && <circle key={reading.id} cx={x(index)} cy={y(reading.temperature)} r={4} className="out-of-range" />,
                )}
            </svg>
            <figcaption id={captionId}>{text.storage.sensors.chart(ordered.length, lowest, highest, temperatures[temperatures.length - 1])}</figcaption>
        </figure>
    );
}

/** A storage unit's temperature (ST-9): the recent readings drawn, and each one in a table. */
export function Readings({ unitId, changes }: { unitId: string; changes: number }) {
    const readings = useLoad((client) => client.storage.listReadings({ locationId: unitId, size: READINGS_SHOWN }), [unitId, changes]);
    const headingId = useId();
    const columns = text.storage.sensors.columns;
    return (
        <section aria-labelledby={headingId} className="readings">
            <h2 id={headingId}>{text.storage.sensors.readings}</h2>
            {readings.error !== undefined && <Problem error={readings.error} />}
            {readings.data?.items.length === 0 && <p>{text.storage.sensors.none}</p>}
            {readings.data && readings.data.items.length > 0 && (
                <>
                    <Sparkline readings={readings.data.items} />
                    <details>
                        <summary>{text.storage.sensors.all}</summary>
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{columns.at}</th>
                                    <th scope="col">{columns.temperature}</th>
                                    <th scope="col">{columns.sensor}</th>
                                    <th scope="col">{columns.range}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {readings.data.items.map((reading) => (
                                    <tr key={reading.id}>
                                        <td>{localTime(reading.measuredAt)}</td>
                                        <td>{text.storage.sensors.degrees(reading.temperature)}</td>
                                        <td>{reading.sensorId}</td>
                                        <td className={reading.withinRange ? undefined : 'warn'}>
                                            {reading.withinRange ? text.storage.sensors.inRange : text.storage.sensors.outOfRange}
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    </details>
                </>
            )}
        </section>
    );
}

/** Every open temperature alert (ST-9), each acknowledged where it is listed. */
export function OpenAlerts({ changes }: { changes: number }) {
    const mayAcknowledge = useRoleAtLeast(Role.LabTechnician);
    const alerts = useLoad((client) => client.storage.listAlerts({ state: 'open', size: 100 }), [changes]);
    const acknowledge = useAction((client, alertId: string) => client.storage.acknowledgeAlert({ alertId, custodyNote: {} }));
    const headingId = useId();

    async function acknowledgeAlert(alertId: string) {
        if (await acknowledge.run(alertId)) {
            alerts.reload();
        }
    }

    return (
        <section aria-labelledby={headingId} className="card">
            <h2 id={headingId}>{text.storage.sensors.alerts}</h2>
            {alerts.error !== undefined && <Problem error={alerts.error} />}
            <ActionOutcome action={acknowledge} />
            {alerts.data?.items.length === 0 && <p>{text.storage.sensors.noAlerts}</p>}
            <ul className="alerts">
                {alerts.data?.items.map((alert) => (
                    <li key={alert.id} className="warn">
                        <a href={storageLinks.location(alert.unitId)}>{alert.unitName ?? alert.unitId}</a>{' '}
                        {text.storage.sensors.alert(
                            text.storage.sensors.kinds[alert.kind],
                            alert.firstTemperature,
                            alert.lastTemperature,
                            alert.minimum,
                            alert.maximum,
                            alert.readings,
                        )}{' '}
                        {text.storage.sensors.raised(localTime(alert.raisedAt))}
                        {mayAcknowledge && (
                            <button
                                type="button"
                                disabled={acknowledge.working}
                                aria-label={text.storage.sensors.acknowledgeAlert(alert.unitName ?? alert.unitId)}
                                onClick={() => acknowledgeAlert(alert.id)}
                            >
                                {text.storage.sensors.acknowledge}
                            </button>
                        )}
                    </li>
                ))}
            </ul>
        </section>
    );
}
