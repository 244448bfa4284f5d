import { Role } from '@tracseq/client';
import { useRoleAtLeast } from '../../roles';
import { text } from '../../text';
import { useStorageChanges } from './changes';
import { LocationTree } from './LocationTree';
import { NewLocation } from './NewLocation';
import { OpenAlerts } from './Sensors';

/** Storage at a glance: the open temperature alerts, and the hierarchy from the facilities down. */
export function StorageHome() {
    const mayArrange = useRoleAtLeast(Role.PrincipalInvestigator);
    const changes = useStorageChanges();
    return (
        <>
            <h1>{text.storage.title}</h1>
            <OpenAlerts changes={changes} />
            <section aria-labelledby="hierarchy">
                <h2 id="hierarchy">{text.storage.hierarchy}</h2>
                <LocationTree label={text.storage.tree} changes={changes} />
            </section>
            {mayArrange && <NewLocation />}
        </>
    );
}
