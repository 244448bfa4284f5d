import { links, parseRoute } from '../../route';

const id = '9a1c1e0e-3333-4a4a-9999-000000000001';

test('every QC link leads to its screen, with the subject it is opened for', () => {
    expect(parseRoute(links.qc.home)).toEqual({ screen: 'qc' });
    expect(parseRoute(links.qc.subject({ kind: 'sample', id }))).toEqual({ screen: 'qc', subject: { kind: 'sample', id } });
    expect(parseRoute(`#/qc?pool=${id}`)).toEqual({ screen: 'qc', subject: { kind: 'pool', id } });
    expect(parseRoute('#/qc?sample=not-an-id')).toEqual({ screen: 'qc' });
    expect(parseRoute(links.qc.thresholds)).toEqual({ screen: 'qc-thresholds' });
    expect(parseRoute(links.qc.threshold('a260_280', 'dna'))).toEqual({ screen: 'qc-threshold', metric: 'a260_280', appliesTo: 'dna' });
    expect(parseRoute('#/qc/thresholds/rin/spaceship')).toEqual({ screen: 'unknown' });
});
