import { type ReactNode, useId } from 'react';
import { Problem } from './Problem';
import type { Loaded } from './session';
import { text } from './text';

/**
 * A part of a screen with data of its own (often another service's): its heading, then its
 * content, or its own problem when that call was refused, so the rest of the screen still shows.
 */
export function LoadedSection<T>({ title, loaded, children }: { title: string; loaded: Loaded<T>; children: (data: T) => ReactNode }) {
    const headingId = useId();
    return (
        <section aria-labelledby={headingId} aria-busy={loaded.loading}>
            <h2 id={headingId}>{title}</h2>
            {loaded.error !== undefined ? (
                <Problem error={loaded.error} />
            ) : loaded.data === undefined ? (
                <p>{text.loading}</p>
            ) : (
                children(loaded.data)
            )}
        </section>
    );
}
