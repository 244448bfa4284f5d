import { type GridCell, type PlacementCreate, Role } from '@tracseq/client';
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { Problem } from '../../Problem';
import { useRoleAtLeast } from '../../roles';
import { useLoad } from '../../session';
import { text } from '../../text';
import { SampleHandling } from './SampleHandling';

/** A cell as the grid shows it: free, or its occupant's storage state. */
function cellState(cell: GridCell): string {
    return cell.sampleId ? (cell.state ?? 'stored') : 'free';
}

/** The row's letters of a label such as `B07`. */
const rowOf = (cell: GridCell) => cell.position.replace(/\d+$/, '');

/**
 * A box as rows × columns. A free position chosen by click or keyboard waits for a scanned sample;
 * a sample scanned first waits for its position. An occupied position opens its sample's handling.
 * Arrows move between positions, so the grid is one Tab stop.
 */
export function BoxGrid({ boxId, changes }: { boxId: string; changes: number }) {
    const grid = useLoad((client) => client.storage.getBoxGrid({ locationId: boxId }), [boxId, changes]);
    const [focused, setFocused] = useState<string>();
    const [selected, setSelected] = useState<string>();
    const [barcode, setBarcode] = useState('');
    const [position, setPosition] = useState('');
    const barcodeInput = useRef<HTMLInputElement>(null);
    const positionInput = useRef<HTMLInputElement>(null);
    const table = useRef<HTMLTableElement>(null);
    const place = useAction((client, placementCreate: PlacementCreate) => client.storage.placeSample({ placementCreate }));
    const headingId = useId();
    const hintId = useId();
    const handler = useRoleAtLeast(Role.LabTechnician);

    if (grid.error !== undefined) {
        return <Problem error={grid.error} />;
    }
    if (!grid.data) {
        return <p aria-busy="true">{text.loading}</p>;
    }
    const { cells, rows, columns } = grid.data;
    const current = focused ?? cells[0]?.position;

    // Read from the current grid, so a position just filled shows its new sample.
    const chosen = cells.find((cell) => cell.position === selected);

    function choose(cell: GridCell) {
        setSelected(cell.position);
        if (!cell.sampleId && handler) {
            setPosition(cell.position);
            barcodeInput.current?.focus();
        }
    }

    function onGridKey(event: KeyboardEvent) {
        const at = cells.findIndex((cell) => cell.position === current);
        const next = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + columns, ArrowUp: at - columns }[event.key];
        if (next === undefined) {
            return;
        }
        event.preventDefault();
        const target = cells[next];
        if (target) {
            table.current?.querySelector<HTMLElement>(`[data-position="${target.position}"]`)?.focus();
        }
    }

    function onBarcodeKey(event: KeyboardEvent) {
        // A scanner ends with Enter: with no position chosen yet, the position's scan comes next.
        if (event.key === 'Enter' && !position.trim()) {
            event.preventDefault();
            positionInput.current?.focus();
        }
    }

    async function submit(event: FormEvent) {
        event.preventDefault();
        const scanned = barcode.trim();
        if (!scanned) {
            barcodeInput.current?.focus();
            return;
        }
        const placed = await place.run({ barcode: scanned, boxId, position: position.trim().toUpperCase() || undefined });
        if (placed) {
            setBarcode('');
            setPosition('');
            grid.reload();
        }
        barcodeInput.current?.focus();
    }

    const byRow = Array.from({ length: rows }, (_, row) => cells.slice(row * columns, (row + 1) * columns));
    return (
        <>
            <section aria-labelledby={headingId}>
                <h2 id={headingId}>{text.storage.grid.caption(grid.data.name, grid.data.occupied, rows * columns)}</h2>
                <p className="legend">{text.storage.grid.legend}</p>
                <div className="grid-scroll">
                    <table className="box-grid" ref={table} onKeyDown={onGridKey} aria-busy={grid.loading}>
                        <thead>
                            <tr>
                                <td />
                                {byRow[0]?.map((cell) => (
                                    <th scope="col" key={cell.column}>
                                        {cell.column}
                                    </th>
                                ))}
                            </tr>
                        </thead>
                        <tbody>
                            {byRow.map((row) => (
                                <tr key={row[0].position}>
                                    <th scope="row">{rowOf(row[0])}</th>
                                    {row.map((cell) => {
                                        const state = cellState(cell);
                                        return (
                                            <td key={cell.position}>
                                                <button
                                                    type="button"
                                                    className={`cell cell-${state}`}
                                                    data-position={cell.position}
                                                    tabIndex={cell.position === current ? 0 : -1}
                                                    aria-pressed={selected === cell.position}
                                                    onFocus={() => setFocused(cell.position)}
                                                    onClick={() => choose(cell)}
                                                >
                                                    <span aria-hidden="true">
                                                        {text.storage.grid.symbols[state]}{' '}
                                                        {/* The barcode's tail tells tubes apart within a box; the full one is read out. */}
                                                        {cell.barcode ? cell.barcode.slice(-8) : cell.position}
                                                    </span>
                                                    <span className="visually-hidden">
                                                        {text.storage.grid.cell(
                                                            cell.position,
                                                            state === 'free' ? text.storage.grid.free : text.storage.grid.states[state],
                                                            cell.barcode,
                                                        )}
                                                    </span>
                                                </button>
                                            </td>
                                        );
                                    })}
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </div>
            </section>
            {handler && (
                <form className="place" onSubmit={submit} aria-describedby={hintId}>
                    <h2>{text.storage.place.title}</h2>
                    <p id={hintId} className="hint">
                        {text.storage.place.hint}
                    </p>
                    <div className="filters">
                        <label>
                            {text.storage.place.barcode}
                            <input
                                ref={barcodeInput}
                                value={barcode}
                                autoComplete="off"
                                onChange={(e) => setBarcode(e.target.value)}
                                onKeyDown={onBarcodeKey}
                            />
                        </label>
                        <label>
                            {text.storage.place.position}
                            <input
                                ref={positionInput}
                                value={position}
                                autoComplete="off"
                                placeholder={text.storage.place.positionPlaceholder}
                                onChange={(e) => setPosition(e.target.value)}
                            />
                        </label>
                        <SubmitButton action={place} label={text.storage.place.submit} />
                    </div>
                    <ActionOutcome
                        action={place}
                        done={place.result && text.storage.place.placed(place.result.barcode, place.result.position?.position ?? '')}
                    />
                </form>
            )}
            {chosen?.sampleId && <SampleHandling sampleId={chosen.sampleId} changes={changes} onChanged={grid.reload} />}
        </>
    );
}
