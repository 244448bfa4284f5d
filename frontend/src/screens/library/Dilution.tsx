import type { NormalisationResult } from '@tracseq/client';
import { text } from '../../text';

/** LB-3's answer as a bench reads it: the volume to reach and the diluent to add, in µL. */
export function Dilution({ from, result }: { from: number; result: NormalisationResult }) {
    return (
        <p role="status" className="result">
            {text.library.normalise.dilution(
                text.library.microlitres(from),
                text.library.microlitres(result.volume),
                text.library.microlitres(result.diluent),
            )}
        </p>
    );
}
