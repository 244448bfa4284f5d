import { NumberField, numberOf } from '../../NumberField';
import { text } from '../../text';

/** A library's numbers as typed (LB-1): what a single library and each plate well record. */
export type LibraryNumbers = { concentration: string; fragment: string; volume: string; inputVolume: string; inputNg: string };

export const NO_NUMBERS: LibraryNumbers = { concentration: '', fragment: '', volume: '', inputVolume: '', inputNg: '' };

/** The numbers as the contract names them; the required ones are the form's to insist on. */
export function libraryNumbers(numbers: LibraryNumbers) {
    return {
        concentrationNgPerUl: numberOf(numbers.concentration) ?? 0,
        meanFragmentBp: numberOf(numbers.fragment) ?? 0,
        volumeUl: numberOf(numbers.volume) ?? 0,
        inputVolumeUl: numberOf(numbers.inputVolume) ?? 0,
        inputNg: numberOf(numbers.inputNg),
    };
}

export function LibraryNumbersFields({ numbers, onChange }: { numbers: LibraryNumbers; onChange: (numbers: LibraryNumbers) => void }) {
    const field = (key: keyof LibraryNumbers) => ({ value: numbers[key], onChange: (value: string) => onChange({ ...numbers, [key]: value }) });
    const units = text.library.units;
    return (
        <>
            <NumberField label={text.library.form.concentration} unit={units.ngPerUl} required min={0.001} {...field('concentration')} />
            <NumberField label={text.library.form.fragment} unit={units.bp} required min={1} step={1} {...field('fragment')} />
            <NumberField label={text.library.form.volume} unit={units.ul} required min={0.001} {...field('volume')} />
            <NumberField label={text.library.form.inputVolume} unit={units.ul} required min={0.001} {...field('inputVolume')} />
            <NumberField label={text.library.form.inputNg} unit={units.ng} min={0} {...field('inputNg')} />
        </>
    );
}
