import { ConcentrationUnit, type SampleCreate, SampleType, VolumeUnit } from '@tracseq/client';
import { text } from '../../text';

/** The fields a sample is registered with, by the names the export (`/export.csv`) gives them. */
export const columns = ['name', 'type', 'barcode', 'description', 'initialVolume', 'volumeUnit', 'concentration', 'concentrationUnit'] as const;
export type Column = (typeof columns)[number];
/** A sample as typed or pasted: text per field, empty when left out. */
export type SampleRow = Partial<Record<Column, string>>;

const labels = text.register.fields;

/** `ng/µl` → `ng_per_ul`, `cell culture` → `cell_culture`: as people write a value, matched to the wire's. */
function wireValue(value: string): string {
    return value.trim().toLowerCase().replaceAll(/[µμ]/g, 'u').replaceAll('/', '_per_').replaceAll(/\s+/g, '_');
}

function quantity(value: string | undefined): number | undefined {
    const trimmed = value?.trim() ?? '';
    // A decimal comma too: a spreadsheet in a German or French locale copies 40,5.
    return /^\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** The wire value among `values` (a unit, a type) that `value` names, if any. */
function wireValueOf<T extends string>(values: Record<string, T>, value: string): T | undefined {
    return Object.values(values).find((known) => known === wireValue(value));
}

/**
 * The sample a row describes, or what is wrong with it (SM-TYPES, SM-1): the single-sample form and
 * the pasted batch check the same things before anything is sent.
 */
export function toSampleCreate(row: SampleRow): { sample?: SampleCreate; problems: string[] } {
    const problems: string[] = [];
    const name = row.name?.trim() ?? '';
    if (!name) {
        problems.push(text.batch.missing(labels.name));
    }
    const typeText = row.type?.trim() ?? '';
    const type = wireValueOf(SampleType, typeText);
    if (!type) {
        problems.push(typeText ? text.batch.unknownType(typeText) : text.batch.missing(labels.type));
    }
    const sample: Omit<SampleCreate, 'name' | 'type'> = {};
    const barcode = row.barcode?.trim();
    if (barcode) {
        sample.barcode = barcode;
    }
    const description = row.description?.trim();
    if (description) {
        sample.description = description;
    }

    const volume = row.initialVolume?.trim();
    const volumeUnitText = row.volumeUnit?.trim();
    if (volume) {
        const value = quantity(volume);
        // A volume without a unit is in microlitres, as the screen says.
        const unit = volumeUnitText ? wireValueOf(VolumeUnit, volumeUnitText) : VolumeUnit.Ul;
        if (value === undefined) {
            problems.push(text.batch.badNumber(labels.initialVolume, volume));
        }
        if (!unit) {
            problems.push(text.batch.unknownUnit(labels.volumeUnit, volumeUnitText ?? ''));
        }
        if (value !== undefined && unit) {
            sample.initialVolume = { value, unit };
        }
    } else if (volumeUnitText) {
        problems.push(text.batch.unitWithoutValue(labels.volumeUnit));
    }

    const concentration = row.concentration?.trim();
    const concentrationUnitText = row.concentrationUnit?.trim() ?? '';
    if (concentration) {
        const value = quantity(concentration);
        const unit = wireValueOf(ConcentrationUnit, concentrationUnitText);
        if (value === undefined) {
            problems.push(text.batch.badNumber(labels.concentration, concentration));
        }
        if (!unit) {
            problems.push(
                concentrationUnitText
                    ? text.batch.unknownUnit(labels.concentrationUnit, concentrationUnitText)
                    : text.batch.missing(labels.concentrationUnit),
            );
        }
        if (value !== undefined && unit) {
            sample.concentration = { value, unit };
        }
    } else if (concentrationUnitText) {
        problems.push(text.batch.unitWithoutValue(labels.concentrationUnit));
    }
    return type && problems.length === 0 ? { sample: { name, type, ...sample }, problems } : { problems };
}

export type PastedRow = {
    /** The row's number in the spreadsheet, the header being row 1: where the user fixes it. */
    line: number;
    cells: SampleRow;
    sample?: SampleCreate;
    problems: string[];
};

/** A cell as Excel copies it: quoted when it holds a quote, a tab or a line break. */
function cell(raw: string): string {
    const trimmed = raw.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replaceAll('""', '"') : trimmed;
}

/** Which field a header names: its label on the form or its export name, in any case. */
function columnNamed(header: string): Column | undefined {
    const wanted = header.trim().toLowerCase();
    return columns.find((column) => column.toLowerCase() === wanted || labels[column].toLowerCase() === wanted);
}

/**
 * Rows copied from a spreadsheet (tab-separated, a header row first) as samples to register, each
 * with its own problems; `problems` are the block's own (no header, unknown columns).
 */
export function parsePasted(pasted: string): { rows: PastedRow[]; problems: string[] } {
    const lines = pasted.replace(/^\uFEFF/, '').split(/\r?\n/);
    const header = lines[0].split('\t').map(cell);
    const named = header.map(columnNamed);
    if (!named.includes('name') || !named.includes('type')) {
        return { rows: [], problems: pasted.trim() ? [text.batch.missingHeader] : [] };
    }
    const problems = header.filter((name, index) => name && !named[index]).map(text.batch.unknownColumn);
    const rows: PastedRow[] = [];
    lines.slice(1).forEach((line, index) => {
        const values = line.split('\t').map(cell);
        if (values.every((value) => !value)) {
            return;
        }
        const cells: SampleRow = {};
        named.forEach((column, position) => {
            if (column) {
                cells[column] = values[position] ?? '';
            }
        });
        rows.push({ line: index + 2, cells, ...toSampleCreate(cells) });
    });
    return { rows, problems };
}
