import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { localTime, text, wireWords } from '../../text';

/** One pool: its targets, its libraries with their indexes, volumes and recorded QC, and its own QC. */
export function PoolDetail({ id }: { id: string }) {
    const pool = useLoad((client) => client.sequencing.getPool({ poolId: id }), [id]);
    const labels = text.sequencing.pool;
    return (
        <>
            <p>
                <a href={links.sequencing}>{text.sequencing.back}</a>
            </p>
            {pool.error !== undefined && <Problem error={pool.error} />}
            {pool.data && (
                <>
                    <h1>
                        {labels.detail} {pool.data.name}
                    </h1>
                    <dl className="fields">
                        <dt>{labels.fields.molarity}</dt>
                        <dd>{labels.nanomolar(pool.data.targetMolarityNm)}</dd>
                        <dt>{labels.fields.volume}</dt>
                        <dd>{labels.microlitres(pool.data.targetVolumeUl)}</dd>
                        <dt>{labels.fields.buffer}</dt>
                        <dd>{labels.microlitres(pool.data.bufferUl)}</dd>
                        <dt>{labels.fields.ownQc}</dt>
                        <dd className={pool.data.ownQc ? `qc-${pool.data.ownQc.standing}` : undefined}>
                            {pool.data.ownQc
                                ? [wireWords(pool.data.ownQc.standing), ...pool.data.ownQc.reasons].join(' · ')
                                : labels.qcUnknown}
                        </dd>
                        <dt>{labels.fields.by}</dt>
                        <dd>{pool.data.createdBy}</dd>
                        <dt>{labels.fields.at}</dt>
                        <dd>{localTime(pool.data.createdAt)}</dd>
                    </dl>
                    {pool.data.qcOverride && (
                        <p className="notice">
                            {labels.override(pool.data.qcOverride.reason, pool.data.qcOverride.by, localTime(pool.data.qcOverride.at))}
                        </p>
                    )}
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{labels.libraryColumns.name}</th>
                                <th scope="col">{labels.libraryColumns.i7}</th>
                                <th scope="col">{labels.libraryColumns.i5}</th>
                                <th scope="col">{labels.libraryColumns.share}</th>
                                <th scope="col">{labels.libraryColumns.volume}</th>
                                <th scope="col">{labels.libraryColumns.qc}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {pool.data.libraries.map((library) => (
                                <tr key={library.libraryId}>
                                    <td>{library.name}</td>
                                    <td className="sequence">
                                        {library.i7Name} {library.i7}
                                    </td>
                                    <td className="sequence">
                                        {library.i5Name} {library.i5}
                                    </td>
                                    <td>{text.sequencing.percent(library.shareFraction)}</td>
                                    <td>{library.volumeUl}</td>
                                    <td className={`qc-${library.qc}`}>{[wireWords(library.qc), ...library.qcReasons].join(' · ')}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </>
            )}
        </>
    );
}
