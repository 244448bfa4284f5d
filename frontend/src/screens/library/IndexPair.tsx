import { text } from '../../text';

type Props = { i7Name: string; i7: string; i5Name?: string; i5?: string };

/** A library's index pair as a sample sheet has it: each read's index by name and sequence. */
export function IndexPair({ i7Name, i7, i5Name, i5 }: Props) {
    return (
        <span className="index-pair">
            <span>
                {text.library.i7} {i7Name} <code>{i7}</code>
            </span>
            {i5Name && (
                <span>
                    {text.library.i5} {i5Name} <code>{i5}</code>
                </span>
            )}
        </span>
    );
}
