/** Library prep's places after `#/library`, each a screen of `LibraryScreens`. */
export type LibraryRoute =
    | { screen: 'library-list' }
    | { screen: 'library'; id: string }
    | { screen: 'library-new'; sampleId?: string }
    | { screen: 'library-kits' }
    | { screen: 'library-kit'; id: string }
    | { screen: 'library-protocols' }
    | { screen: 'library-plate'; id: string }
    | { screen: 'library-plate-new' }
    | { screen: 'library-normalisation' };

const ID = '([0-9a-f-]{36})';

/** The route of a `#/library…` path (its query included), or undefined for any other path. */
export function parseLibraryRoute(path: string): LibraryRoute | undefined {
    const [where, query = ''] = path.split('?');
    const fixed: Record<string, LibraryRoute> = {
        '/library': { screen: 'library-list' },
        '/library/kits': { screen: 'library-kits' },
        '/library/protocols': { screen: 'library-protocols' },
        '/library/plates/new': { screen: 'library-plate-new' },
        '/library/normalisation': { screen: 'library-normalisation' },
    };
    if (fixed[where]) {
        return fixed[where];
    }
    if (where === '/library/new') {
        return { screen: 'library-new', sampleId: new URLSearchParams(query).get('sample') ?? undefined };
    }
    const kit = new RegExp(`^/library/kits/${ID}$`).exec(where);
    if (kit) {
        return { screen: 'library-kit', id: kit[1] };
    }
    const plate = new RegExp(`^/library/plates/${ID}$`).exec(where);
    if (plate) {
        return { screen: 'library-plate', id: plate[1] };
    }
    const library = new RegExp(`^/library/${ID}$`).exec(where);
    return library ? { screen: 'library', id: library[1] } : undefined;
}

export function isLibraryRoute(route: { screen: string }): route is LibraryRoute {
    return route.screen.startsWith('library');
}

export const libraryLinks = {
    list: '#/library',
    library: (id: string) => `#/library/${id}`,
    newLibrary: (sampleId?: string) => (sampleId ? `#/library/new?sample=${sampleId}` : '#/library/new'),
    kits: '#/library/kits',
    kit: (id: string) => `#/library/kits/${id}`,
    protocols: '#/library/protocols',
    plate: (id: string) => `#/library/plates/${id}`,
    newPlate: '#/library/plates/new',
    normalisation: '#/library/normalisation',
};
