import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { localTime, text, wireWords } from '../../text';
import { LibraryIndexes } from './LibraryIndexes';

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
                    <LibraryIndexes
                        libraries={pool.data.libraries}
                        extra={[
                            { header: labels.volume, cell: (library) => library.volumeUl },
                            {
                                header: labels.qc,
                                cell: (library) => [wireWords(library.qc), ...library.qcReasons].join(' · '),
                                className: (library) => `qc-${library.qc}`,
                            },
                        ]}
                    />
                </>
            )}
        </>
    );
}
