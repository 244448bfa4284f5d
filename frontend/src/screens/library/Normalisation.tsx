import type { NormalisationInput } from '@tracseq/client';
import { type FormEvent, useState } from 'react';
import { useAction } from '../../action';
import { NumberField, numberOf } from '../../NumberField';
import { Problem } from '../../Problem';
import { text } from '../../text';
import { Back } from './Back';
import { Dilution } from './Dilution';

/** LB-3 at the bench, recording nothing: V2 = V1 × C1 / C2, with C1 and C2 in one unit. */
export function Normalisation() {
    const [volume, setVolume] = useState('');
    const [concentration, setConcentration] = useState('');
    const [target, setTarget] = useState('');
    const [unit, setUnit] = useState<string>(text.library.units.nM);
    // The answer keeps the V1 it was worked out from, so editing the form after does not misstate it.
    const calculate = useAction(async (client, normalisationInput: NormalisationInput) => ({
        from: normalisationInput.volume,
        dilution: await client.libraryPrep.calculateNormalisation({ normalisationInput }),
    }));
    function submit(event: FormEvent) {
        event.preventDefault();
        const v1 = numberOf(volume);
        const c1 = numberOf(concentration);
        const c2 = numberOf(target);
        if (v1 !== undefined && c1 !== undefined && c2 !== undefined) {
            void calculate.run({ volume: v1, concentration: c1, targetConcentration: c2 });
        }
    }

    return (
        <>
            <Back />
            <h1>{text.library.calculator}</h1>
            <p className="hint">{text.library.normalise.rule}</p>
            <form className="form" onSubmit={submit}>
                <NumberField label={text.library.normalise.v1} unit={text.library.units.ul} required min={0.001} value={volume} onChange={setVolume} />
                <label>
                    {text.library.normalise.unit}
                    <select value={unit} onChange={(e) => setUnit(e.target.value)}>
                        <option>{text.library.units.nM}</option>
                        <option>{text.library.units.ngPerUl}</option>
                    </select>
                </label>
                <NumberField label={text.library.normalise.c1} unit={unit} required min={0.001} value={concentration} onChange={setConcentration} />
                <NumberField label={text.library.normalise.c2} unit={unit} required min={0.001} value={target} onChange={setTarget} />
                <div className="actions">
                    <button type="submit" disabled={calculate.working}>
                        {text.library.normalise.calculate}
                    </button>
                </div>
            </form>
            {calculate.result && <Dilution from={calculate.result.from} result={calculate.result.dilution} />}
            {calculate.error !== undefined && <Problem error={calculate.error} />}
        </>
    );
}
