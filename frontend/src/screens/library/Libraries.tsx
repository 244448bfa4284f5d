import { useState } from 'react';
import { useLive } from '../../live';
import { usePage } from '../../Pager';
import { links } from '../../route';
import { useLoad } from '../../session';
import { PagedTable } from '../../Table';
import { localTime, text } from '../../text';
import { IndexPair } from './IndexPair';

const PAGE_SIZE = 50;

/** Every library, newest first, found by its tube's barcode; the way to the catalogue, plates and calculator. */
export function Libraries() {
    const [barcode, setBarcode] = useState('');
    const { page, setPage, filter } = usePage();
    const libraries = useLoad(
        (client) => client.libraryPrep.listLibraries({ barcode: barcode.trim() || undefined, page, size: PAGE_SIZE }),
        [barcode, page],
    );
    useLive('library-prep.*', libraries.reload);

    return (
        <>
            <h1>{text.library.title}</h1>
            <nav aria-label={text.library.places} className="subnav">
                <a href={links.library.newLibrary()}>{text.library.newLibrary}</a>
                <a href={links.library.newPlate}>{text.library.newPlate}</a>
                <a href={links.library.kits}>{text.library.kits}</a>
                <a href={links.library.protocols}>{text.library.protocols}</a>
                <a href={links.library.normalisation}>{text.library.calculator}</a>
            </nav>
            <div className="filters">
                <label>
                    {text.library.findBarcode}
                    <input type="search" value={barcode} onChange={(e) => filter(setBarcode, e.target.value)} />
                </label>
            </div>
            <PagedTable
                loaded={libraries}
                columns={Object.values(text.library.columns)}
                row={(library) => (
                    <tr key={library.id}>
                        <td>
                            <a href={links.library.library(library.id)}>{library.barcode}</a>
                        </td>
                        <td>
                            <a href={links.sample(library.sampleId)}>{library.sampleBarcode}</a>
                        </td>
                        <td>
                            <IndexPair {...library} />
                        </td>
                        <td>{text.library.nanomolar(library.molarityNm)}</td>
                        <td>{library.plateId && <a href={links.library.plate(library.plateId)}>{text.library.well(library.well ?? '')}</a>}</td>
                        <td>{localTime(library.createdAt)}</td>
                    </tr>
                )}
                words={{ title: text.library.list, none: text.library.none }}
                page={page}
                size={PAGE_SIZE}
                onPage={setPage}
            />
        </>
    );
}
