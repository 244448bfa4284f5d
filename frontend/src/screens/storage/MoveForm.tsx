import type { CustodyNote, MoveRequest } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { ActionOutcome, SubmitButton } from '../../ActionOutcome';
import { Problem } from '../../Problem';
import { useLoad } from '../../session';
import { text } from '../../text';

// Every box of the lab in one list: labs have tens to hundreds of boxes, not thousands.
const BOXES_PAGE = 500;

type Props = { sampleId: string; from: string; custodyNote: CustodyNote; onMoved: () => void };

/** Moves a stored sample to a position of any box (ST-3, ST-4); no position takes the next free one. */
export function MoveForm({ sampleId, from, custodyNote, onMoved }: Props) {
    const boxes = useLoad((client) => client.storage.listLocations({ kind: 'box', size: BOXES_PAGE }), []);
    const [boxId, setBoxId] = useState(from);
    const [position, setPosition] = useState('');
    const move = useAction((client, id: string, moveRequest: MoveRequest) => client.storage.moveSample({ sampleId: id, moveRequest }));

    async function submit(event: FormEvent) {
        event.preventDefault();
        const moved = await move.run(sampleId, { boxId, position: position.trim().toUpperCase() || undefined, ...custodyNote });
        if (moved) {
            setPosition('');
            onMoved();
        }
    }

    return (
        <form onSubmit={submit}>
            <h3>{text.storage.handling.move}</h3>
            {boxes.error !== undefined && <Problem error={boxes.error} />}
            <div className="filters">
                <label>
                    {text.storage.handling.moveTo}
                    <select value={boxId} onChange={(e) => setBoxId(e.target.value)}>
                        {boxes.data?.items.map((box) => (
                            <option key={box.id} value={box.id}>
                                {/* The list leaves the path out (storage's listLocations answers it empty): the name then. */}
                                {box.path.length > 0 ? box.path.map((step) => step.name).join(' › ') : box.name}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    {text.storage.handling.moveToPosition}
                    <input
                        value={position}
                        autoComplete="off"
                        placeholder={text.storage.place.positionPlaceholder}
                        onChange={(e) => setPosition(e.target.value)}
                    />
                </label>
                <SubmitButton action={move} label={text.storage.handling.move} disabled={!boxes.data} />
            </div>
            <ActionOutcome
                action={move}
                done={move.result && text.storage.handling.moved(move.result.barcode, move.result.position?.position ?? '')}
            />
        </form>
    );
}
