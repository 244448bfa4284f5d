import { links } from '../../route';
import { text } from '../../text';

/** The way back to library prep's list, at the top of its other screens. */
export function Back() {
    return (
        <p>
            <a href={links.library.list}>{text.library.back}</a>
        </p>
    );
}
