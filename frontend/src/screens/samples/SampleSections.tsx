import type { CustodyEventPage, LibraryPage, Lineage as LineageLinks, LineageLink, Sample, SubjectSummary } from '@tracseq/client';
import { LoadedSection } from '../../LoadedSection';
import { links } from '../../route';
import { DataTable } from '../../Table';
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
        <DataTable columns={[words.lineage.sample, words.lineage.relation, words.lineage.generation, words.lineage.volume]}>
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
        </DataTable>
    );
}

export function Custody({ loaded }: { loaded: Loaded<CustodyEventPage> }) {
    return (
        <LoadedSection title={words.custody.title} loaded={loaded}>
            {(custody) =>
                custody.items.length === 0 ? (
                    <p>{words.custody.none}</p>
                ) : (
                    <DataTable columns={[words.custody.when, words.custody.what, words.custody.where, words.custody.who, words.custody.note]}>
                        {custody.items.map((event) => (
                            <tr key={event.id}>
                                <td>{localTime(event.at)}</td>
                                <td>{wireWords(event.kind)}</td>
                                <td>{words.custody.move(event.from?.position, event.to?.position)}</td>
                                <td>{event.actor}</td>
                                <td>{[event.condition && wireWords(event.condition), event.note].filter(Boolean).join(' · ')}</td>
                            </tr>
                        ))}
                    </DataTable>
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
                        <DataTable columns={[words.qc.metric, words.qc.value, words.qc.outcome, words.qc.verified, words.qc.measured]}>
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
                        </DataTable>
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
                    <DataTable columns={[words.libraries.name, words.libraries.kit, words.libraries.indexes, words.libraries.molarity, words.libraries.well]}>
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
                    </DataTable>
                )
            }
        </LoadedSection>
    );
}
