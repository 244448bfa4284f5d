// The storage part of the end-to-end story, called by run.mjs: place two tubes by scanning, check
// one out and in, see its custody log, and answer a freezer's temperature alert. Each step starts
// from wherever the page is and leaves it on the screen it names.

/**
 * What the storage steps need that no screen of the story makes: a box in a −80 °C freezer whose
 * sensor has just read too warm (ST-9).
 */
export async function storageHierarchy(api, run) {
    const create = (locationCreate, parent) => api.storage.createLocation({ locationCreate: { ...locationCreate, parentId: parent?.id } });
    const facility = await create({ kind: 'facility', name: `E2E lab ${run}` });
    const room = await create({ kind: 'room', name: 'Bench room' }, facility);
    const freezer = await create({ kind: 'freezer', name: `E2E freezer ${run}`, zone: 'minus_80' }, room);
    const rack = await create({ kind: 'rack', name: 'Rack 1' }, freezer);
    const box = await create({ kind: 'box', name: 'Box 1', rows: 3, columns: 4 }, rack);
    for (const temperature of [-80.2, -79.6, -61.5]) {
        await api.storage.recordReading({ locationId: freezer.id, readingCreate: { temperature, sensorId: 'E2E probe' } });
    }
    return { path: [facility, room, freezer, rack, box], freezer, box };
}

/** The tree item of a location: its name starts its row's label. */
const treeItem = (page, location) => page.getByRole('treeitem', { name: new RegExp(`^${location.name} `) });

/**
 * From the nav through the storage tree to the last location of `path` by keyboard alone: Right
 * opens each level, Enter opens the location's page. `beforeOpening` sees the tree opened.
 */
async function openFromTree(page, path, beforeOpening = async () => undefined) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Storage' }).click();
    await page.getByRole('heading', { name: 'Storage', level: 1 }).waitFor();
    for (const [depth, location] of path.entries()) {
        await treeItem(page, location).focus();
        if (depth < path.length - 1) {
            await page.keyboard.press('ArrowRight');
            await treeItem(page, path[depth + 1]).waitFor();
        }
    }
    await beforeOpening();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: path[path.length - 1].name, level: 1 }).waitFor();
}

/**
 * The box opened through the tree; then the first sample placed by clicking a free position and
 * scanning it, the second by scanning it and then the position label. Returns where each went.
 */
export async function placeByScanning(page, { path, samples, check, accessible }) {
    await openFromTree(page, path, () => accessible('storage'));

    await page.getByRole('button', { name: 'A01, free' }).click();
    check(await page.getByLabel('Sample barcode', { exact: true }).evaluate((input) => input === document.activeElement), 'a free position does not ask for the scan');
    await page.keyboard.type(samples[0].barcode);
    await page.keyboard.press('Enter');
    await page.getByText(`${samples[0].barcode} placed at A01.`).waitFor();

    // A scanner types and presses Enter: the barcode first, then the position's label.
    await page.keyboard.type(samples[1].barcode);
    await page.keyboard.press('Enter');
    check(await page.getByLabel('Position', { exact: true }).evaluate((input) => input === document.activeElement), 'the scanned sample does not wait for its position');
    await page.keyboard.type('A02');
    await page.keyboard.press('Enter');
    await page.getByText(`${samples[1].barcode} placed at A02.`).waitFor();

    await page.getByRole('button', { name: `A01, ${samples[0].barcode}, stored` }).waitFor();
    await page.getByRole('button', { name: `A02, ${samples[1].barcode}, stored` }).waitFor();
    await accessible('storage-box');
    await page.setViewportSize({ width: 820, height: 1180 });
    await accessible('storage-box-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
    return { [samples[0].id]: 'A01', [samples[1].id]: 'A02' };
}

/** On the box's page: the sample checked out with a purpose (its position shown reserved), then in. */
export async function checkOutAndIn(page, sample) {
    await page.getByRole('button', { name: new RegExp(`^\\w+, ${sample.barcode}, stored$`) }).click();
    const handling = page.getByRole('region', { name: `Sample ${sample.barcode}` });
    await handling.getByLabel('Condition seen').selectOption('ok');
    await handling.getByLabel('Purpose or note').fill('E2E extraction');
    await handling.getByRole('button', { name: 'Check out' }).click();
    await page.getByText(`${sample.barcode} is checked out; its position stays reserved.`).waitFor();
    await page.getByRole('button', { name: new RegExp(`^\\w+, ${sample.barcode}, reserved, checked out$`) }).waitFor();

    await handling.getByRole('button', { name: 'Check in' }).click();
    await page.getByText(`${sample.barcode} is back in its position.`).waitFor();
    await page.getByRole('button', { name: new RegExp(`^\\w+, ${sample.barcode}, stored$`) }).waitFor();
}

/** From the box's page to the sample's chain of custody; returns its events' kinds, oldest first. */
export async function seeCustody(page, sample, { check, accessible }) {
    await page.getByRole('region', { name: `Sample ${sample.barcode}` }).getByRole('link', { name: 'Custody log' }).click();
    await page.getByRole('heading', { name: `${sample.barcode} in storage`, level: 1 }).waitFor();
    const log = page.getByRole('region', { name: 'Chain of custody' });
    await log.getByRole('cell', { name: 'checked in' }).waitFor();
    const kinds = await log.locator('tbody tr td:nth-child(2)').allTextContents();
    check(kinds.join() === 'placed,checked out,checked in', `the custody log reads ${kinds.join(', ')}`);
    await accessible('storage-custody');
    return kinds;
}

/** A freezer gone warm: its readings drawn on its page, its alert acknowledged from the storage page. */
export async function answerTemperatureAlert(page, { path, freezer, accessible }) {
    await openFromTree(page, path.slice(0, path.indexOf(freezer) + 1));
    await page.getByRole('img', { name: /readings from/ }).waitFor();
    await accessible('storage-unit');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Storage' }).click();
    const acknowledge = page.getByRole('button', { name: `Acknowledge the alert of ${freezer.name}` });
    await acknowledge.click();
    await acknowledge.waitFor({ state: 'detached' });
}
