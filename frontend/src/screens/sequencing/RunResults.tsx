import { type DemultiplexReport, Role, type Run, TracSeqProblem } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad, useSession } from '../../session';
import { localTime, text } from '../../text';
import { DataTable } from '../../Table';

const labels = text.sequencing.results;

/** A report not made yet answers 404: nothing to show, not a failure. */
async function unlessAbsent<T>(load: Promise<T>): Promise<T | undefined> {
    try {
        return await load;
    } catch (error) {
        if (error instanceof TracSeqProblem && error.status === 404) {
            return undefined;
        }
        throw error;
    }
}

/** After the instrument: its run summary per lane, and demultiplexing's reads per sample and undetermined share. */
export function RunResults({ run }: { run: Run }) {
    const results = useLoad(
        async (client) => {
            const [summary, demultiplexing] = await Promise.all([
                unlessAbsent(client.sequencing.getRunSummary({ runId: run.id })),
                unlessAbsent(client.sequencing.getDemultiplexing({ runId: run.id })),
            ]);
            return { summary, demultiplexing };
        },
        [run.id],
    );
    useLive('sequencing.*', results.reload, run.id);
    const mayImport = useRoleAtLeast(Role.LabTechnician);
    if (results.error !== undefined) {
        return <Problem error={results.error} />;
    }
    if (!results.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { summary, demultiplexing } = results.data;
    return (
        <>
            <section aria-labelledby="summary">
                <h2 id="summary">{labels.summary}</h2>
                {!summary && <p>{labels.noSummary}</p>}
                {summary && (
                    <>
                        <p className="hint">{labels.imported(summary.importedBy, localTime(summary.importedAt))}</p>
                        <DataTable columns={[labels.summaryColumns.lane, labels.summaryColumns.yield, labels.summaryColumns.q30, labels.summaryColumns.pf, labels.summaryColumns.density]}>
                            {summary.lanes.map((lane) => (
                                <tr key={lane.lane}>
                                    <td>{lane.lane}</td>
                                    <td>{lane.yieldGb}</td>
                                    <td>{lane.percentQ30}</td>
                                    <td>{lane.percentPf}</td>
                                    <td>{lane.clusterDensityKPerMm2}</td>
                                </tr>
                            ))}
                        </DataTable>
                    </>
                )}
            </section>
            <section aria-labelledby="demultiplexing">
                <h2 id="demultiplexing">{labels.demultiplexing}</h2>
                {demultiplexing ? <Demultiplexing report={demultiplexing} /> : <p>{labels.noDemultiplexing}</p>}
                {mayImport && <ImportDemultiplexing run={run} imported={results.reload} />}
            </section>
        </>
    );
}

/** A lane's reads count its undetermined ones too, so what its libraries do not take is undetermined. */
function undeterminedShares(report: DemultiplexReport): Map<number, number> {
    const assigned = new Map<number, number>();
    report.libraries.forEach((library) => assigned.set(library.lane, (assigned.get(library.lane) ?? 0) + library.observedFraction));
    return new Map([...assigned].map(([lane, fraction]) => [lane, Math.max(0, 1 - fraction)]));
}

function Demultiplexing({ report }: { report: DemultiplexReport }) {
    const columns = labels.readsColumns;
    return (
        <>
            <p className="hint">
                {labels.imported(report.importedBy, localTime(report.importedAt))} · {labels.sheetVersion(report.sheetVersion)}
            </p>
            <ul>
                {[...undeterminedShares(report)].map(([lane, share]) => (
                    <li key={lane}>{labels.undetermined(lane, (share * 100).toFixed(1))}</li>
                ))}
            </ul>
            <DataTable columns={[columns.lane, columns.sample, columns.reads, columns.observed, columns.expected, columns.flag]}>
                {report.libraries.map((library) => (
                    <tr key={`${library.lane}-${library.sampleId}`} className={library.underHalf ? 'warn' : undefined}>
                        <td>{library.lane}</td>
                        <td>{library.sampleId}</td>
                        <td>{library.reads.toLocaleString()}</td>
                        <td>{text.sequencing.percent(library.observedFraction)}</td>
                        <td>{text.sequencing.percent(library.expectedFraction)}</td>
                        <td>{library.underHalf ? labels.underHalf : ''}</td>
                    </tr>
                ))}
            </DataTable>
            {report.unknownBarcodes.length > 0 && (
                <>
                    <h3>{labels.unknown}</h3>
                    <DataTable columns={[labels.unknownColumns.lane, labels.unknownColumns.index, labels.unknownColumns.index2, labels.unknownColumns.reads, labels.unknownColumns.known, labels.unknownColumns.explanation]}>
                        {report.unknownBarcodes.map((unknown) => (
                            <tr key={`${unknown.lane}-${unknown.index}-${unknown.index2 ?? ''}`}>
                                <td>{unknown.lane}</td>
                                <td className="sequence">{unknown.index}</td>
                                <td className="sequence">{unknown.index2}</td>
                                <td>{unknown.reads.toLocaleString()}</td>
                                <td>{unknown.knownIndex && `${unknown.knownIndex} (${unknown.knownIndexKit ?? ''})`}</td>
                                <td>{unknown.explanation}</td>
                            </tr>
                        ))}
                    </DataTable>
                </>
            )}
        </>
    );
}

/** BCL Convert's report files, read in the browser and sent as their text; the import can take a while. */
function ImportDemultiplexing({ run, imported }: { run: Run; imported: () => void }) {
    const { session } = useSession();
    const [stats, setStats] = useState<File>();
    const [unknown, setUnknown] = useState<File>();
    const [working, setWorking] = useState(false);
    const [error, setError] = useState<unknown>();

    async function submit(event: FormEvent) {
        event.preventDefault();
        if (!stats) {
            return;
        }
        setWorking(true);
        setError(undefined);
        try {
            await session.client.sequencing.importDemultiplexing({
                runId: run.id,
                demultiplexImport: { demultiplexStats: await stats.text(), topUnknownBarcodes: unknown && (await unknown.text()) },
            });
            imported();
        } catch (e) {
            setError(e);
        } finally {
            setWorking(false);
        }
    }

    return (
        <form className="inline-form" onSubmit={submit} aria-labelledby="import-demultiplexing" aria-busy={working}>
            <h3 id="import-demultiplexing">{labels.importTitle}</h3>
            <label>
                {labels.statsFile}
                <input type="file" accept=".csv,text/csv" required onChange={(e) => setStats(e.target.files?.[0])} />
            </label>
            <label>
                {labels.unknownFile}
                <input type="file" accept=".csv,text/csv" onChange={(e) => setUnknown(e.target.files?.[0])} />
            </label>
            <button type="submit" disabled={working || !stats}>
                {working ? labels.importing : labels.import}
            </button>
            {working && <progress aria-label={labels.importing} />}
            {error !== undefined && <Problem error={error} />}
        </form>
    );
}
