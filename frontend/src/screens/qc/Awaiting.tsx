import { useState } from 'react';
import { useLive } from '../../live';
import { Pager } from '../../Pager';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Results } from './Results';

const PAGE_SIZE = 50;

/**
 * What a second person should look at: every result still short of its verifications (QC-3),
 * recorded one by one or imported from an instrument file, newest first, kept current live.
 */
export function Awaiting() {
    const [page, setPage] = useState(0);
    const awaiting = useLoad((client) => client.qaqc.listResults({ awaitingVerification: true, page, size: PAGE_SIZE }), [page]);
    useLive('qaqc.result.*', awaiting.reload);
    // An instrument file announces its results in one event, not one per result.
    useLive('qaqc.import.recorded', awaiting.reload);
    return (
        <section aria-labelledby="awaiting">
            <h2 id="awaiting">{text.qc.awaiting}</h2>
            <p className="hint">{text.qc.awaitingHint}</p>
            {awaiting.error !== undefined && <Problem error={awaiting.error} />}
            {awaiting.data &&
                (awaiting.data.total === 0 ? (
                    <p>{text.qc.noneAwaiting}</p>
                ) : (
                    <>
                        <Results results={awaiting.data.items} label={text.qc.awaiting} onVerified={awaiting.reload} />
                        <Pager page={page} size={PAGE_SIZE} total={awaiting.data.total} label={text.qc.awaiting} onPage={setPage} />
                    </>
                ))}
        </section>
    );
}
