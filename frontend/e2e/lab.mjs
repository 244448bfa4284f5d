// Library prep and QC in the end-to-end story: record QC and verify it as a second user, then make
// a library plate (and normalise, browse the catalogue, look at a threshold). run.mjs calls these in
// its "Library prep and QC" section; each step waits for what the screen shows, never for a time.

const UDI_KIT = 'IDT for Illumina UD Indexes Set A';
const PROTOCOL = 'illumina-dna-prep';
// LB-1: every library of the plate with the same numbers; 12 ng/µL at 400 bp is 45.45 nM (LB-2).
const NUMBERS = { concentration: '12', fragment: '400', volume: '20', inputVolume: '5' };

/** Opens a screen in the same document (a reload would forget the in-memory session). */
async function open(page, hash) {
    await page.evaluate((to) => {
        window.location.hash = to;
    }, hash);
}

/** Signs `page` in by the sign-in form, as the user would. */
export async function signIn(page, url, { username, password }) {
    await page.goto(url + '/');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

/**
 * Records `metric` = `value` for `sample` on its QC screen (`#/qc?sample=<id>`) and sees the outcome
 * in colour and word; then tries to verify it as its measurer and sees QC-3's refusal. Returns the
 * recorded result (from the API) and its outcome as the screen said it.
 */
export async function recordQc(page, sample, { api, metric, value, accessible, check }) {
    await open(page, `#/qc?sample=${sample.id}`);
    await page.getByRole('heading', { name: /^QC of sample/ }).waitFor();
    await page.getByLabel('Metric').selectOption(metric);
    await page.getByLabel('Value').fill(String(value));
    await page.getByLabel('Instrument').fill('NanoDrop bench 1');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    const recorded = page.getByRole('status').filter({ hasText: 'Recorded' });
    await recorded.waitFor();
    const outcome = (await recorded.locator('.judgement').textContent()).trim();
    check(['pass', 'warn', 'fail', 'panic'].includes(outcome), `the recorded outcome reads "${outcome}"`);

    // The sample's results list follows the recording by its event, awaiting verification.
    const results = page.getByRole('region', { name: 'Results' });
    const ownVerify = results.getByRole('button', { name: `Verify ${metric} of ${sample.barcode}` });
    await ownVerify.waitFor();
    await accessible('qc');
    await ownVerify.click();
    await results.getByRole('alert').filter({ hasText: 'QC-3' }).waitFor();

    const summary = await api.qaqc.getSampleSummary({ sampleId: sample.id });
    const result = summary.results.find((r) => r.metric === metric);
    check(result && result.outcome === outcome, `the screen said ${outcome}, the service ${result?.outcome}`);
    return result;
}

/**
 * As the second user (`page2`, signed in as them): verifies the result from the list awaiting
 * verification on `#/qc`; it leaves the list when its verification event arrives. Returns the
 * verified result.
 */
export async function verifyQc(page2, sample, result, { api, check }) {
    await open(page2, '#/qc');
    const awaiting = page2.getByRole('region', { name: 'Awaiting verification' });
    const verify = awaiting.getByRole('button', { name: `Verify ${result.metric} of ${sample.barcode}` });
    await verify.click();
    await verify.waitFor({ state: 'detached' });
    const verified = await api.qaqc.getResult({ id: result.id });
    check(verified.verified, 'the result is not verified');
    return verified;
}

/** The measurer's page shows the other user's verification without a reload. */
export async function seesVerifiedLive(page) {
    await page.getByRole('region', { name: 'Results' }).getByRole('cell', { name: 'verified', exact: true }).waitFor();
}

/**
 * Makes a 96-well plate of `samples` on `#/library/plates/new`, one library per sample down column 1
 * (A01, B01, …), each well chosen on the grid by keyboard; the UDI kit gives each well its own pair
 * (A01 UDI0001, B01 UDI0002, …). Checks the plate view shows each well's index pair, at desktop and
 * bench-tablet width. Returns the plate (its `libraries` with their ids, wells and i7/i5) from the API.
 */
export async function makeLibraryPlate(page, samples, { api, run, accessible, check }) {
    const kits = await api.libraryPrep.listKits({ size: 500 });
    const kit = kits.items.find((k) => k.name.startsWith(UDI_KIT));
    check(kit, `no current kit named ${UDI_KIT}`);
    const name = `E2E plate ${run}`;
    await open(page, '#/library/plates/new');
    await page.getByLabel('Plate name').fill(name);
    await page.getByLabel('Index kit').selectOption(kit.id);
    await page.getByLabel('Protocol').selectOption(PROTOCOL);
    for (const [n, sample] of samples.entries()) {
        const well = `${String.fromCharCode(65 + n)}01`;
        await page.getByRole('button', { name: well, exact: true }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: `Well ${well}` }).waitFor();
        await page.getByLabel('Search samples').fill(sample.barcode);
        // A select's label text holds its options too, so it is found by the start of its label.
        await page.getByLabel('Source sample').selectOption(sample.id);
        await page.getByLabel('Concentration').fill(NUMBERS.concentration);
        await page.getByLabel('Mean fragment size').fill(NUMBERS.fragment);
        await page.getByLabel('Volume (µL)').fill(NUMBERS.volume);
        await page.getByLabel('Input taken from the sample').fill(NUMBERS.inputVolume);
        await page.getByRole('button', { name: 'Lay in the well' }).click();
        await page.getByText(`${well}: ${sample.barcode}`).waitFor();
    }
    await accessible('library-plate-new');
    await page.getByRole('button', { name: 'Make the plate' }).click();
    await page.getByRole('heading', { name }).waitFor();
    const plateId = /#\/library\/plates\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    check(plateId, `the plate view did not open: ${page.url()}`);
    const plate = await api.libraryPrep.getPlate({ plateId });
    check(plate.libraries.length === samples.length, `the plate has ${plate.libraries.length} libraries`);
    check(new Set(plate.libraries.map((l) => `${l.i7}+${l.i5}`)).size === samples.length, 'two wells share an index pair');
    const wells = page.getByRole('region', { name: 'Wells' });
    for (const library of plate.libraries) {
        await page.getByRole('link', { name: new RegExp(`^${library.well} ${library.i7Name}`) }).waitFor();
        await wells.getByText(library.i7, { exact: true }).waitFor();
        if (library.i5) {
            await wells.getByText(library.i5, { exact: true }).waitFor();
        }
    }
    await accessible('library-plate');
    await page.setViewportSize({ width: 820, height: 1180 });
    await accessible('library-plate-tablet');
    await page.setViewportSize({ width: 1280, height: 800 });
    return plate;
}

/**
 * Another library whose index pair collides with `library`'s: the same current UDI kit and the same
 * i7 name, so the kit's pair gives it the same i5 too (made from `sample`, which may be the same one
 * while it has volume). For the sequencing story's deliberate collision in a lane.
 */
export async function libraryCollidingWith(api, library, sample) {
    return api.libraryPrep.createLibrary({
        libraryCreate: {
            sampleId: sample.id,
            kitId: library.kitId,
            protocol: PROTOCOL,
            i7Name: library.i7Name,
            concentrationNgPerUl: Number(NUMBERS.concentration),
            meanFragmentBp: Number(NUMBERS.fragment),
            volumeUl: Number(NUMBERS.volume),
            inputVolumeUl: Number(NUMBERS.inputVolume),
        },
    });
}

/** Works out and records a normalisation of `library` to 20 nM on its page (LB-3). */
export async function normaliseLibrary(page, library, { accessible }) {
    await open(page, `#/library/${library.id}`);
    await page.getByRole('heading', { name: library.name }).waitFor();
    await page.getByLabel('Target (nM)').fill('20');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await page.getByRole('status').filter({ hasText: 'Dilute 20 µL to 45.45 µL' }).waitFor();
    await page.getByRole('button', { name: 'Record normalisation' }).click();
    await page.getByRole('region', { name: 'Normalisations' }).getByText('20 nM').waitFor();
    await accessible('library');
}

/** The libraries list, the index kits with a UDI kit's pairs, the protocols and the calculator. */
export async function browseLibraryPrep(page, { accessible }) {
    await open(page, '#/library');
    await page.getByRole('heading', { name: 'Library prep' }).waitFor();
    await page.getByRole('region', { name: 'Libraries' }).waitFor();
    await accessible('libraries');
    await page.getByRole('link', { name: 'Index kits' }).click();
    await page.getByRole('link', { name: new RegExp(`^${UDI_KIT}`) }).first().click();
    await page.getByRole('rowheader', { name: 'UDI0001' }).waitFor();
    await accessible('library-kit');
    await open(page, '#/library/protocols');
    await page.getByRole('rowheader', { name: /Illumina DNA Prep/ }).waitFor();
    await open(page, '#/library/normalisation');
    await page.getByLabel('Volume V1').fill('10');
    await page.getByLabel('Concentration C1').fill('4');
    await page.getByLabel('Target C2').fill('2');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await page.getByRole('status').filter({ hasText: 'add 10 µL of diluent' }).waitFor();
    await accessible('library-normalisation');
}

/**
 * The thresholds as the administrator sees them: a definition's versions and the change form, whose
 * confirmation says what a new version does. Cancelled: the shared server's thresholds stay.
 */
export async function viewThresholds(page, { accessible, check }) {
    await open(page, '#/qc/thresholds');
    await page.getByRole('link', { name: 'A260/280' }).first().click();
    await page.getByRole('heading', { name: /^A260\/280 for / }).waitFor();
    await accessible('qc-threshold');
    await page.getByRole('button', { name: /^Save as version / }).click();
    const dialog = page.getByRole('alertdialog');
    check((await dialog.textContent()).includes('Results already recorded keep version'), 'the change does not say what it does');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
}
