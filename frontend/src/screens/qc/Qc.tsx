import { links } from '../../route';
import { text } from '../../text';
import { Awaiting } from './Awaiting';
import { RecordResult } from './RecordResult';
import type { QcSubject } from './routes';
import { Subject } from './Subject';

/**
 * QC at the bench: record a measurement and see its outcome at once; the results awaiting a second
 * person's verification; opened for one subject (`#/qc?sample=<id>`), that subject's QC first.
 * The lists follow `qaqc.*` events, so another user's recording or verification shows by itself.
 */
export function Qc({ subject }: { subject?: QcSubject }) {
    return (
        <>
            <h1>{text.qc.title}</h1>
            <nav aria-label={text.qc.places} className="subnav">
                {subject && <a href={links.qc.home}>{text.qc.allQc}</a>}
                <a href={links.qc.thresholds}>{text.qc.thresholds}</a>
            </nav>
            {subject && <Subject subject={subject} />}
            {/* Keyed by subject: another subject starts an empty form. */}
            <RecordResult key={subject?.id} subject={subject} />
            <Awaiting />
        </>
    );
}
