import { type ReactNode, useEffect, useMemo } from 'react';

/**
 * A file the page already holds (text an SDK call returned) offered as a real link: an object URL
 * on an `<a download>`, released when the link goes. No second request, and the CSP allows it.
 */
export function DownloadLink({ content, type, filename, children }: { content: string; type: string; filename: string; children: ReactNode }) {
    const url = useMemo(() => URL.createObjectURL(new Blob([content], { type })), [content, type]);
    useEffect(() => () => URL.revokeObjectURL(url), [url]);
    return (
        <a className="button" href={url} download={filename}>
            {children}
        </a>
    );
}
