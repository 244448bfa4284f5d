import { links, parseRoute } from '../../route';

const id = '9a1c1e0e-3333-4a4a-9999-000000000001';

test("every library-prep link leads to its screen, and a wrong one to none", () => {
    expect(parseRoute(links.library.list)).toEqual({ screen: 'library-list' });
    expect(parseRoute(links.library.library(id))).toEqual({ screen: 'library', id });
    expect(parseRoute(links.library.newLibrary())).toEqual({ screen: 'library-new', sampleId: undefined });
    expect(parseRoute(links.library.newLibrary(id))).toEqual({ screen: 'library-new', sampleId: id });
    expect(parseRoute(links.library.kits)).toEqual({ screen: 'library-kits' });
    expect(parseRoute(links.library.kit(id))).toEqual({ screen: 'library-kit', id });
    expect(parseRoute(links.library.protocols)).toEqual({ screen: 'library-protocols' });
    expect(parseRoute(links.library.plate(id))).toEqual({ screen: 'library-plate', id });
    expect(parseRoute(links.library.newPlate)).toEqual({ screen: 'library-plate-new' });
    expect(parseRoute(links.library.normalisation)).toEqual({ screen: 'library-normalisation' });
    expect(parseRoute('#/library/plates/not-an-id')).toEqual({ screen: 'unknown' });
});
