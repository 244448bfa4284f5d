import type { StoredEvent, TracSeqClient } from '@tracseq/client';

type Listener = { type: string; aggregateId?: string; changed: () => void };

/**
 * One event stream per signed-in page, shared by every screen that follows changes: a browser
 * opens at most six connections to a server over HTTP/1.1, and a stream holds one for as long as
 * it is open, so a stream per screen section would starve the page's calls. Opened on the first
 * listener, closed with the session.
 */
export class LiveEvents {
    private readonly listeners = new Set<Listener>();
    private stop?: () => void;

    constructor(private readonly client: TracSeqClient) {}

    listen(listener: Listener): () => void {
        this.listeners.add(listener);
        this.stop ??= this.client.follow({ onEvent: (event) => this.deliver(event) });
        return () => this.listeners.delete(listener);
    }

    close(): void {
        this.stop?.();
        this.stop = undefined;
        this.listeners.clear();
    }

    private deliver(event: StoredEvent): void {
        this.listeners.forEach((listener) => {
            if (typeMatches(listener.type, event.type) && (!listener.aggregateId || listener.aggregateId === event.aggregateId)) {
                listener.changed();
            }
        });
    }
}

/** As the events service reads a type filter: the type itself, or a prefix of whole parts with `.*`. */
export function typeMatches(pattern: string, type: string): boolean {
    return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}
