import { signIn } from './session';
import { fakeGateway, signInAnswers } from './testing';
import { typeMatches } from './liveEvents';

test('a type filter is the type itself or a prefix of whole parts', () => {
    expect(typeMatches('storage.item.placed', 'storage.item.placed')).toBe(true);
    expect(typeMatches('storage.item.*', 'storage.item.placed')).toBe(true);
    expect(typeMatches('storage.*', 'storage.location.temperature_alert')).toBe(true);
    expect(typeMatches('storage.item.*', 'storage.items.placed')).toBe(false);
    expect(typeMatches('storage.item.placed', 'storage.item.placed_again')).toBe(false);
});

test('every listener of a page shares one stream and hears only its own changes', async () => {
    const gateway = fakeGateway(signInAnswers);
    const { live } = await signIn('tech', 'Bench-Password-123!');
    const storage = vi.fn();
    const oneSample = vi.fn();
    live.listen({ type: 'storage.*', changed: storage });
    const unlisten = live.listen({ type: 'samples.sample.*', aggregateId: 'sample-1', changed: oneSample });
    await vi.waitFor(() => expect(gateway.requests.filter((url) => url.pathname === '/api/events/stream')).toHaveLength(1));

    gateway.emit('storage.item.placed', 'sample-1');
    gateway.emit('samples.sample.status_changed', 'sample-2');
    gateway.emit('samples.sample.status_changed', 'sample-1');
    await vi.waitFor(() => expect(oneSample).toHaveBeenCalledTimes(1));
    expect(storage).toHaveBeenCalledTimes(1);

    unlisten();
    gateway.emit('samples.sample.status_changed', 'sample-1');
    gateway.emit('storage.item.moved', 'sample-1');
    await vi.waitFor(() => expect(storage).toHaveBeenCalledTimes(2));
    expect(oneSample).toHaveBeenCalledTimes(1);
    expect(gateway.requests.filter((url) => url.pathname === '/api/events/stream')).toHaveLength(1);
    live.close();
});
