import { useState } from 'react';
import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { ScrollRegion } from '../../ScrollRegion';
import { links } from '../../route';
import { useLoad } from '../../session';
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
                <ScrollRegion label={text.library.kits}>
                    <table aria-busy={kits.loading}>
                        <thead>
                            <tr>
                                <th scope="col">{text.library.kit.name}</th>
                                <th scope="col">{text.library.kit.status}</th>
                                <th scope="col">{text.library.kit.indexing}</th>
                                <th scope="col">{text.library.kit.counts}</th>
                                <th scope="col">{text.library.kit.inUse}</th>
                                <th scope="col">{text.library.kit.imported}</th>
                            </tr>
                        </thead>
                        <tbody>
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
                        </tbody>
                    </table>
                </ScrollRegion>
            )}
        </>
    );
}
