/** Storage's places after `#/storage`, each a screen of `StorageScreens`. */
export type StorageRoute =
    | { screen: 'storage' }
    // A location's page: a box shows its grid, anything else what it holds.
    | { screen: 'storage-location'; id: string }
    // One sample in storage: where it is, its handling and its chain of custody.
    | { screen: 'storage-sample'; id: string };

/** The route of a `#/storage…` path, or undefined for any other path. */
export function parseStorageRoute(path: string): StorageRoute | undefined {
    if (path === '/storage') {
        return { screen: 'storage' };
    }
    const sample = /^\/storage\/samples\/([0-9a-f-]{36})$/.exec(path);
    if (sample) {
        return { screen: 'storage-sample', id: sample[1] };
    }
    const location = /^\/storage\/([0-9a-f-]{36})$/.exec(path);
    return location ? { screen: 'storage-location', id: location[1] } : undefined;
}

export function isStorageRoute(route: { screen: string }): route is StorageRoute {
    return route.screen === 'storage' || route.screen.startsWith('storage-');
}

export const storageLinks = {
    home: '#/storage',
    location: (id: string) => `#/storage/${id}`,
    sample: (id: string) => `#/storage/samples/${id}`,
};
