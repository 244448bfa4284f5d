import { useLayoutEffect, useState } from 'react';

/**
 * A `blob:` address for a downloaded file (a label, an image), for an `<a download>` or an `<img>`;
 * released when the blob changes or the screen closes, so the browser frees the file. Made in a
 * layout effect, so a link built on it shows in the same paint as the content around it.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
    const [url, setUrl] = useState<string>();
    useLayoutEffect(() => {
        if (!blob) {
            setUrl(undefined);
            return;
        }
        const created = URL.createObjectURL(blob);
        setUrl(created);
        return () => URL.revokeObjectURL(created);
    }, [blob]);
    return url;
}
