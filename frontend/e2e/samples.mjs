// The samples screens' steps of the end-to-end story, driven as a user would: by the labels and
// names the screens show. Each takes the page (signed in) and returns what the next steps need.
import { readFile } from 'node:fs/promises';

/** Opens a main screen from the shell's navigation. */
async function openFromNav(page, name) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

/**
 * Registers samples by pasting a tab-separated block with its header row (as copied from Excel)
 * on the batch screen; `rows` are `{ name, type, volume?, unit? }`. Returns the created samples,
 * `{ id, barcode, name }`, in row order, read from the per-row report.
 */
export async function registerBatchFromSpreadsheet(page, rows) {
    await openFromNav(page, 'Samples');
    await page.getByRole('link', { name: 'Register a batch from a spreadsheet' }).click();
    const block = [
        'Name\tType\tVolume\tVolume unit',
        ...rows.map((row) => [row.name, row.type, row.volume ?? '', row.unit ?? ''].join('\t')),
    ].join('\r\n');
    await page.getByLabel('Rows copied from a spreadsheet').fill(block);
    await page.getByText(`${rows.length} rows ready to register.`).waitFor();
    await page.getByRole('button', { name: `Register ${rows.length} samples` }).click();
    await page.getByText(`${rows.length} registered, 0 refused.`).waitFor();
    const created = [];
    for (const row of rows) {
        const link = page.getByRole('row').filter({ hasText: row.name }).getByRole('link');
        const id = (await link.getAttribute('href')).split('/').pop();
        created.push({ id, barcode: (await link.textContent()).trim(), name: row.name });
    }
    return created;
}

/** Registers one sample with the single-sample form; returns `{ id, barcode, name }`. */
export async function registerOneSample(page, { name, type, volume }) {
    await openFromNav(page, 'Samples');
    await page.getByRole('link', { name: 'Register a sample' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    // A select's name holds its chosen option too ("Type Choose a type").
    await page.getByRole('combobox', { name: /^Type/ }).selectOption(type);
    await page.getByLabel('Volume', { exact: true }).fill(String(volume));
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const open = page.getByRole('link', { name: /^Open / });
    await open.waitFor();
    const barcode = (await open.textContent()).replace(/^Open /, '');
    return { id: (await open.getAttribute('href')).split('/').pop(), barcode, name };
}

/** Opens a sample's page by its barcode, as a scanner would type it. */
export async function openSample(page, sample) {
    await page.getByLabel('Scan or type a barcode').fill(sample.barcode);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: sample.name, level: 1 }).waitFor();
}

/** On the sample's page: downloads its ZPL label and returns its commands (a label starts with ^XA). */
export async function downloadZplLabel(page, check, sample) {
    const link = page.getByRole('link', { name: 'Download ZPL label (tube printer)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    check(download.suggestedFilename() === `${sample.barcode}.zpl`, `the label downloads as ${download.suggestedFilename()}`);
    const zpl = await readFile(await download.path(), 'utf8');
    check(zpl.startsWith('^XA'), `the ZPL label starts with ${JSON.stringify(zpl.slice(0, 10))}`);
    check(zpl.includes(sample.barcode), 'the ZPL label does not carry the barcode');
    // The preview is the barcode image the PNG download gives.
    await page.getByRole('img', { name: `Barcode of ${sample.barcode}` }).waitFor();
    return zpl;
}

/**
 * On the sample's page: moves it to `status` with `reason`; a terminal change (rejected,
 * discarded, ...) is confirmed in the dialog, which says what will happen.
 */
export async function changeStatus(page, { status, reason, confirm }) {
    await page.getByLabel('New status').selectOption(status);
    await page.getByLabel(/^Reason/).fill(reason);
    if (confirm) {
        await page.getByRole('button', { name: `Change to ${status}` }).click();
        const dialog = page.getByRole('alertdialog');
        await dialog.getByRole('button', { name: `Change to ${status}` }).click();
        await dialog.waitFor({ state: 'detached' });
    } else {
        await page.getByRole('button', { name: 'Change status' }).click();
    }
    await page.getByRole('status').filter({ hasText: `Now ${status}.` }).waitFor();
    await page.getByRole('listitem').filter({ hasText: reason }).waitFor();
}
