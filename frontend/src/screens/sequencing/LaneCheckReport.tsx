import type { Collision, CycleSignal, LaneCheck, LaneReport } from '@tracseq/client';
import { text, wireWords } from '../../text';

const labels = text.sequencing.check;

/**
 * The lane check read out: per lane, which two libraries collide and how far apart their indexes
 * are (IDX-1..3), which index cycles lack signal in which channel (CB-1), and what would fix it.
 */
export function LaneCheckReport({ check }: { check: LaneCheck }) {
    return (
        <>
            <p role="status" className={check.passes ? 'verdict pass' : 'verdict fail'}>
                {check.passes ? labels.passes : labels.fails}
            </p>
            {check.lanes.map((lane) => (
                <LaneVerdict key={lane.lane} lane={lane} />
            ))}
        </>
    );
}

function LaneVerdict({ lane }: { lane: LaneReport }) {
    const heading = `lane-check-${lane.lane}`;
    const darkCycles = lane.cycles.filter((cycle) => cycle.dark.length > 0);
    return (
        <article className={`lane-report ${lane.passes ? 'pass' : 'fail'}`} aria-labelledby={heading}>
            <h3 id={heading}>{(lane.passes ? labels.lanePasses : labels.laneFails)(lane.lane, lane.libraries)}</h3>
            {lane.poolQc && <p className={`qc-${lane.poolQc.standing}`}>{labels.poolQc(wireWords(lane.poolQc.standing))}</p>}
            {lane.minimumDistance !== undefined && lane.closestPair?.length === 2 && (
                <p className={lane.minimumDistance < 4 ? 'warn' : undefined}>
                    {labels.closest(lane.minimumDistance, lane.closestPair[0], lane.closestPair[1])}
                </p>
            )}
            {lane.collisions.length > 0 && (
                <>
                    <h4>{labels.collisions}</h4>
                    <ul className="collisions">
                        {lane.collisions.map((collision) => (
                            <CollisionItem key={collision.first + collision.second} collision={collision} />
                        ))}
                    </ul>
                </>
            )}
            {lane.findings.length > 0 && (
                <>
                    <h4>{labels.findings}</h4>
                    <ul className="findings">
                        {lane.findings.map((finding, i) => (
                            <li key={i} className={`severity-${finding.severity}`}>
                                <strong>{labels.finding(finding.severity, finding.rule)}</strong>
                                {finding.indexRead !== undefined && ` (${labels.at(finding.indexRead, finding.cycle)})`}: {finding.message}
                            </li>
                        ))}
                    </ul>
                </>
            )}
            <h4>{labels.cycles}</h4>
            <p>{labels.cyclesWithoutSignal(darkCycles.length)}</p>
            {darkCycles.length > 0 && <CycleTable cycles={darkCycles} />}
            {lane.cycles.length > 0 && (
                <details>
                    <summary>{labels.allCycles}</summary>
                    <CycleTable cycles={lane.cycles} />
                </details>
            )}
            {lane.suggestions && lane.suggestions.length > 0 && (
                <>
                    <h4>{labels.suggestions}</h4>
                    <ul>
                        {lane.suggestions.map((suggestion) => (
                            <li key={suggestion.kit + suggestion.name}>
                                {labels.suggestion(suggestion.name, suggestion.kit, suggestion.fixes, suggestion.gradeAfter)}
                            </li>
                        ))}
                    </ul>
                </>
            )}
        </article>
    );
}

function CollisionItem({ collision }: { collision: Collision }) {
    const details = [
        labels.index1Distance(collision.distanceIndex1, collision.comparedIndex1),
        collision.distanceIndex2 === undefined
            ? labels.index2NotCompared
            : labels.index2Distance(collision.distanceIndex2, collision.comparedIndex2),
        ...(collision.identical ? [labels.identical] : []),
        ...(collision.sameSequenceUnderTwoNames ? [labels.sameSequence] : []),
    ];
    return (
        <li>
            <strong>{labels.collide(collision.first, collision.second)}</strong>: {details.join('; ')}.
            <br />
            <span className="hint">{collision.description}</span>
        </li>
    );
}

function CycleTable({ cycles }: { cycles: CycleSignal[] }) {
    const columns = labels.cycleColumns;
    return (
        <table className="cycles">
            <thead>
                <tr>
                    <th scope="col">{columns.read}</th>
                    <th scope="col">{columns.cycle}</th>
                    <th scope="col">{columns.bases}</th>
                    <th scope="col">{columns.lit}</th>
                    <th scope="col">{columns.dark}</th>
                    <th scope="col">{columns.note}</th>
                </tr>
            </thead>
            <tbody>
                {cycles.map((cycle) => (
                    <tr key={`${cycle.indexRead}-${cycle.cycle}`} className={cycle.dark.length > 0 ? 'dark' : undefined}>
                        <td>{cycle.indexRead}</td>
                        <td>{cycle.cycle}</td>
                        <td>{labels.bases(cycle.a, cycle.c, cycle.g, cycle.t)}</td>
                        <td>{cycle.lit.join(', ') || labels.none}</td>
                        <td>{cycle.dark.join(', ') || labels.none}</td>
                        <td>{cycle.description}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    );
}
