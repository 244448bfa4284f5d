import type { Kit as KitVersion, ModelIndex } from '@tracseq/client';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { Back } from './Back';

/** One kit version with its indexes: a UDI kit's as the pairs libraries get, another's read by read. */
export function Kit({ id }: { id: string }) {
    const kit = useLoad((client) => client.libraryPrep.getKit({ kitId: id }), [id]);
    return (
        <>
            <Back />
            {kit.error !== undefined && <Problem error={kit.error} />}
            {kit.data && (
                <>
                    <h1>{text.library.kit.nameVersion(kit.data.name, kit.data.version)}</h1>
                    <dl className="fields">
                        <dt>{text.library.kit.status}</dt>
                        <dd>
                            {wireWords(kit.data.status)}
                            {kit.data.supersededBy && (
                                <>
                                    {' · '}
                                    <a href={links.library.kit(kit.data.supersededBy)}>{text.library.kit.newer}</a>
                                </>
                            )}
                        </dd>
                        <dt>{text.library.kit.indexing}</dt>
                        <dd>{wireWords(kit.data.indexing)}</dd>
                        <dt>{text.library.kit.layout}</dt>
                        <dd>{wireWords(kit.data.layout)}</dd>
                        {kit.data.adapter && (
                            <>
                                <dt>{text.library.kit.adapter}</dt>
                                <dd>{kit.data.adapter}</dd>
                            </>
                        )}
                        <dt>{text.library.kit.imported}</dt>
                        <dd>{text.library.kit.importedBy(localTime(kit.data.importedAt), kit.data.importedBy)}</dd>
                    </dl>
                    <h2>{text.library.kit.indexes}</h2>
                    {kit.data.indexing === 'unique_dual' ? <Pairs kit={kit.data} /> : <Indexes indexes={kit.data.indexes} />}
                </>
            )}
        </>
    );
}

/** LB-4: a UDI kit pairs each i7 with the i5 of the same name, in the kit's order. */
function Pairs({ kit }: { kit: KitVersion }) {
    const i5ByName = new Map(kit.indexes.filter((index) => index.read === 'i5').map((index) => [index.name, index]));
    return (
        <DataTable label={text.library.kit.indexes} columns={[text.library.kit.pair, text.library.i7, text.library.i5]}>
            {kit.indexes
                .filter((index) => index.read === 'i7')
                .map((i7) => (
                    <tr key={i7.name}>
                        <th scope="row">{i7.name}</th>
                        <td>
                            <code>{i7.sequence}</code>
                        </td>
                        <td>
                            <code>{i5ByName.get(i7.name)?.sequence}</code>
                        </td>
                    </tr>
                ))}
        </DataTable>
    );
}

function Indexes({ indexes }: { indexes: ModelIndex[] }) {
    return (
        <DataTable label={text.library.kit.indexes} columns={[text.library.kit.read, text.library.kit.name, text.library.kit.sequence]}>
            {indexes.map((index) => (
                <tr key={index.read + index.name}>
                    <td>{index.read}</td>
                    <th scope="row">{index.name}</th>
                    <td>
                        <code>{index.sequence}</code>
                    </td>
                </tr>
            ))}
        </DataTable>
    );
}
