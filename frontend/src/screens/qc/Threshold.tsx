import { type AppliesTo, Role } from '@tracseq/client';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { links } from '../../route';
import { useLoad } from '../../session';
import { text, wireWords } from '../../text';
import { DefinitionForm } from './DefinitionForm';
import { Definitions } from './Thresholds';

/** One metric's definition for one kind of subject: every version, newest first, and (administrators) a change. */
export function Threshold({ metric, appliesTo }: { metric: string; appliesTo: AppliesTo }) {
    const mayChange = useRoleAtLeast(Role.LabAdministrator);
    const versions = useLoad((client) => client.qaqc.listDefinitionVersions({ metric, appliesTo }), [metric, appliesTo]);
    useLive('qaqc.threshold.changed', versions.reload);
    const current = versions.data?.items[0];
    return (
        <>
            <p>
                <a href={links.qc.thresholds}>{text.qc.thresholds}</a>
            </p>
            <h1>{text.qc.definition.title(current?.label ?? metric, wireWords(appliesTo))}</h1>
            {versions.error !== undefined && <Problem error={versions.error} />}
            {versions.data && <Definitions definitions={versions.data.items} />}
            {current && mayChange && (
                <section aria-labelledby="change">
                    <h2 id="change">{text.qc.definition.changeTitle}</h2>
                    {/* Keyed by version: a new version in force starts the form from it. */}
                    <DefinitionForm key={current.id} current={current} onSaved={versions.reload} />
                </section>
            )}
        </>
    );
}
