import { useEffect, useState } from 'react';

/** Where the user is: the part of the address after `#`, so the gateway serves one page for all. */
export type Route =
    | { screen: 'dashboard' }
    | { screen: 'samples' }
    | { screen: 'sample'; id: string }
    // Storage: the hierarchy, one location (a box shows its grid), one sample's storage and custody.
    | { screen: 'storage' }
    | { screen: 'location'; id: string }
    | { screen: 'storedSample'; id: string }
    | { screen: 'unknown' };

export function parseRoute(hash: string): Route {
    const path = hash.replace(/^#/, '') || '/';
    if (path === '/') {
        return { screen: 'dashboard' };
    }
    if (path === '/samples') {
        return { screen: 'samples' };
    }
    if (path === '/storage') {
        return { screen: 'storage' };
    }
    const storedSample = /^\/storage\/samples\/([0-9a-f-]{36})$/.exec(path);
    if (storedSample) {
        return { screen: 'storedSample', id: storedSample[1] };
    }
    const location = /^\/storage\/([0-9a-f-]{36})$/.exec(path);
    if (location) {
        return { screen: 'location', id: location[1] };
    }
    const sample = /^\/samples\/([0-9a-f-]{36})$/.exec(path);
    return sample ? { screen: 'sample', id: sample[1] } : { screen: 'unknown' };
}

export const links = {
    dashboard: '#/',
    samples: '#/samples',
    sample: (id: string) => `#/samples/${id}`,
    storage: '#/storage',
    location: (id: string) => `#/storage/${id}`,
    storedSample: (id: string) => `#/storage/samples/${id}`,
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
