import { useEffect, useState } from 'react';

/** Where the user is: the part of the address after `#`, so the gateway serves one page for all. */
export type Route =
    | { screen: 'dashboard' }
    | { screen: 'samples' }
    | { screen: 'sample'; id: string }
    | { screen: 'sequencing' }
    | { screen: 'newPool' }
    | { screen: 'pool'; id: string }
    | { screen: 'newRun' }
    | { screen: 'run'; id: string }
    | { screen: 'unknown' };

const UUID = '([0-9a-f-]{36})';

export function parseRoute(hash: string): Route {
    const path = hash.replace(/^#/, '') || '/';
    if (path === '/') {
        return { screen: 'dashboard' };
    }
    if (path === '/samples') {
        return { screen: 'samples' };
    }
    const sample = /^\/samples\/([0-9a-f-]{36})$/.exec(path);
    if (sample) {
        return { screen: 'sample', id: sample[1] };
    }
    return parseSequencingRoute(path);
}

function parseSequencingRoute(path: string): Route {
    if (path === '/sequencing') {
        return { screen: 'sequencing' };
    }
    if (path === '/sequencing/pools/new') {
        return { screen: 'newPool' };
    }
    if (path === '/sequencing/runs/new') {
        return { screen: 'newRun' };
    }
    const pool = new RegExp(`^/sequencing/pools/${UUID}$`).exec(path);
    if (pool) {
        return { screen: 'pool', id: pool[1] };
    }
    const run = new RegExp(`^/sequencing/runs/${UUID}$`).exec(path);
    return run ? { screen: 'run', id: run[1] } : { screen: 'unknown' };
}

export const links = {
    dashboard: '#/',
    samples: '#/samples',
    sample: (id: string) => `#/samples/${id}`,
    sequencing: '#/sequencing',
    newPool: '#/sequencing/pools/new',
    pool: (id: string) => `#/sequencing/pools/${id}`,
    newRun: '#/sequencing/runs/new',
    run: (id: string) => `#/sequencing/runs/${id}`,
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
