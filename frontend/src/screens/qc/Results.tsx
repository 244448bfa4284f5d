import type { Outcome as OutcomeValue, Result } from '@tracseq/client';
import { useAction } from '../../action';
import { Problem } from '../../Problem';
import { DataTable } from '../../Table';
import { localTime, text } from '../../text';
import { Outcome } from './Outcome';

/** One measurement as a list shows it, whether read from the result or from its events. */
export type ResultRow = {
    id: string;
    /** The barcode, or the id of what has none (a pool). */
    subject: string;
    metric: string;
    value: number;
    unit: string;
    outcome: OutcomeValue;
    verifications: number;
    verificationsRequired: number;
    verified: boolean;
    measuredBy?: string;
    measuredAt: Date;
};

export function resultRow(result: Result): ResultRow {
    return {
        id: result.id,
        subject: result.barcode ?? result.subjectId,
        metric: result.metric,
        value: result.value,
        unit: result.unit,
        outcome: result.outcome,
        verifications: result.verifications.length,
        verificationsRequired: result.verificationsRequired,
        verified: result.verified,
        measuredBy: result.measuredBy,
        measuredAt: result.measuredAt,
    };
}

/** Results with their outcome and verifications; one not yet verified can be verified here (QC-3). */
export function Results({ rows, label, onVerified }: { rows: ResultRow[]; label: string; onVerified: () => void }) {
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
            {rows.map((row) => (
                <tr key={row.id}>
                    <td>{row.subject}</td>
                    <td>{row.metric}</td>
                    <td>{text.qc.value(row.value, row.unit)}</td>
                    <td>
                        <Outcome outcome={row.outcome} />
                    </td>
                    <td>{text.qc.measured(localTime(row.measuredAt), row.measuredBy)}</td>
                    <td>{row.verified ? text.qc.verified : <Verify row={row} onVerified={onVerified} />}</td>
                </tr>
            ))}
        </DataTable>
    );
}

/** The server says whether this user may verify (QC-3: not the measurer); a refusal shows here. */
function Verify({ row, onVerified }: { row: ResultRow; onVerified: () => void }) {
    const verify = useAction((client) => client.qaqc.verifyResult({ id: row.id, verificationRequest: {} }));
    return (
        <div className="verify">
            <span>{text.qc.verifications(row.verifications, row.verificationsRequired)}</span>
            <button
                type="button"
                disabled={verify.working}
                aria-label={text.qc.verifyWhat(row.metric, row.subject)}
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
