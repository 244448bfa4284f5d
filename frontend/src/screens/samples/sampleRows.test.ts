import { parsePasted, toSampleCreate } from './sampleRows';

test('a block copied from Excel: headers by label or export name in any case, quoted cells, decimal commas', () => {
    const pasted = [
        'NAME\tsample type\ttype\tinitialvolume\tVolume Unit\tConcentration\tconcentrationUnit\tBarcode',
        'Liver biopsy 7\tx\tTissue\t40\t\t12.5\tng/µl\t',
        '"Tube ""A"" 2"\tx\tcell culture\t1,5\tml\t\t\tTS-PRE-0001',
        '\t\t\t\t\t\t\t',
        '',
    ].join('\r\n');

    const { rows, problems } = parsePasted(pasted);

    expect(problems).toEqual(['Unknown column "sample type" (it is left out).']);
    expect(rows.map((row) => row.line)).toEqual([2, 3]);
    expect(rows[0].problems).toEqual([]);
    expect(rows[0].sample).toEqual({
        name: 'Liver biopsy 7',
        type: 'tissue',
        initialVolume: { value: 40, unit: 'ul' },
        concentration: { value: 12.5, unit: 'ng_per_ul' },
    });
    expect(rows[1].sample).toEqual({
        name: 'Tube "A" 2',
        type: 'cell_culture',
        barcode: 'TS-PRE-0001',
        initialVolume: { value: 1.5, unit: 'ml' },
    });
});

test('each row has its own problems: missing name, unknown type, bad volume or unit', () => {
    const { rows } = parsePasted(
        ['Name\tType\tVolume\tVolume unit', '\tdna\t10\tul', 'B\tplasmid\t10\t', 'C\tdna\t-3\tul', 'D\tdna\t5\tcups', 'E\tdna\t\tml'].join('\n'),
    );

    expect(rows.map((row) => row.problems)).toEqual([
        ['Name is missing.'],
        ['Unknown type "plasmid".'],
        ['Volume "-3" is not a number of 0 or more.'],
        ['Unknown volume unit "cups".'],
        ['Volume unit has a unit but no value.'],
    ]);
    expect(rows.every((row) => row.sample === undefined)).toBe(true);
});

test('without a header naming Name and Type nothing is read, and the user is told why', () => {
    expect(parsePasted('Biopsy 1\ttissue\nBiopsy 2\ttissue')).toEqual({
        rows: [],
        problems: ['The first row names no Name and Type columns: paste the header row too.'],
    });
    expect(parsePasted('  ')).toEqual({ rows: [], problems: [] });
});

test('a concentration needs its unit, as the form and the batch both check', () => {
    expect(toSampleCreate({ name: 'A', type: 'dna', concentration: '3' }).problems).toEqual(['Concentration unit is missing.']);
    expect(toSampleCreate({ name: 'A', type: '' }).problems).toEqual(['Type is missing.']);
});
