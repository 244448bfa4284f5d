// The end-to-end run of the web UI against a running TracSeq, in Debian's Chromium driven by
// playwright-core. The all-in-one's WebUiIT runs it against the system tests' server:
//   TRACSEQ_URL=http://localhost:18089 TRACSEQ_USERNAME=… TRACSEQ_PASSWORD=… node e2e/run.mjs
// It prints the first screen's time against its budget, checks each main screen with axe-core (no serious or critical
// violation), fails on any Content-Security-Policy refusal, and saves a screenshot of each screen
// in target/e2e-screenshots.
import { TracSeqClient } from '@tracseq/client';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { downloadSampleSheet, fixCollision, librariesToSequence, poolAndLayOutLane, seeCollisionWarning } from './sequencing.mjs';

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

// What the story needs that has no screen yet: two samples, registered through the SDK.
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

    // An unknown barcode is said so, and the page stays.
    await page.getByLabel('Scan or type a barcode').fill('NO-SUCH-BARCODE');
    await page.keyboard.press('Enter');
    await page.getByText('No sample has the barcode NO-SUCH-BARCODE.').waitFor();

    // ── Sequencing: pool and lay out a lane with a deliberate index collision → see the warning →
    // fix it → download the sample sheet. The libraries come from library prep's plate in the full
    // story; here they are made through the SDK.
    {
        const tag = run;
        const { libraries, instrument } = await librariesToSequence(api, tag);
        const runName = await poolAndLayOutLane(page, { libraries, instrument, tag, accessible });
        await seeCollisionWarning(page, { libraries, check, accessible, screenshots });
        await fixCollision(page, { libraries, tag, runName });
        await downloadSampleSheet(page, { libraries, check, accessible });
        await page.getByRole('link', { name: 'Dashboard' }).click();
        await page.getByRole('heading', { name: 'Runs in progress' }).waitFor();
        await accessible('dashboard-sequencing');
        console.log('Sequencing: collision seen, fixed, sample sheet downloaded');
    }

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    check(refusals.length === 0, `Content-Security-Policy refusals: ${refusals.join('; ')}`);
    console.log('The end-to-end story passed');
} finally {
    await browser.close();
}
