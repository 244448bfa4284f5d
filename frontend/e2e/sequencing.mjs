// The sequencing part of the end-to-end story: pool three libraries (two of them sharing an index
// pair) and lay out a lane, see the collision, fix it by changing the lane's pool, and download
// the sample sheet. run.mjs calls these in order with the page signed in.
import { readFile } from 'node:fs/promises';

/** Waits for `condition` to hold, asking again every quarter second, for at most `timeoutMs`. */
async function until(condition, what, timeoutMs = 30000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
        if (Date.now() > deadline) {
            throw new Error(`waited ${timeoutMs} ms for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
}

/**
 * A NovaSeq X to run the story's libraries on, once sequencing knows them: it learns of a library
 * from library-prep's event, moments after the library is made.
 */
export async function instrumentFor(api, libraries, tag) {
    await until(
        async () => (await Promise.allSettled(libraries.map((l) => api.sequencing.getSequencingLibrary({ libraryId: l.id })))).every((r) => r.status === 'fulfilled'),
        'sequencing to know the libraries',
    );
    return api.sequencing.registerInstrument({
        instrumentRegistration: { name: `E2E NovaSeq X ${tag}`, serialNumber: `LHE2E${tag}`.toUpperCase(), platform: 'novaseq_x', capacity: 2 },
    });
}

/** Makes a pool of `libraries` on the New pool screen, volumes planned first; returns its name. */
async function makePool(page, name, libraries) {
    await page.getByRole('link', { name: 'Sequencing', exact: true }).first().click();
    await page.getByRole('link', { name: 'New pool' }).click();
    await page.getByLabel('Pool name').fill(name);
    for (const library of libraries) {
        await page.getByLabel(`Pool ${library.name}`, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Plan volumes' }).click();
    await page.getByRole('heading', { name: 'Volumes to pipette' }).waitFor();
    await page.getByRole('button', { name: 'Make the pool' }).click();
    await page.getByRole('heading', { name: `Pool ${name}` }).waitFor();
}

/**
 * Pools all three libraries (the collision included) and plans a NovaSeq X run with that pool in
 * lane 1; ends on the run's page. Returns the run's name.
 */
export async function poolAndLayOutLane(page, { libraries, instrument, tag, accessible }) {
    await page.getByRole('link', { name: 'Sequencing', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Sequencing', level: 1 }).waitFor();
    await page.getByRole('cell', { name: instrument.name, exact: true }).waitFor();
    await accessible('sequencing');

    await makePool(page, `E2E pool ${tag} all`, libraries);
    await accessible('pool');

    const runName = `E2E_${tag}`;
    await page.getByRole('link', { name: 'Sequencing', exact: true }).first().click();
    await page.getByRole('link', { name: 'New run' }).click();
    await page.getByLabel('Run name').fill(runName);
    await page.getByLabel('Instrument').selectOption({ label: `${instrument.name} (novaseq x)` });
    await page.getByLabel('Pool in lane 1').selectOption({ label: `E2E pool ${tag} all` });
    await accessible('run-new');
    await page.getByRole('button', { name: 'Plan the run' }).click();
    await page.getByRole('heading', { name: `Run ${runName}` }).waitFor();
    return runName;
}

/** The lane check says lane 1 does not pass and names the two libraries sharing UDI0001, 0 bases apart. */
export async function seeCollisionWarning(page, { libraries, check, accessible, screenshots }) {
    const [a, , c] = libraries.map((l) => l.name);
    const lane = page.getByRole('article', { name: 'Lane 1: 3 libraries, does not pass' });
    await lane.waitFor();
    const collision = lane.getByRole('listitem').filter({ hasText: new RegExp(`(${a} and ${c}|${c} and ${a}) collide`) });
    const said = await collision.innerText();
    check(said.includes('index 1 (i7) differs at 0 of') && said.includes('the same index pair'), `the collision reads: ${said}`);
    await accessible('lane-check');

    // The bench tablet: the lanes and their check at 820 × 1180.
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('heading', { name: 'Lanes', level: 2 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}/lanes-tablet.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Makes a pool without the colliding library, lays it in lane 1 instead (the draft is replaced
 * after confirmation) and sees the check pass; ends on the new draft's page.
 */
export async function fixCollision(page, { libraries, tag, runName }) {
    await makePool(page, `E2E pool ${tag} fixed`, libraries.slice(0, 2));
    // Back to the run by the Sequencing screen's list (a reload would sign out: tokens live in memory).
    await page.getByRole('link', { name: 'Sequencing', exact: true }).first().click();
    await page.getByRole('link', { name: runName, exact: true }).click();
    await page.getByRole('heading', { name: `Run ${runName}` }).waitFor();
    const draft = page.url();
    await page.getByRole('button', { name: 'Change the lanes' }).click();
    await page.getByLabel('Pool in lane 1').selectOption({ label: `E2E pool ${tag} fixed` });
    await page.getByRole('button', { name: 'Replace the draft' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace the draft?' });
    await dialog.getByRole('button', { name: 'Replace the draft' }).click();
    await page.getByRole('article', { name: 'Lane 1: 2 libraries, passes' }).waitFor();
    await page.getByText('Every lane passes: no index collision, no dark index cycle.').waitFor();
    // The new draft opens with its lanes shown, no longer being changed.
    await page.getByRole('button', { name: 'Change the lanes' }).waitFor();
    if (page.url() === draft) {
        throw new Error('the page still shows the replaced draft');
    }
}

/**
 * Generates the v2 sample sheet, previews it and downloads SampleSheet.csv through its link;
 * returns the downloaded text, checked for the data section with the two libraries and not the third.
 */
export async function downloadSampleSheet(page, { libraries, check, accessible }) {
    await page.getByRole('button', { name: 'Generate the sample sheet' }).click();
    const preview = page.getByRole('figure', { name: 'Sample sheet version 1' });
    const link = preview.getByRole('link', { name: 'Download SampleSheet.csv (version 1)' });
    await link.waitFor();
    await accessible('sample-sheet');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    check(download.suggestedFilename() === 'SampleSheet.csv', `the download is named ${download.suggestedFilename()}`);
    const sheet = await readFile(await download.path(), 'utf8');
    check(sheet.includes('[BCLConvert_Data]') && sheet.includes('FileFormatVersion,2'), `the sheet has no v2 data section:\n${sheet}`);
    const [a, b, c] = libraries;
    check(sheet.includes(`${a.name},${a.i7},${a.i5}`) && sheet.includes(`${b.name},${b.i7},${b.i5}`), `the sheet lacks the pooled libraries:\n${sheet}`);
    check(!sheet.includes(c.name), `the sheet still holds the colliding library:\n${sheet}`);
    return sheet;
}
