import { vi } from 'vitest';

/**
 * For component tests: the JSON bodies the screens sent through `fakeGateway` (which stands in for
 * `fetch`) to `METHOD /path`, oldest first, so a test checks what was asked, not only the answer.
 */
export function sentBodies(method: string, path: string): unknown[] {
    return vi
        .mocked(fetch)
        .mock.calls.filter(
            ([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), window.location.origin).pathname === path,
        )
        .map(([, init]) => (init?.body ? JSON.parse(String(init.body)) : undefined));
}
