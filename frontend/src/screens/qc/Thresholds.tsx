import { type Definition, Role } from '@tracseq/client';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { links } from '../../route';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { DefinitionForm } from './DefinitionForm';

/** The metric definitions in force (QC-1, seeded with QC-2's defaults); administrators define new ones. */
export function Thresholds() {
    const mayDefine = useRoleAtLeast(Role.LabAdministrator);
    const definitions = useLoad((client) => client.qaqc.listDefinitions(), []);
    useLive('qaqc.threshold.changed', definitions.reload);
    return (
        <>
            <p>
                <a href={links.qc.home}>{text.qc.back}</a>
            </p>
            <h1>{text.qc.thresholds}</h1>
            {definitions.error !== undefined && <Problem error={definitions.error} />}
            {definitions.data && <Definitions definitions={definitions.data.items} linked />}
            {mayDefine && (
                <section aria-labelledby="define">
                    <h2 id="define">{text.qc.definition.newTitle}</h2>
                    <DefinitionForm onSaved={definitions.reload} />
                </section>
            )}
        </>
    );
}

/** Definitions with their ranges as a lab reads them; `linked` leads each to its versions. */
export function Definitions({ definitions, linked = false }: { definitions: Definition[]; linked?: boolean }) {
    const q = text.qc.definition;
    return (
        <DataTable
            label={text.qc.thresholds}
            columns={[
                q.metric,
                q.appliesTo,
                q.version,
                q.passRange,
                q.warnShoulder,
                q.panic,
                q.verificationsRequired,
                q.changed,
            ]}
        >
            {definitions.map((d) => (
                <tr key={d.id}>
                    <th scope="row">
                        {linked ? <a href={links.qc.threshold(d.metric, d.appliesTo)}>{d.label ?? d.metric}</a> : (d.label ?? d.metric)}
                    </th>
                    <td>{wireWords(d.appliesTo)}</td>
                    <td>{d.version}</td>
                    <td>{q.range(d)}</td>
                    <td>{d.warnShoulder === undefined ? q.no : text.qc.value(d.warnShoulder, d.unit)}</td>
                    <td>{q.panicRange(d)}</td>
                    <td>{d.verificationsRequired}</td>
                    <td>
                        {q.changedBy(localTime(d.createdAt), d.createdBy)}
                        {d.reason && <span className="hint"> · {d.reason}</span>}
                    </td>
                </tr>
            ))}
        </DataTable>
    );
}
