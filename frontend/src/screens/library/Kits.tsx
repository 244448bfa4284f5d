import { useState } from 'react';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { localTime, text, wireWords } from '../../text';
import { Back } from './Back';

/** The index catalogue's kits (LB-4), current ones unless the superseded are asked for. */
export function Kits() {
    const [includeSuperseded, setIncludeSuperseded] = useState(false);
    const kits = useLoad((client) => client.libraryPrep.listKits({ includeSuperseded, size: 500 }), [includeSuperseded]);
    useLive('library-prep.kit.*', kits.reload);
    return (
        <>
            <Back />
            <h1>{text.library.kits}</h1>
            <label className="inline">
                <input type="checkbox" checked={includeSuperseded} onChange={(e) => setIncludeSuperseded(e.target.checked)} />
                {text.library.kit.includeSuperseded}
            </label>
            {kits.error !== undefined && <Problem error={kits.error} />}
            {kits.data && (
                <DataTable
                    label={text.library.kits}
                    busy={kits.loading}
                    columns={[
                        text.library.kit.name,
                        text.library.kit.status,
                        text.library.kit.indexing,
                        text.library.kit.counts,
                        text.library.kit.inUse,
                        text.library.kit.imported,
                    ]}
                >
                    {kits.data.items.map((kit) => (
                        <tr key={kit.id}>
                            <td>
                                <a href={links.library.kit(kit.id)}>{text.library.kit.nameVersion(kit.name, kit.version)}</a>
                            </td>
                            <td>{wireWords(kit.status)}</td>
                            <td>{wireWords(kit.indexing)}</td>
                            <td>{text.library.kit.indexCounts(kit.i7Count, kit.i5Count)}</td>
                            <td>{kit.inUse ? text.library.kit.yes : text.library.kit.no}</td>
                            <td>{text.library.kit.importedBy(localTime(kit.importedAt), kit.importedBy)}</td>
                        </tr>
                    ))}
                </DataTable>
            )}
        </>
    );
}
