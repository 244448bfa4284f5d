import { useRef } from 'react';

/**
 * An Idempotency-Key per request body: sending the same body again (a retry after a lost answer)
 * reuses its key, so the server does it once; a changed body gets a new key (the same key with
 * another body is refused). Random from `getRandomValues`, which a bench tablet reaching the
 * gateway over plain HTTP still has.
 */
export function useIdempotencyKey(): (body: unknown) => string {
    const last = useRef<{ body: string; key: string }>(undefined);
    return (body) => {
        const json = JSON.stringify(body);
        if (last.current?.body !== json) {
            last.current = { body: json, key: newIdempotencyKey() };
        }
        return last.current.key;
    };
}

/** A fresh random key, for a screen that decides itself when a request is a new one. */
export function newIdempotencyKey(): string {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
