import type { ReactNode } from 'react';
import { ScrollRegion } from '../../ScrollRegion';

/** The wells of a 96- (8 × 12) or 384-well (16 × 24) plate, named as the contract names them: A01. */
export function plateWells(format: number): { rows: string[]; columns: string[] } {
    const [rowCount, columnCount] = format === 384 ? [16, 24] : [8, 12];
    return {
        rows: Array.from({ length: rowCount }, (_, n) => String.fromCharCode(65 + n)),
        columns: Array.from({ length: columnCount }, (_, n) => String(n + 1).padStart(2, '0')),
    };
}

/** A plate drawn as it sits on the bench, each well's content the caller's. */
export function PlateGrid({ format, caption, well }: { format: number; caption: string; well: (name: string) => ReactNode }) {
    const { rows, columns } = plateWells(format);
    return (
        <ScrollRegion label={caption}>
            <table className={`plate plate-${format}`}>
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <td />
                        {columns.map((column) => (
                            <th key={column} scope="col">
                                {Number(column)}
                            </th>
                        ))}
                    </tr>
                </thead>
                <tbody>
                    {rows.map((row) => (
                        <tr key={row}>
                            <th scope="row">{row}</th>
                            {columns.map((column) => (
                                <td key={column}>{well(row + column)}</td>
                            ))}
                        </tr>
                    ))}
                </tbody>
            </table>
        </ScrollRegion>
    );
}
