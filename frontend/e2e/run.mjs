// The end-to-end run of the web UI against a running TracSeq, in Debian's Chromium driven by
// playwright-core. The all-in-one's WebUiIT runs it against the system tests' server:
//   TRACSEQ_URL=http://localhost:18089 TRACSEQ_USERNAME=… TRACSEQ_PASSWORD=… node e2e/run.mjs
// It walks the issue's story (a batch pasted from a spreadsheet, placed by scanning, checked out and
// in, QC recorded and verified by a second user, a library plate, a lane with an index collision
// fixed, the sample sheet downloaded) and then the other screens, through the steps in e2e/*.mjs.
// It prints the first screen's time against its budget, checks each main screen with axe-core (no
// serious or critical violation), fails on any Content-Security-Policy refusal, and saves a
// screenshot of each screen in target/e2e-screenshots.
import { TracSeqClient } from '@tracseq/client';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import {
    browseLibraryPrep,
    libraryCollidingWith,
    makeLibraryPlate,
    normaliseLibrary,
    recordQc,
    seesVerifiedLive,
    signIn,
    verifyQc,
    viewThresholds,
} from './lab.mjs';
import { createApiKey, createUser, findInAudit, openOwnSessions, revokeApiKey } from './admin.mjs';
import { changeStatus, downloadZplLabel, openSample, registerBatchFromSpreadsheet, registerOneSample } from './samples.mjs';
import { answerTemperatureAlert, checkOutAndIn, placeByScanning, seeCustody, storageHierarchy } from './storage.mjs';
import { downloadSampleSheet, fixCollision, instrumentFor, poolAndLayOutLane, seeCollisionWarning } from './sequencing.mjs';

const url = process.env.TRACSEQ_URL ?? 'http://localhost:8089';
const username = process.env.TRACSEQ_USERNAME;
const password = process.env.TRACSEQ_PASSWORD;
const FIRST_SCREEN_BUDGET_MS = 1000;
const screenshots = 'target/e2e-screenshots';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function check(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

// Two samples someone else registered (through the SDK), for the scan box and the search.
const api = await TracSeqClient.connect({ baseUrl: url, username, password });
const run = Date.now().toString(36);
const samples = [];
for (const name of [`E2E biopsy ${run} A`, `E2E biopsy ${run} B`]) {
    samples.push(await api.samples.createSample({ sampleCreate: { name, type: 'tissue', initialVolume: { value: 40, unit: 'ul' } } }));
}

mkdirSync(screenshots, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const refusals = [];
try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) {
            refusals.push(message.text());
        }
    });

    async function accessible(screen) {
        await page.evaluate(axeSource);
        const { violations } = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        check(serious.length === 0, `${screen}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.help}`).join('; ')}`);
        await page.screenshot({ path: `${screenshots}/${screen}.png`, fullPage: true });
        console.log(`${screen}: no serious or critical accessibility violation`);
    }

    // First screen: from the navigation's start until the sign-in form takes input.
    const response = await page.goto(url + '/');
    check(response.headers()['content-security-policy']?.includes("script-src 'self'"), 'the page has no strict Content-Security-Policy');
    // Checked on every animation frame, so the time is the frame's in which the form appeared.
    const interactive = await page.waitForFunction(
        () => document.querySelector('input[autocomplete="username"]:not([disabled])') && performance.now(),
        null,
        { polling: 'raf' },
    );
    const interactiveMs = await interactive.jsonValue();
    // Printed, not enforced: a time on a machine shared with the build's other work is no verdict.
    console.log(
        `First screen interactive: ${interactiveMs.toFixed(0)} ms (budget ${FIRST_SCREEN_BUDGET_MS} ms)` +
            (interactiveMs < FIRST_SCREEN_BUDGET_MS ? '' : ' OVER BUDGET'),
    );
    await accessible('sign-in');

    // Keyboard only: the username field takes the focus by Tab, Enter submits.
    await page.keyboard.press('Tab');
    check(await page.getByLabel('Username').evaluate((input) => input === document.activeElement), 'Tab does not reach the username');
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText(/samples in all/).waitFor();
    await accessible('dashboard');

    // The scan box: a scanner types the barcode and Enter; the sample opens.
    await page.getByLabel('Scan or type a barcode').fill(samples[0].barcode);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: samples[0].name }).waitFor();
    check(page.url().endsWith(`#/samples/${samples[0].id}`), `the scan opened ${page.url()}`);
    await accessible('sample');

    // Search: the server finds the run's two samples by name.
    await page.getByRole('link', { name: 'All samples' }).click();
    await page.getByLabel('Search name or barcode').fill(`E2E biopsy ${run}`);
    await page.getByRole('cell', { name: samples[1].name }).waitFor();
    check((await page.getByRole('cell', { name: new RegExp(`E2E biopsy ${run}`) }).count()) === 2, 'the search does not list both samples');
    await accessible('samples');

    // Live: a sample someone else registers appears in the open list without a reload.
    const before = await page.evaluate(() => performance.timeOrigin);
    samples.push(await api.samples.createSample({ sampleCreate: { name: `E2E biopsy ${run} C`, type: 'tissue' } }));
    await page.getByRole('cell', { name: samples[2].name }).waitFor();
    check((await page.evaluate(() => performance.timeOrigin)) === before, 'the page was reloaded to show the new sample');

    // An unknown barcode is said so, and the page stays.
    await page.getByLabel('Scan or type a barcode').fill('NO-SUCH-BARCODE');
    await page.keyboard.press('Enter');
    await page.getByText('No sample has the barcode NO-SUCH-BARCODE.').waitFor();

    // ═══ The issue's story, in its order ═══════════════════════════════════════════════════════
    // Register a batch pasted from a spreadsheet: two DNA tubes for the bench (QC and the protocols
    // take DNA) and a saliva tube whose volume has a decimal comma, as a European Excel writes it.
    const batch = await registerBatchFromSpreadsheet(page, [
        { name: `E2E tube ${run} 1`, type: 'dna', volume: 50, unit: 'ul' },
        { name: `E2E tube ${run} 2`, type: 'dna', volume: 50, unit: 'ul' },
        { name: `E2E tube ${run} 3`, type: 'saliva', volume: '1,5', unit: 'ml' },
    ]);
    check(batch.length === 3 && batch.every((s) => s.barcode), `the batch report lists ${JSON.stringify(batch)}`);
    check((await api.samples.getSample({ sampleId: batch[2].id })).initialVolume?.value === 1.5, 'the decimal comma was not read');
    await accessible('samples-batch');
    const tubes = batch.slice(0, 2);
    // Intake: both tubes validated on their pages (storage takes validated samples).
    for (const tube of tubes) {
        await openSample(page, tube);
        await changeStatus(page, { status: 'validated', reason: 'Intake check passed', confirm: false });
    }

    // Place the two tubes by scanning, check one out and in, see its custody log.
    const { path, freezer } = await storageHierarchy(api, run);
    await placeByScanning(page, { path, samples: tubes, check, accessible });
    await checkOutAndIn(page, tubes[0]);
    await seeCustody(page, tubes[0], { check, accessible });

    // Record QC, and verify it as a second user whom the administrator creates on the users screen.
    const verifier = { username: `verifier-${run}`, password: `Verify-${run}-Qc-9!` };
    await createUser(page, {
        ...verifier,
        fullName: `QC Verifier ${run}`,
        email: `verifier-${run}@lab.example.org`,
        role: 'lab_technician',
    });
    await accessible('admin-users');
    const qc = await recordQc(page, tubes[0], { api, metric: 'a260_280', value: 1.9, accessible, check });
    const verifierContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
        const verifierPage = await verifierContext.newPage();
        await signIn(verifierPage, url, verifier);
        await verifyQc(verifierPage, tubes[0], qc, { api, check });
    } finally {
        await verifierContext.close();
    }
    await seesVerifiedLive(page);

    // Make a library plate from the two tubes.
    const libraryPlate = await makeLibraryPlate(page, tubes, { api, run, accessible, check });
    // Another library with A01's index pair, for the lane's deliberate collision.
    const collidingLibrary = await libraryCollidingWith(api, libraryPlate.libraries[0], tubes[1]);
    check(
        collidingLibrary.i7 === libraryPlate.libraries[0].i7 && collidingLibrary.i5 === libraryPlate.libraries[0].i5,
        `the colliding library got ${collidingLibrary.i7}+${collidingLibrary.i5}`,
    );
    // Pool the plate's two libraries with the colliding one and lay the pool out in a lane; see the
    // warning, fix it by pooling without the collision, and download the sample sheet.
    const libraries = [...libraryPlate.libraries.slice(0, 2), collidingLibrary];
    const instrument = await instrumentFor(api, libraries, run);
    const runName = await poolAndLayOutLane(page, { libraries, instrument, tag: run, accessible });
    await seeCollisionWarning(page, { libraries, check, accessible, screenshots });
    await fixCollision(page, { libraries, tag: run, runName });
    await downloadSampleSheet(page, { libraries, check, accessible });
    // ═══ End of the issue's story ═══════════════════════════════════════════════════════════════

    // ═══ The other screens ══════════════════════════════════════════════════════════════════════
    await normaliseLibrary(page, libraryPlate.libraries[0], { accessible });
    await browseLibraryPrep(page, { accessible });
    await viewThresholds(page, { accessible, check });
    await answerTemperatureAlert(page, { path, freezer, accessible });

    const single = await registerOneSample(page, { name: `E2E single ${run}`, type: 'rna', volume: 20 });
    await accessible('samples-register');
    // The third tube: its label, then rejected with a reason through the confirmation.
    await openSample(page, batch[2]);
    await downloadZplLabel(page, check, batch[2]);
    await changeStatus(page, { status: 'validated', reason: 'Intake check passed', confirm: false });
    await changeStatus(page, { status: 'rejected', reason: 'Tube cracked in transit', confirm: true });
    check((await api.samples.getSample({ sampleId: batch[2].id })).status === 'rejected', 'the sample was not rejected');
    await accessible('sample-detail');
    // A bench tablet, portrait.
    await page.setViewportSize({ width: 820, height: 1180 });
    await openSample(page, single);
    await accessible('sample-detail-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Administration: an API key shown once, used, revoked and refused; the audit; own sessions.
    const asVerifier = await TracSeqClient.connect({ baseUrl: url, ...verifier });
    check((await asVerifier.auth.getCurrentUser()).role === 'lab_technician', 'the new user does not sign in with their role');
    const key = await createApiKey(page, check, { name: `e2e-instrument-${run}`, role: 'lab_technician' });
    await TracSeqClient.connect({ baseUrl: url, apiKey: key.apiKey });
    await accessible('admin-api-keys');
    await revokeApiKey(page, key.name);
    const refused = await TracSeqClient.connect({ baseUrl: url, apiKey: key.apiKey }).then(
        () => false,
        (e) => e.status === 401,
    );
    check(refused, 'a revoked API key still signs in');
    await findInAudit(page, { type: 'user_created', subject: verifier.username });
    await accessible('admin-audit');
    await openOwnSessions(page);
    await accessible('sessions');

    // The dashboard's QC and sequencing parts.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Runs in progress' }).waitFor();
    await accessible('dashboard-sequencing');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    check(refusals.length === 0, `Content-Security-Policy refusals: ${refusals.join('; ')}`);
    console.log('The end-to-end story passed');
} finally {
    await browser.close();
}
