import { useEffect, useState } from 'react';

/**
 * A `blob:` address for a downloaded file (a label, an image), for an `<a download>` or an `<img>`;
 * released when the blob changes or the screen closes, so the browser frees the file.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
    const [url, setUrl] = useState<string>();
    useEffect(() => {
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
