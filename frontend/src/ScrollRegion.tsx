import type { ReactNode } from 'react';

/**
 * A wide table (or grid) that scrolls sideways on a bench tablet: a named region that takes the
 * focus, so the keyboard can scroll it too (axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
    return (
        <div className="scroll" role="region" aria-label={label} tabIndex={0}>
            {children}
        </div>
    );
}
