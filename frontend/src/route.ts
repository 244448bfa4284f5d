import { useEffect, useState } from 'react';
import { parseStorageRoute, type StorageRoute, storageLinks } from './screens/storage/routes';

/** Where the user is: the part of the address after `#`, so the gateway serves one page for all. */
export type Route = { screen: 'dashboard' } | { screen: 'samples' } | { screen: 'sample'; id: string } | StorageRoute | { screen: 'unknown' };

export function parseRoute(hash: string): Route {
    const path = hash.replace(/^#/, '') || '/';
    if (path === '/') {
        return { screen: 'dashboard' };
    }
    if (path === '/samples') {
        return { screen: 'samples' };
    }
    const area = parseStorageRoute(path);
    if (area) {
        return area;
    }
    const sample = /^\/samples\/([0-9a-f-]{36})$/.exec(path);
    return sample ? { screen: 'sample', id: sample[1] } : { screen: 'unknown' };
}

export const links = {
    dashboard: '#/',
    samples: '#/samples',
    sample: (id: string) => `#/samples/${id}`,
    storage: storageLinks,
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
