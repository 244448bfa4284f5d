/** Sequencing's places after `#/sequencing`. */
export type SequencingRoute =
    | { screen: 'sequencing' }
    | { screen: 'newPool' }
    | { screen: 'pool'; id: string }
    | { screen: 'newRun' }
    | { screen: 'run'; id: string };

const UUID = '([0-9a-f-]{36})';

/** The route of a `#/sequencing…` path, or undefined for any other path. */
export function parseSequencingRoute(path: string): SequencingRoute | undefined {
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
    return run ? { screen: 'run', id: run[1] } : undefined;
}

export const sequencingLinks = {
    sequencing: '#/sequencing',
    newPool: '#/sequencing/pools/new',
    pool: (id: string) => `#/sequencing/pools/${id}`,
    newRun: '#/sequencing/runs/new',
    run: (id: string) => `#/sequencing/runs/${id}`,
};
