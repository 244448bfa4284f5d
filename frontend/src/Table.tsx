import type { ReactNode } from 'react';
import { Pager } from './Pager';
import { Problem } from './Problem';
import { ScrollRegion } from './ScrollRegion';
import type { Loaded } from './session';

type DataTableProps = {
    columns: string[];
    busy?: boolean;
    /** Names the table as a region the keyboard can scroll (`ScrollRegion`); without it, the section around it names it. */
    label?: string;
    children: ReactNode;
};

/** A table with a header row of column names; it scrolls sideways on a narrow screen, not the page. */
export function DataTable({ columns, busy, label, children }: DataTableProps) {
    const table = (
        <table aria-busy={busy}>
            <thead>
                <tr>
                    {columns.map((column) => (
                        <th scope="col" key={column}>
                            {column}
                        </th>
                    ))}
                </tr>
            </thead>
            <tbody>{children}</tbody>
        </table>
    );
    return label ? <ScrollRegion label={label}>{table}</ScrollRegion> : <div className="scroll">{table}</div>;
}

type Paged<T> = { items: T[]; total: number };

type PagedTableProps<T> = {
    loaded: Loaded<Paged<T>>;
    columns: string[];
    /** One `<tr>` per item. */
    row: (item: T) => ReactNode;
    /** The list's own words: its title (naming the table and the pager), what an empty page says, where the pager stands. */
    words: { title: string; none: string; page?: (page: number, pages: number, total: number) => string };
    page: number;
    size: number;
    onPage: (page: number) => void;
};

/** A list the server pages: its problem if refused, else its rows (or that there are none) and a pager. */
export function PagedTable<T>({ loaded, columns, row, words, ...paging }: PagedTableProps<T>) {
    return (
        <>
            {loaded.error !== undefined && <Problem error={loaded.error} />}
            {loaded.data && (
                <>
                    <DataTable columns={columns} busy={loaded.loading} label={words.title}>
                        {loaded.data.items.map(row)}
                    </DataTable>
                    {loaded.data.items.length === 0 && <p>{words.none}</p>}
                    <Pager {...paging} total={loaded.data.total} label={words.title} summary={words.page} />
                </>
            )}
        </>
    );
}
