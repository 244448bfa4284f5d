import { type Platform, Role, type Run, type SheetVersionCode } from '@tracseq/client';
import { useState } from 'react';
import { DownloadLink } from '../../Download';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad, useSession } from '../../session';
import { localTime, text } from '../../text';
import { DataTable } from '../../Table';

const labels = text.sequencing.sheets;

/**
 * The run's sample sheets (SS-1..3): generated from its lanes, each version kept as made; one is
 * shown as its text and offered as SampleSheet.csv.
 */
export function SampleSheets({ run, platform, lanesPass }: { run: Run; platform: Platform; lanesPass: boolean }) {
    const { session } = useSession();
    const sheets = useLoad((client) => client.sequencing.listSampleSheets({ runId: run.id }), [run.id]);
    useLive('sequencing.sheet.*', sheets.reload, run.id);
    const mayGenerate = useRoleAtLeast(Role.LabTechnician);
    const [sheetVersion, setSheetVersion] = useState<SheetVersionCode>(platform.defaultSheetVersion);
    const [overrideReason, setOverrideReason] = useState('');
    const [generating, setGenerating] = useState(false);
    const [error, setError] = useState<unknown>();
    const [shown, setShown] = useState<{ version: number; content?: string; error?: unknown }>();

    async function show(version: number) {
        setShown({ version });
        try {
            const content = await session.client.sequencing.downloadSampleSheet({ runId: run.id, version });
            setShown({ version, content });
        } catch (e) {
            setShown({ version, error: e });
        }
    }

    async function generate() {
        setGenerating(true);
        setError(undefined);
        try {
            const sheet = await session.client.sequencing.generateSampleSheet({
                runId: run.id,
                sampleSheetRequest: { sheetVersion, override: !lanesPass && overrideReason.trim() ? { reason: overrideReason.trim() } : undefined },
            });
            setOverrideReason('');
            sheets.reload();
            await show(sheet.version);
        } catch (e) {
            setError(e);
        } finally {
            setGenerating(false);
        }
    }

    return (
        <section aria-labelledby="sheets">
            <h2 id="sheets">{labels.title}</h2>
            {mayGenerate && (
                <div className="inline-form" aria-busy={generating}>
                    <label>
                        {labels.version}
                        <select value={sheetVersion} onChange={(e) => setSheetVersion(e.target.value as SheetVersionCode)}>
                            {platform.sheetVersions.map((version) => (
                                <option key={version} value={version}>
                                    {version}
                                </option>
                            ))}
                        </select>
                    </label>
                    {!lanesPass && (
                        <label className="wide">
                            {labels.overrideReason}
                            <input value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
                        </label>
                    )}
                    <button type="button" disabled={generating} onClick={() => void generate()}>
                        {generating ? labels.generating : labels.generate}
                    </button>
                    {generating && <progress aria-label={labels.generating} />}
                </div>
            )}
            {error !== undefined && <Problem error={error} />}
            {sheets.error !== undefined && <Problem error={sheets.error} />}
            {sheets.data && sheets.data.items.length === 0 && <p>{labels.none}</p>}
            {sheets.data && sheets.data.items.length > 0 && (
                <DataTable columns={[labels.columns.version, labels.columns.format, labels.columns.lanes, labels.columns.by, labels.columns.at, labels.columns.show]}>
                    {sheets.data.items.map((sheet) => (
                        <tr key={sheet.version}>
                            <td>{sheet.version}</td>
                            <td>{sheet.sheetVersion}</td>
                            <td>{sheet.override ? labels.lanesOverridden(sheet.override.reason) : labels.lanesPassed}</td>
                            <td>{sheet.createdBy}</td>
                            <td>{localTime(sheet.createdAt)}</td>
                            <td>
                                <button type="button" onClick={() => void show(sheet.version)}>
                                    {labels.show(sheet.version)}
                                </button>
                            </td>
                        </tr>
                    ))}
                </DataTable>
            )}
            {shown && (
                <figure className="sheet" aria-labelledby="sheet-preview" aria-busy={shown.content === undefined && shown.error === undefined}>
                    <figcaption id="sheet-preview">{labels.preview(shown.version)}</figcaption>
                    {shown.error !== undefined && <Problem error={shown.error} />}
                    {shown.content !== undefined && (
                        <>
                            <DownloadLink content={shown.content} type="text/csv" filename="SampleSheet.csv">
                                {labels.download(shown.version)}
                            </DownloadLink>
                            <pre tabIndex={0}>{shown.content}</pre>
                        </>
                    )}
                </figure>
            )}
        </section>
    );
}
