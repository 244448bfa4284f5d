import { LocationKind, Role } from '@tracseq/client';
import { ConfirmButton } from '../../Confirm';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad, useSession } from '../../session';
import { localTime, text } from '../../text';
import { BoxGrid } from './BoxGrid';
import { Capacity } from './Capacity';
import { useStorageChanges } from './changes';
import { CustodyLog } from './CustodyLog';
import { storageUnits } from './kinds';
import { LocationTree } from './LocationTree';
import { NewLocation } from './NewLocation';
import { Readings } from './Sensors';
import { storageLinks } from './routes';

/**
 * One location: where it is, how full, and by kind what it holds: a box its grid, anything else
 * the locations inside it; a storage unit its temperature; every location its custody events.
 */
export function LocationPage({ id }: { id: string }) {
    const { session } = useSession();
    const mayArrange = useRoleAtLeast(Role.PrincipalInvestigator);
    const changes = useStorageChanges();
    const found = useLoad((client) => client.storage.getLocation({ locationId: id }), [id, changes]);
    if (found.error !== undefined) {
        return <Problem error={found.error} />;
    }
    if (!found.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const location = found.data;
    const box = location.kind === LocationKind.Box;
    const fields = text.storage.location;
    const above = location.path.filter((step) => step.id !== location.id);

    return (
        <>
            <nav aria-label={text.storage.path} className="breadcrumb">
                <a href={storageLinks.home}>{text.storage.title}</a>
                {above.map((step) => (
                    <a key={step.id} href={storageLinks.location(step.id)}>
                        {step.name}
                    </a>
                ))}
            </nav>
            <h1>{location.name}</h1>
            <dl className="fields">
                <dt>{fields.kind}</dt>
                <dd>{text.storage.kinds[location.kind]}</dd>
                {location.zone && (
                    <>
                        <dt>{fields.zone}</dt>
                        <dd className="zone">{text.storage.zones[location.zone]}</dd>
                    </>
                )}
                <dt>{fields.capacity}</dt>
                <dd>
                    <Capacity location={location} />
                </dd>
                {box && location.rows !== undefined && location.columns !== undefined && (
                    <>
                        <dt>{fields.geometry}</dt>
                        <dd>{fields.rowsByColumns(location.rows, location.columns)}</dd>
                    </>
                )}
                <dt>{fields.created}</dt>
                <dd>
                    {localTime(location.createdAt)} · {location.createdBy}
                </dd>
            </dl>
            {mayArrange && (
                <ConfirmButton
                    label={fields.delete}
                    consequence={fields.deleteConsequence(location.name)}
                    onConfirm={async () => {
                        await session.client.storage.deleteLocation({ locationId: id });
                        window.location.hash = location.parentId ? storageLinks.location(location.parentId) : storageLinks.home;
                    }}
                />
            )}
            {box ? (
                <BoxGrid boxId={id} changes={changes} />
            ) : (
                <section aria-labelledby="inside">
                    <h2 id="inside">{text.storage.inside}</h2>
                    <LocationTree parentId={id} label={text.storage.inside} changes={changes} />
                    {mayArrange && <NewLocation parent={location} />}
                </section>
            )}
            {storageUnits.includes(location.kind) && <Readings unitId={id} changes={changes} />}
            <section aria-labelledby="location-custody">
                <h2 id="location-custody">{fields.custody}</h2>
                <CustodyLog
                    load={(client, page, size) => client.storage.getLocationCustody({ locationId: id, page, size })}
                    inputs={[id, changes]}
                />
            </section>
        </>
    );
}
