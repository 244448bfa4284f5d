import type { Standing as StandingValue } from '@tracseq/client';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { text } from '../../text';
import { Standing } from './Outcome';
import { Results } from './Results';
import type { QcSubject } from './routes';

/** The QC of the one sample, library or pool the screen was opened for, kept current live. */
export function Subject({ subject }: { subject: QcSubject }) {
    switch (subject.kind) {
        case 'sample':
            return <SampleQc id={subject.id} />;
        case 'library':
            return <LibraryQc id={subject.id} />;
        case 'pool':
            return <PoolQc id={subject.id} />;
    }
}

function SampleQc({ id }: { id: string }) {
    const summary = useLoad((client) => client.qaqc.getSampleSummary({ sampleId: id }), [id]);
    useLive('qaqc.*', summary.reload);
    return (
        <section aria-labelledby="subject">
            <h2 id="subject">
                {text.qc.ofSample} <a href={links.sample(id)}>{summary.data?.barcode ?? id}</a>
            </h2>
            {summary.error !== undefined && <Problem error={summary.error} />}
            {summary.data && (
                <>
                    <p>
                        {text.qc.standingIs} <Standing standing={summary.data.standing} />
                    </p>
                    {summary.data.results.length === 0 ? (
                        <p>{text.qc.noResults}</p>
                    ) : (
                        <Results results={summary.data.results} label={text.qc.results} onVerified={summary.reload} />
                    )}
                </>
            )}
        </section>
    );
}

/** QC-4: a library's effective QC, with why it is not a pass. */
function LibraryQc({ id }: { id: string }) {
    const effective = useLoad((client) => client.qaqc.getEffectiveQc({ id: [id] }), [id]);
    useLive('qaqc.*', effective.reload);
    const qc = effective.data?.libraries[0];
    return (
        <section aria-labelledby="subject">
            <h2 id="subject">
                {text.qc.ofLibrary} <a href={links.library.library(id)}>{text.qc.theLibrary}</a>
            </h2>
            {effective.error !== undefined && <Problem error={effective.error} />}
            {effective.data && !qc && <p>{text.qc.notKnownYet}</p>}
            {qc && <Reasons standing={qc.effective} reasons={qc.reasons} />}
        </section>
    );
}

function PoolQc({ id }: { id: string }) {
    const pools = useLoad((client) => client.qaqc.getPoolQc({ id: [id] }), [id]);
    useLive('qaqc.*', pools.reload);
    const qc = pools.data?.pools[0];
    return (
        <section aria-labelledby="subject">
            <h2 id="subject">{text.qc.ofPool(qc?.name ?? id)}</h2>
            {pools.error !== undefined && <Problem error={pools.error} />}
            {pools.data && !qc && <p>{text.qc.notKnownYet}</p>}
            {qc && <Reasons standing={qc.standing} reasons={qc.reasons} />}
        </section>
    );
}

function Reasons({ standing, reasons }: { standing: StandingValue; reasons: string[] }) {
    return (
        <>
            <p>
                {text.qc.standingIs} <Standing standing={standing} />
            </p>
            {reasons.length > 0 && (
                <ul>
                    {reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                    ))}
                </ul>
            )}
        </>
    );
}
