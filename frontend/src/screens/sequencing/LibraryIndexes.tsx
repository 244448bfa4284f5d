import type { ReactNode } from 'react';
import { text } from '../../text';

type IndexedLibrary = { libraryId: string; name: string; i7Name?: string; i7?: string; i5Name?: string; i5?: string; shareFraction: number };

/** A column a table adds after the libraries' names, indexes and shares. */
export type ExtraColumn<L> = { header: string; cell: (library: L) => ReactNode; className?: (library: L) => string | undefined };

/** Libraries with their index pair and share of the pool or lane, as a pool and a lane both list them. */
export function LibraryIndexes<L extends IndexedLibrary>({ libraries, extra = [] }: { libraries: L[]; extra?: ExtraColumn<L>[] }) {
    const columns = text.sequencing.libraryColumns;
    return (
        <table>
            <thead>
                <tr>
                    <th scope="col">{columns.name}</th>
                    <th scope="col">{columns.i7}</th>
                    <th scope="col">{columns.i5}</th>
                    <th scope="col">{columns.share}</th>
                    {extra.map((column) => (
                        <th key={column.header} scope="col">
                            {column.header}
                        </th>
                    ))}
                </tr>
            </thead>
            <tbody>
                {libraries.map((library) => (
                    <tr key={library.libraryId}>
                        <td>{library.name}</td>
                        <td className="sequence">
                            {library.i7Name} {library.i7}
                        </td>
                        <td className="sequence">
                            {library.i5Name} {library.i5}
                        </td>
                        <td>{text.sequencing.percent(library.shareFraction)}</td>
                        {extra.map((column) => (
                            <td key={column.header} className={column.className?.(library)}>
                                {column.cell(library)}
                            </td>
                        ))}
                    </tr>
                ))}
            </tbody>
        </table>
    );
}
