import { useState } from 'react';
import { text } from './text';

type Props = {
    /** Zero-based, as the API counts. */
    page: number;
    size: number;
    total: number;
    onPage: (page: number) => void;
    /** What is paged, for the navigation's name: "Samples", "Users". */
    label: string;
    /** The position said in the list's own words: "Page 2 of 3 (120 samples)"; by default without them. */
    summary?: (page: number, pages: number, total: number) => string;
};

/** Previous and next over a list the server pages. */
export function Pager({ page, size, total, onPage, label, summary = text.pager.page }: Props) {
    const pages = Math.max(1, Math.ceil(total / size));
    return (
        <nav className="pager" aria-label={label}>
            <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
                {text.pager.previous}
            </button>
            <span>{summary(page + 1, pages, total)}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
                {text.pager.next}
            </button>
        </nav>
    );
}

/**
 * The page a filtered list shows. `filter` sets a filter and goes back to the first page, since
 * the page shown may not exist in the list filtered anew.
 */
export function usePage() {
    const [page, setPage] = useState(0);
    const filter = <T,>(set: (value: T) => void, value: T) => {
        set(value);
        setPage(0);
    };
    return { page, setPage, filter };
}
