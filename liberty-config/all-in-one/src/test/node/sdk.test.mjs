// The TypeScript SDK (sdk/typescript, @tracseq/client, installed from its packed tarball) against the
// running system, as the web UI will drive it. Run by TypeScriptSdkIT with node's own test runner.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import {
    LocationKind,
    SampleStatus,
    SampleType,
    StorageState,
    TemperatureZone,
    TracSeqClient,
    TracSeqProblem,
} from '@tracseq/client';

const baseUrl = process.env.TRACSEQ_URL;
const username = process.env.TRACSEQ_USERNAME;
const password = process.env.TRACSEQ_PASSWORD;

// A clock the renewal test moves forward, to bring the token to its renewal without waiting for it.
let ahead = 0;
const client = await TracSeqClient.connect({ baseUrl, username, password, now: () => Date.now() + ahead });

async function location(locationCreate, parentId) {
    return (await client.storage.createLocation({ locationCreate: { ...locationCreate, parentId } })).id;
}

async function box() {
    const facility = await location({ kind: LocationKind.Facility, name: `SDK ${randomUUID()}` });
    const room = await location({ kind: LocationKind.Room, name: 'Room' }, facility);
    const freezer = await location({ kind: LocationKind.Freezer, name: 'Freezer', zone: TemperatureZone.Minus80 }, room);
    const rack = await location({ kind: LocationKind.Rack, name: 'Rack' }, freezer);
    return location({ kind: LocationKind.Box, name: 'Box', rows: 2, columns: 2 }, rack);
}

async function validatedSample(name) {
    const sample = await client.samples.createSample({
        sampleCreate: { name, type: SampleType.Dna, initialVolume: { value: 50, unit: 'ul' } },
    });
    await client.samples.changeSampleStatus({
        sampleId: sample.id,
        statusChangeRequest: { status: SampleStatus.Validated },
    });
    return sample;
}

test('registers a sample, stores it and reads it back', async () => {
    const boxId = await box();
    const sample = await validatedSample('SDK TypeScript gDNA');

    const placed = await client.storage.placeSample({ placementCreate: { sampleId: sample.id, boxId, position: 'A01' } });

    assert.equal(placed.state, StorageState.Stored);
    const readBack = await client.storage.getStoredSample({ sampleId: sample.id });
    assert.equal(readBack.barcode, sample.barcode);
    assert.equal(readBack.position?.boxId, boxId);
    assert.equal(readBack.position?.position, 'A01');
    // Samples follows storage's placement event moments later.
    const deadline = Date.now() + 20_000;
    let status;
    while ((status = (await client.samples.getSample({ sampleId: sample.id })).status) !== SampleStatus.InStorage
        && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(status, SampleStatus.InStorage);
});

test('a refusal is a TracSeqProblem with its rule and fields', async () => {
    await assert.rejects(
        client.samples.createSample({ sampleCreate: { name: '', type: SampleType.Dna } }),
        (e) => e instanceof TracSeqProblem && e.status === 400 && e.errors.some((error) => error.field === 'name'),
    );

    const boxId = await box();
    const first = await validatedSample('SDK occupant 1');
    await client.storage.placeSample({ placementCreate: { sampleId: first.id, boxId, position: 'A01' } });
    const second = await validatedSample('SDK occupant 2');
    await assert.rejects(
        client.storage.placeSample({ placementCreate: { sampleId: second.id, boxId, position: 'A01' } }),
        (e) => e instanceof TracSeqProblem && e.status === 409 && e.rule === 'ST-3',
    );
});

test("reaches the gateway's own operations", async () => {
    const health = await client.gateway.gatewayHealth();
    for (const route of ['auth', 'samples', 'barcodes', 'storage']) {
        assert.ok(route in health.services, `the gateway reports ${route}`);
    }
});

test("follows a sample's events as they are stored", async () => {
    const sample = await validatedSample('SDK followed sample');
    const types = [];
    const errors = [];
    let stop;
    await new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`only ${types.join(', ')} arrived; ${errors.join('; ')}`)), 20_000);
        stop = client.follow({
            aggregateId: sample.id,
            after: 0,
            onEvent: (event) => {
                assert.equal(event.aggregateId, sample.id);
                assert.ok(event.occurredAt instanceof Date);
                types.push(event.type);
                if (types.includes('samples.sample.status_changed')) {
                    clearTimeout(timeout);
                    resolve();
                }
            },
            onError: (error) => errors.push(String(error)),
        });
    }).finally(() => stop());
    assert.ok(types.indexOf('samples.sample.registered') >= 0, 'the registration arrived');
    assert.ok(types.indexOf('samples.sample.registered') < types.indexOf('samples.sample.status_changed'), 'in stored order');
});

test('wrong credentials reject with a 401 problem', async () => {
    await assert.rejects(
        TracSeqClient.connect({ baseUrl, username: `nobody-${randomUUID().slice(0, 8)}`, password: 'Not-The-Password-1!' }),
        (e) => e instanceof TracSeqProblem && e.status === 401,
    );
});

test('renews its token with the refresh token before it expires', async () => {
    ahead += 15 * 60 * 1000;

    const sessions = await client.auth.listOwnSessions({ size: 100 });
    const current = sessions.items.find((session) => session.current);
    assert.ok(current?.lastRefreshedAt instanceof Date, 'the current session was refreshed');
});
