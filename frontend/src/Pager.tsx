import { text } from './text';

type Props = {
    /** Counted from 0, as the services page. */
    page: number;
    size: number;
    total: number;
    /** What the pages are of, for the navigation's name ("Libraries"). */
    label: string;
    onPage: (page: number) => void;
};

/** Previous and next over a list the server pages, with where the user is. */
export function Pager({ page, size, total, label, onPage }: Props) {
    const pages = Math.max(1, Math.ceil(total / size));
    return (
        <nav className="pager" aria-label={label}>
            <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
                {text.pager.previous}
            </button>
            <span>{text.pager.page(page + 1, pages, total)}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
                {text.pager.next}
            </button>
        </nav>
    );
}
