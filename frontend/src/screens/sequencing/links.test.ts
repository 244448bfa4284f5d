import { links, parseRoute } from '../../route';

test('every sequencing link leads to its screen', () => {
    const id = '33333333-3333-4333-8333-333333333333';
    expect(parseRoute(links.sequencing)).toEqual({ screen: 'sequencing' });
    expect(parseRoute(links.newPool)).toEqual({ screen: 'newPool' });
    expect(parseRoute(links.pool(id))).toEqual({ screen: 'pool', id });
    expect(parseRoute(links.newRun)).toEqual({ screen: 'newRun' });
    expect(parseRoute(links.run(id))).toEqual({ screen: 'run', id });
    expect(parseRoute('#/sequencing/runs/not-a-run')).toEqual({ screen: 'unknown' });
});
