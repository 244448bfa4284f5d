import type { Outcome as OutcomeValue, Standing as StandingValue } from '@tracseq/client';
import { text } from '../../text';

/** QC-1's judgement in its colour and always its word too (colour alone tells some readers nothing). */
export function Outcome({ outcome }: { outcome: OutcomeValue }) {
    return <span className={`judgement outcome-${outcome}`}>{text.qc.outcome[outcome]}</span>;
}

/** QC-4's standing of a whole sample, library or pool, coloured and said. */
export function Standing({ standing }: { standing: StandingValue }) {
    return <span className={`judgement standing-${standing}`}>{text.qc.standing[standing]}</span>;
}
