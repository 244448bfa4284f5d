import { type Sample, type SampleBatchResult, TracSeqProblem } from '@tracseq/client';
import { useMemo, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome } from '../../ActionOutcome';
import { newIdempotencyKey } from '../../idempotency';
import { links } from '../../route';
import { DataTable } from '../../Table';
import { text } from '../../text';
import { type Column, columns, parsePasted, type PastedRow } from './sampleRows';

type RowOutcome = { created?: Sample; problems: string[] };

/** `samples[3].type` → 3: the row a batch refusal's field error is about (SM-4). */
const ROW_FIELD = /^samples\[(\d+)\]\.?(.*)$/;

/** What became of each row sent, from a created batch (all rows, or the valid ones when not atomic). */
function fromResult(rows: PastedRow[], result: SampleBatchResult): RowOutcome[] {
    const refused = new Map(result.rejected.map((report) => [report.row, report.errors.map((e) => `${e.field}: ${e.message}`)]));
    // The created samples come in row order, the refused rows left out.
    const created = [...result.created];
    return rows.map((_, index) => (refused.has(index) ? { problems: refused.get(index)! } : { created: created.shift(), problems: [] }));
}

/** What became of each row when an all-or-nothing batch was refused: its own problems, or none created. */
function fromRefusal(rows: PastedRow[], problem: TracSeqProblem): RowOutcome[] {
    const outcomes: RowOutcome[] = rows.map(() => ({ problems: [] }));
    for (const error of problem.errors) {
        const match = ROW_FIELD.exec(error.field);
        if (match && outcomes[Number(match[1])]) {
            outcomes[Number(match[1])].problems.push(match[2] ? `${match[2]}: ${error.message}` : error.message);
        }
    }
    return outcomes.map((outcome) => (outcome.problems.length ? outcome : { problems: [text.batch.notSent] }));
}

/** Samples registered from rows pasted out of a spreadsheet, previewed with their problems, reported per row. */
export function BatchRegister() {
    const [pasted, setPasted] = useState('');
    const [atomic, setAtomic] = useState(true);
    const [outcomes, setOutcomes] = useState<RowOutcome[]>();
    const parsed = useMemo(() => parsePasted(pasted), [pasted]);
    // The same rows sent again (after a lost answer) carry the same key; an edit or a new paste, a new
    // one even for the same rows (so not `useIdempotencyKey`, which keys by the body).
    const requestKey = useMemo(newIdempotencyKey, [pasted, atomic]);
    const sending = useAction(async (client, rows: PastedRow[], atomic: boolean, idempotencyKey: string) => {
        try {
            return await client.samples.createSampleBatch({ sampleBatchCreate: { samples: rows.map((row) => row.sample!), atomic }, idempotencyKey });
        } catch (e) {
            // A refusal about rows goes in the report too; the problem itself shows above it.
            if (e instanceof TracSeqProblem && e.errors.some((field) => ROW_FIELD.test(field.field))) {
                setOutcomes(fromRefusal(rows, e));
            }
            throw e;
        }
    });
    // Only the columns the header named: a narrow preview on a tablet.
    const named = columns.filter((column) => parsed.rows.some((row) => row.cells[column] !== undefined));
    const withProblems = parsed.rows.filter((row) => row.problems.length > 0).length;
    const ready = parsed.rows.length > 0 && withProblems === 0;

    async function send() {
        setOutcomes(undefined);
        const rows = parsed.rows;
        const result = await sending.run(rows, atomic, requestKey);
        if (result) {
            setOutcomes(fromResult(rows, result));
        }
    }

    return (
        <>
            <p>
                <a href={links.samples}>{text.sample.back}</a>
            </p>
            <h1>{text.batch.title}</h1>
            <p id="paste-how-to" className="hint">
                {text.batch.howTo(columns.join(', '))}
            </p>
            <label>
                {text.batch.paste}
                <textarea
                    className="paste"
                    rows={8}
                    spellCheck={false}
                    aria-describedby="paste-how-to"
                    value={pasted}
                    onChange={(e) => {
                        setPasted(e.target.value);
                        setOutcomes(undefined);
                    }}
                />
            </label>
            {parsed.problems.length > 0 && (
                <ul className="notice">
                    {parsed.problems.map((problem) => (
                        <li key={problem}>{problem}</li>
                    ))}
                </ul>
            )}
            {parsed.rows.length > 0 && (
                <section aria-labelledby="batch-rows">
                    <h2 id="batch-rows">{outcomes ? text.batch.report : text.batch.preview}</h2>
                    <p role="status">
                        {outcomes
                            ? text.batch.summary(outcomes.filter((o) => o.created).length, outcomes.filter((o) => !o.created).length)
                            : text.batch.rowCount(parsed.rows.length, withProblems)}
                    </p>
                    <DataTable
                        columns={[text.batch.row, ...named.map((column) => text.register.fields[column]), outcomes ? text.batch.result : text.batch.problems]}
                    >
                        {parsed.rows.map((row, index) => (
                            <BatchRow key={row.line} row={row} shown={named} outcome={outcomes?.[index]} />
                        ))}
                    </DataTable>
                </section>
            )}
            <ActionOutcome action={sending} />
            <div className="toolbar">
                <label className="check">
                    <input type="checkbox" checked={atomic} onChange={(e) => setAtomic(e.target.checked)} />
                    {text.batch.atomic}
                </label>
                <button type="button" disabled={!ready || sending.working || outcomes !== undefined} onClick={send}>
                    {text.batch.send(parsed.rows.length)}
                </button>
            </div>
            {sending.working && (
                <p role="status" className="progress">
                    <progress aria-label={text.batch.sending(parsed.rows.length)} />
                    {text.batch.sending(parsed.rows.length)}
                </p>
            )}
        </>
    );
}

function BatchRow({ row, shown, outcome }: { row: PastedRow; shown: Column[]; outcome?: RowOutcome }) {
    const problems = outcome ? outcome.problems : row.problems;
    return (
        <tr className={problems.length > 0 ? 'has-problems' : undefined}>
            <th scope="row">{row.line}</th>
            {shown.map((column) => (
                <td key={column}>{row.cells[column]}</td>
            ))}
            <td>
                {outcome?.created ? (
                    <a className="barcode" href={links.sample(outcome.created.id)}>
                        {outcome.created.barcode}
                    </a>
                ) : problems.length > 0 ? (
                    <ul className="row-problems">
                        {problems.map((problem) => (
                            <li key={problem}>{problem}</li>
                        ))}
                    </ul>
                ) : (
                    text.batch.ok
                )}
            </td>
        </tr>
    );
}
