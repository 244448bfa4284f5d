import { AppliesTo, type SubjectKind } from '@tracseq/client';

/** What QC results are about when a screen is opened for one subject, e.g. `#/qc?sample=<id>`. */
export type QcSubject = { kind: SubjectKind; id: string };

/** QC's places after `#/qc`, each a screen of `QcScreens`. */
export type QcRoute =
    | { screen: 'qc'; subject?: QcSubject }
    | { screen: 'qc-thresholds' }
    | { screen: 'qc-threshold'; metric: string; appliesTo: AppliesTo };

const KINDS: SubjectKind[] = ['sample', 'library', 'pool'];
const UUID = /^[0-9a-f-]{36}$/;

/** The route of a `#/qc…` path (its query included), or undefined for any other path. */
export function parseQcRoute(path: string): QcRoute | undefined {
    const [where, query = ''] = path.split('?');
    if (where === '/qc') {
        const params = new URLSearchParams(query);
        const kind = KINDS.find((k) => params.has(k));
        const id = kind && params.get(kind);
        return id && UUID.test(id) ? { screen: 'qc', subject: { kind, id } } : { screen: 'qc' };
    }
    if (where === '/qc/thresholds') {
        return { screen: 'qc-thresholds' };
    }
    const threshold = /^\/qc\/thresholds\/([a-z][a-z0-9_]{1,39})\/([a-z_]+)$/.exec(where);
    const appliesTo = Object.values(AppliesTo).find((value) => value === threshold?.[2]);
    return threshold && appliesTo ? { screen: 'qc-threshold', metric: threshold[1], appliesTo } : undefined;
}

export function isQcRoute(route: { screen: string }): route is QcRoute {
    return route.screen === 'qc' || route.screen.startsWith('qc-');
}

export const qcLinks = {
    home: '#/qc',
    subject: (subject: QcSubject) => `#/qc?${subject.kind}=${subject.id}`,
    thresholds: '#/qc/thresholds',
    threshold: (metric: string, appliesTo: string) => `#/qc/thresholds/${metric}/${appliesTo}`,
};
