import { type StoredEvent, StoredEventFromJSON } from './generated/models/index.js';
import type { FetchAPI } from './generated/runtime.js';
import { throwIfProblem } from './problem.js';

/** Which events to follow: a type or a prefix such as `storage.*`, and/or one aggregate. */
export type EventFilter = { type?: string; aggregateId?: string };

export type FollowOptions = EventFilter & {
    /** Send the stored events after this position first (0: all of them); otherwise only new ones. */
    after?: number;
    /** Called with each event, in the order the store holds them. */
    onEvent: (event: StoredEvent) => void;
    /** Called when the stream breaks; it is opened again by itself (a 401 or 403 ends the following). */
    onError?: (error: unknown) => void;
};

/** How the follower reaches the stream: the gateway's base path, a fetch, the current token. */
export type StreamAccess = { basePath: string; fetch: FetchAPI; accessToken: () => Promise<string> };

const RETRY_FIRST_MS = 1_000;
const RETRY_MOST_MS = 30_000;

/**
 * Follows `/api/events/stream` (server-sent events) until stopped. Unlike the browser's
 * EventSource it sends the access token, renewed as any call's; it resumes after the last event it
 * received (`Last-Event-ID`), so an event is neither missed nor seen twice across reconnects.
 * Returns the function that stops it.
 */
export function followEvents(access: StreamAccess, options: FollowOptions): () => void {
    const stop = new AbortController();
    let lastId: string | undefined;
    let retryMs = RETRY_FIRST_MS;

    async function readOnce(): Promise<void> {
        const query = new URLSearchParams();
        if (options.type) query.set('type', options.type);
        if (options.aggregateId) query.set('aggregateId', options.aggregateId);
        if (!lastId && options.after !== undefined) query.set('after', String(options.after));
        const headers: Record<string, string> = {
            Accept: 'text/event-stream',
            Authorization: `Bearer ${await access.accessToken()}`,
        };
        if (lastId) headers['Last-Event-ID'] = lastId;
        const response = await access.fetch(`${access.basePath}/api/events/stream?${query}`, { headers, signal: stop.signal });
        await throwIfProblem(response);
        if (!response.ok || !response.body) {
            throw new Error(`The event stream answered ${response.status}`);
        }
        retryMs = RETRY_FIRST_MS;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffered = '';
        for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffered += value;
            let end: number;
            // One event per blank line; the server writes `\n` line ends.
            while ((end = buffered.indexOf('\n\n')) >= 0) {
                dispatch(buffered.slice(0, end));
                buffered = buffered.slice(end + 2);
            }
        }
    }

    function dispatch(block: string): void {
        let id: string | undefined;
        const data: string[] = [];
        for (const line of block.split('\n')) {
            if (line.startsWith('id:')) id = line.slice(3).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            // `event:` repeats the data's type; `:` lines only keep the connection open.
        }
        if (data.length === 0) return;
        if (id) lastId = id;
        options.onEvent(StoredEventFromJSON(JSON.parse(data.join('\n'))));
    }

    void (async () => {
        while (!stop.signal.aborted) {
            try {
                await readOnce();
            } catch (error) {
                if (stop.signal.aborted) return;
                options.onError?.(error);
                const status = (error as { status?: number }).status;
                if (status === 401 || status === 403) return;
            }
            // The server ends a stream after a while: open it again after a pause, longer after
            // each failure in a row (as EventSource does).
            await pause(retryMs, stop.signal);
            retryMs = Math.min(retryMs * 2, RETRY_MOST_MS);
        }
    })();
    return () => stop.abort();
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        });
    });
}
