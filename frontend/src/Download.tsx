import { type ReactNode, useMemo } from 'react';
import { useObjectUrl } from './objectUrl';

type Props = {
    /** The file: a Blob an SDK call returned, or text (then `type` is its media type). */
    content: Blob | string;
    type?: string;
    filename: string;
    children: ReactNode;
};

/**
 * A file the page already holds offered as a real link: an object URL on an `<a download>`,
 * released when the link goes. No second request, and the CSP allows it.
 */
export function DownloadLink({ content, type, filename, children }: Props) {
    const blob = useMemo(() => (typeof content === 'string' ? new Blob([content], { type }) : content), [content, type]);
    const url = useObjectUrl(blob);
    return url ? (
        <a className="button" href={url} download={filename}>
            {children}
        </a>
    ) : null;
}
