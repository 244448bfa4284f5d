import { useEffect, useState } from 'react';
import { type LibraryRoute, libraryLinks, parseLibraryRoute } from './screens/library/routes';
import { parseQcRoute, type QcRoute, qcLinks } from './screens/qc/routes';
import { parseSequencingRoute, type SequencingRoute, sequencingLinks } from './screens/sequencing/routes';
import { parseStorageRoute, type StorageRoute, storageLinks } from './screens/storage/routes';

/** Where the user is: the part of the address after `#`, so the gateway serves one page for all. */
export type Route =
    | { screen: 'dashboard' }
    | { screen: 'samples' }
    | { screen: 'sample'; id: string }
    | LibraryRoute
    | QcRoute
    | StorageRoute
    | SequencingRoute
    // Samples and administration screens (issue 22)
    | { screen: 'register' }
    | { screen: 'batch' }
    | { screen: 'users' }
    | { screen: 'user'; id: string }
    | { screen: 'apiKeys' }
    | { screen: 'audit' }
    | { screen: 'sessions' }
    | { screen: 'unknown' };

/** Screens whose path has no id, by path. */
const fixedScreens = new Map<string, Route>([
    ['/samples/new', { screen: 'register' }],
    ['/samples/batch', { screen: 'batch' }],
    ['/admin/users', { screen: 'users' }],
    ['/admin/api-keys', { screen: 'apiKeys' }],
    ['/admin/audit', { screen: 'audit' }],
    ['/sessions', { screen: 'sessions' }],
]);

export function parseRoute(hash: string): Route {
    const path = hash.replace(/^#/, '') || '/';
    if (path === '/') {
        return { screen: 'dashboard' };
    }
    if (path === '/samples') {
        return { screen: 'samples' };
    }
    const area = parseLibraryRoute(path) ?? parseQcRoute(path) ?? parseStorageRoute(path) ?? parseSequencingRoute(path);
    if (area) {
        return area;
    }
    const fixed = fixedScreens.get(path);
    if (fixed) {
        return fixed;
    }
    const user = /^\/admin\/users\/([0-9a-f-]{36})$/.exec(path);
    if (user) {
        return { screen: 'user', id: user[1] };
    }
    const sample = /^\/samples\/([0-9a-f-]{36})$/.exec(path);
    return sample ? { screen: 'sample', id: sample[1] } : { screen: 'unknown' };
}

export const links = {
    dashboard: '#/',
    samples: '#/samples',
    sample: (id: string) => `#/samples/${id}`,
    library: libraryLinks,
    qc: qcLinks,
    storage: storageLinks,
    ...sequencingLinks,
    register: '#/samples/new',
    batch: '#/samples/batch',
    users: '#/admin/users',
    user: (id: string) => `#/admin/users/${id}`,
    apiKeys: '#/admin/api-keys',
    audit: '#/admin/audit',
    sessions: '#/sessions',
};

export function useRoute(): Route {
    const [route, setRoute] = useState(() => parseRoute(window.location.hash));
    useEffect(() => {
        const follow = () => setRoute(parseRoute(window.location.hash));
        window.addEventListener('hashchange', follow);
        return () => window.removeEventListener('hashchange', follow);
    }, []);
    return route;
}
