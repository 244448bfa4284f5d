import type { Result } from '@tracseq/client';
import { useAction } from '../../action';
import { Problem } from '../../Problem';
import { DataTable } from '../../Table';
import { localTime, text } from '../../text';
import { Outcome } from './Outcome';

/** Results with their outcome and verifications; one not yet verified can be verified here (QC-3). */
export function Results({ results, label, onVerified }: { results: Result[]; label: string; onVerified: () => void }) {
    return (
        <DataTable
            label={label}
            columns={[
                text.qc.columns.subject,
                text.qc.columns.metric,
                text.qc.columns.value,
                text.qc.columns.outcome,
                text.qc.columns.measured,
                text.qc.columns.verifications,
            ]}
        >
            {results.map((result) => (
                <tr key={result.id}>
                    <td>{subjectOf(result)}</td>
                    <td>{result.metric}</td>
                    <td>{text.qc.value(result.value, result.unit)}</td>
                    <td>
                        <Outcome outcome={result.outcome} />
                    </td>
                    <td>{text.qc.measured(localTime(result.measuredAt), result.measuredBy)}</td>
                    <td>{result.verified ? text.qc.verified : <Verify result={result} onVerified={onVerified} />}</td>
                </tr>
            ))}
        </DataTable>
    );
}

/** The server says whether this user may verify (QC-3: not the measurer); a refusal shows here. */
function Verify({ result, onVerified }: { result: Result; onVerified: () => void }) {
    const verify = useAction((client) => client.qaqc.verifyResult({ id: result.id, verificationRequest: {} }));
    return (
        <div className="verify">
            <span>{text.qc.verifications(result.verifications.length, result.verificationsRequired)}</span>
            <button
                type="button"
                disabled={verify.working}
                aria-label={text.qc.verifyWhat(result.metric, subjectOf(result))}
                onClick={async () => {
                    if (await verify.run()) {
                        onVerified();
                    }
                }}
            >
                {text.qc.verify}
            </button>
            {verify.error !== undefined && <Problem error={verify.error} />}
        </div>
    );
}

/** The barcode, or the id of what has none (a pool). */
function subjectOf(result: Result): string {
    return result.barcode ?? result.subjectId;
}
