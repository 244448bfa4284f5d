import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { type Session, SessionContext, signIn } from './session';

type Answer = { status?: number; body: unknown; problem?: boolean };

/**
 * The gateway as the screens' component tests see it: answers by "METHOD /path" (the query left
 * off), and every request kept for the test to look at. The real gateway is the end-to-end run's.
 */
export function fakeGateway(answers: Record<string, Answer | ((url: URL, body: unknown) => Answer)>) {
    const requests: URL[] = [];
    /** Each request with its method and JSON body, for tests of what a screen sends. */
    const calls: { method: string; url: URL; body?: unknown }[] = [];
    const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
    let position = 0;
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(String(input), window.location.origin);
        requests.push(url);
        const method = init?.method ?? 'GET';
        calls.push({ method, url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
        if (url.pathname === '/api/events/stream') {
            // Open until the page stops following; `emit` writes to it.
            const body = new ReadableStream<Uint8Array>({ start: (controller) => void streams.push(controller) });
            return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
        }
        const found = answers[`${method} ${url.pathname}`];
        if (!found) {
            return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
                status: 404,
                headers: { 'Content-Type': 'application/problem+json' },
            });
        }
        // The request's JSON body too, so a test can check what a write sent.
        const answer = typeof found === 'function' ? found(url, init?.body ? JSON.parse(String(init.body)) : undefined) : found;
        return new Response(JSON.stringify(answer.body), {
            status: answer.status ?? 200,
            headers: { 'Content-Type': answer.problem ? 'application/problem+json' : 'application/json' },
        });
    });
    vi.stubGlobal('fetch', fetch);
    /** Someone changed something: every open event stream receives the event. */
    function emit(type: string, aggregateId: string, payload: object = {}) {
        position += 1;
        const event = { position, id: crypto.randomUUID(), type, aggregateId, version: 1, occurredAt: new Date().toISOString(), payload };
        const frame = new TextEncoder().encode(`id: ${position}\nevent: ${type}\ndata: ${JSON.stringify(event)}\n\n`);
        streams.forEach((stream) => stream.enqueue(frame));
    }
    return { requests, calls, emit };
}

export const signInAnswers = {
    'POST /api/auth/login': { body: { accessToken: 'access', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'refresh' } },
    'GET /api/auth/me': {
        body: {
            id: '7b0c1e0e-1111-4a4a-9999-000000000001',
            username: 'tech',
            fullName: 'Lab Technician',
            email: 'tech@lab.example.org',
            role: 'lab_technician',
            enabled: true,
            createdAt: '2026-12-01T08:00:00Z',
            createdBy: 'admin',
        },
    },
};

/** Renders `ui` signed in through the fake gateway, as the shell would. */
export async function renderSignedIn(ui: ReactNode, expire: () => void = () => undefined) {
    const session: Session = await signIn('tech', 'Bench-Password-123!');
    return render(<SessionContext.Provider value={{ session, expire }}>{ui}</SessionContext.Provider>);
}
