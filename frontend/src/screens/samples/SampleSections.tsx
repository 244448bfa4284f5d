import type { CustodyEventPage, LibraryPage, Lineage as LineageLinks, LineageLink, Sample, SubjectSummary } from '@tracseq/client';
import { LoadedSection } from '../../LoadedSection';
import { links } from '../../route';
import type { Loaded } from '../../session';
import { localTime, text, wireWords } from '../../text';

/** A sample's lineage with the related samples it names, so they show by barcode. */
export type LineageWithSamples = LineageLinks & { related: Map<string, Sample> };

const words = text.sample;

export function Lineage({ loaded }: { loaded: Loaded<LineageWithSamples> }) {
    return (
        <LoadedSection title={words.lineage.title} loaded={loaded}>
            {(lineage) => (
                <>
                    <h3>{words.lineage.parents}</h3>
                    <LineageTable links={lineage.ancestors} other={(link) => link.parentId} related={lineage.related} />
                    <h3>{words.lineage.children}</h3>
                    <LineageTable links={lineage.descendants} other={(link) => link.childId} related={lineage.related} />
                </>
            )}
        </LoadedSection>
    );
}

function LineageTable({
    links: lineageLinks,
    other,
    related,
}: {
    links: LineageLink[];
    other: (link: LineageLink) => string;
    related: Map<string, Sample>;
}) {
    if (lineageLinks.length === 0) {
        return <p>{words.lineage.none}</p>;
    }
    return (
        <table>
            <thead>
                <tr>
                    <th scope="col">{words.lineage.sample}</th>
                    <th scope="col">{words.lineage.relation}</th>
                    <th scope="col">{words.lineage.generation}</th>
                    <th scope="col">{words.lineage.volume}</th>
                </tr>
            </thead>
            <tbody>
                {lineageLinks.map((link) => {
                    const id = other(link);
                    const sample = related.get(id);
                    return (
                        <tr key={`${link.parentId}-${link.childId}`}>
                            <td>
                                <a href={links.sample(id)}>{sample ? `${sample.barcode} · ${sample.name}` : id}</a>
                            </td>
                            <td>{wireWords(link.relation)}</td>
                            <td>{link.depth ?? 1}</td>
                            <td>{link.volume && `${link.volume.value} ${link.volume.unit}`}</td>
                        </tr>
                    );
                })}
            </tbody>
        </table>
    );
}

export function Custody({ loaded }: { loaded: Loaded<CustodyEventPage> }) {
    return (
        <LoadedSection title={words.custody.title} loaded={loaded}>
            {(custody) =>
                custody.items.length === 0 ? (
                    <p>{words.custody.none}</p>
                ) : (
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{words.custody.when}</th>
                                <th scope="col">{words.custody.what}</th>
                                <th scope="col">{words.custody.where}</th>
                                <th scope="col">{words.custody.who}</th>
                                <th scope="col">{words.custody.note}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {custody.items.map((event) => (
                                <tr key={event.id}>
                                    <td>{localTime(event.at)}</td>
                                    <td>{wireWords(event.kind)}</td>
                                    <td>{words.custody.move(event.from?.position, event.to?.position)}</td>
                                    <td>{event.actor}</td>
                                    <td>{[event.condition && wireWords(event.condition), event.note].filter(Boolean).join(' · ')}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                )
            }
        </LoadedSection>
    );
}

export function Qc({ loaded }: { loaded: Loaded<SubjectSummary> }) {
    return (
        <LoadedSection title={words.qc.title} loaded={loaded}>
            {(summary) => (
                <>
                    <p className={`outcome-${summary.standing}`}>{words.qc.standing(summary.standing)}</p>
                    {summary.current.length === 0 ? (
                        <p>{words.qc.none}</p>
                    ) : (
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{words.qc.metric}</th>
                                    <th scope="col">{words.qc.value}</th>
                                    <th scope="col">{words.qc.outcome}</th>
                                    <th scope="col">{words.qc.verified}</th>
                                    <th scope="col">{words.qc.measured}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {summary.current.map((result) => (
                                    <tr key={result.id}>
                                        <td>{wireWords(result.metric)}</td>
                                        <td>
                                            {result.value} {result.unit}
                                        </td>
                                        <td className={`outcome-${result.outcome}`}>{result.outcome}</td>
                                        <td>
                                            {result.verified
                                                ? words.qc.yes
                                                : words.qc.verifications(result.verifications.length, result.verificationsRequired)}
                                        </td>
                                        <td>
                                            {localTime(result.measuredAt)} · {result.measuredBy}
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </>
            )}
        </LoadedSection>
    );
}

export function Libraries({ loaded }: { loaded: Loaded<LibraryPage> }) {
    return (
        <LoadedSection title={words.libraries.title} loaded={loaded}>
            {(libraries) =>
                libraries.items.length === 0 ? (
                    <p>{words.libraries.none}</p>
                ) : (
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{words.libraries.name}</th>
                                <th scope="col">{words.libraries.kit}</th>
                                <th scope="col">{words.libraries.indexes}</th>
                                <th scope="col">{words.libraries.molarity}</th>
                                <th scope="col">{words.libraries.well}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {libraries.items.map((library) => (
                                <tr key={library.id}>
                                    <td>
                                        <a href={links.sample(library.librarySampleId)}>{library.barcode}</a> · {library.name}
                                    </td>
                                    <td>{library.kit}</td>
                                    <td>{[library.i7Name, library.i5Name].filter(Boolean).join(' + ')}</td>
                                    <td>{words.libraries.nanomolar(library.molarityNm)}</td>
                                    <td>{library.well}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                )
            }
        </LoadedSection>
    );
}
