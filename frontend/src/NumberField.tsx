import type { ChangeEvent } from 'react';

type Props = {
    label: string;
    /** Shown after the field and read with its label, e.g. "ng/µL". */
    unit?: string;
    /** As typed, so a half-typed "1." stays; `numberOf` reads it. */
    value: string;
    onChange: (value: string) => void;
    required?: boolean;
    min?: number;
    step?: number | 'any';
};

/** A labelled number with its unit: the unit is part of the label for a screen reader. */
export function NumberField({ label, unit, value, onChange, required, min, step = 'any' }: Props) {
    return (
        <label>
            <span>
                {label}
                {unit && <span className="unit"> ({unit})</span>}
            </span>
            <input
                type="number"
                inputMode="decimal"
                value={value}
                required={required}
                min={min}
                step={step}
                onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
            />
        </label>
    );
}

/** A typed number, or undefined while the field is empty or not a number. */
export function numberOf(value: string): number | undefined {
    const trimmed = value.trim();
    const number = Number(trimmed);
    return trimmed === '' || Number.isNaN(number) ? undefined : number;
}
