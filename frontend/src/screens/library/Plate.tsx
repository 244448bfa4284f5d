import { useLive } from '../../live';
import { Problem } from '../../Problem';
import { links } from '../../route';
import { useLoad } from '../../session';
import { DataTable } from '../../Table';
import { localTime, text } from '../../text';
import { Back } from './Back';
import { IndexPair } from './IndexPair';
import { PlateGrid } from './PlateGrid';

/** A library-prep plate: each well's library, its source sample and its index pair (i7, i5). */
export function Plate({ id }: { id: string }) {
    const plate = useLoad((client) => client.libraryPrep.getPlate({ plateId: id }), [id]);
    useLive('library-prep.library.normalised', plate.reload);
    if (plate.error !== undefined) {
        return (
            <>
                <Back />
                <Problem error={plate.error} />
            </>
        );
    }
    if (!plate.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { name, format, kit, kitId, protocol, libraries, createdAt, createdBy } = plate.data;
    const byWell = new Map(libraries.map((library) => [library.well, library]));
    return (
        <>
            <Back />
            <h1>{name}</h1>
            <p>{text.library.plate.about(format, kit, protocol, localTime(createdAt), createdBy)}</p>
            <p>
                <a href={links.library.kit(kitId)}>{text.library.plate.kitLink}</a>
            </p>
            <PlateGrid
                format={format}
                caption={text.library.plate.grid(name)}
                well={(well) => {
                    const library = byWell.get(well);
                    return library ? (
                        <a className="well filled" href={links.library.library(library.id)}>
                            {/* Spaces between the parts, so the link's name reads "A01 UDI0001". */}
                            <span className="well-name">{well}</span> <span>{library.i7Name}</span>
                            {library.i5Name && library.i5Name !== library.i7Name && <> <span>{library.i5Name}</span></>}
                        </a>
                    ) : (
                        <span className="well empty">
                            <span className="well-name">{well}</span>
                        </span>
                    );
                }}
            />
            <h2>{text.library.plate.wells}</h2>
            <DataTable
                label={text.library.plate.wells}
                columns={[
                    text.library.plate.well,
                    text.library.columns.sample,
                    text.library.columns.barcode,
                    text.library.columns.indexes,
                    text.library.columns.molarity,
                ]}
            >
                {libraries.map((library) => (
                    <tr key={library.id}>
                        <th scope="row">{library.well}</th>
                        <td>
                            <a href={links.sample(library.sampleId)}>{library.sampleBarcode}</a>
                        </td>
                        <td>
                            <a href={links.library.library(library.id)}>{library.barcode}</a>
                        </td>
                        <td>
                            <IndexPair {...library} />
                        </td>
                        <td>{text.library.nanomolar(library.molarityNm)}</td>
                    </tr>
                ))}
            </DataTable>
        </>
    );
}
