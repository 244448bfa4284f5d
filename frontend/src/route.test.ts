import { links, parseRoute } from './route';

test('every link leads to its screen, and anything else to none', () => {
    expect(parseRoute('')).toEqual({ screen: 'dashboard' });
    expect(parseRoute(links.dashboard)).toEqual({ screen: 'dashboard' });
    expect(parseRoute(links.samples)).toEqual({ screen: 'samples' });
    const id = '0b6f3b7e-5c1d-4a57-9a55-7d1e0c3a9b10';
    expect(parseRoute(links.sample(id))).toEqual({ screen: 'sample', id });
    expect(parseRoute('#/samples/not-an-id')).toEqual({ screen: 'unknown' });
});
