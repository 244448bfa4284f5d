import { parseRoute } from '../../route';
import { parseStorageRoute, storageLinks } from './routes';

const id = '0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b10';

test('storage links lead to the hierarchy, a location and a sample in storage', () => {
    expect(parseRoute(storageLinks.home)).toEqual({ screen: 'storage' });
    expect(parseRoute(storageLinks.location(id))).toEqual({ screen: 'storage-location', id });
    expect(parseRoute(storageLinks.sample(id))).toEqual({ screen: 'storage-sample', id });
});

test('anything else under storage is no storage screen', () => {
    expect(parseStorageRoute('/storage/samples/not-an-id')).toBeUndefined();
    expect(parseStorageRoute('/storage/')).toBeUndefined();
    expect(parseStorageRoute('/samples')).toBeUndefined();
});
