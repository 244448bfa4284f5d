import { SampleStatus } from '@tracseq/client';

const S = SampleStatus;

/** SM-STATUS: where a sample may go from each status (the server refuses anything else). */
export const transitions: Record<SampleStatus, SampleStatus[]> = {
    [S.Pending]: [S.Validated, S.Rejected, S.Deleted],
    [S.Validated]: [S.InStorage, S.InSequencing, S.Rejected, S.Deleted],
    [S.InStorage]: [S.InSequencing, S.Rejected, S.Discarded, S.Deleted],
    [S.InSequencing]: [S.Completed, S.Failed],
    [S.Completed]: [S.Archived],
    [S.Failed]: [S.Pending, S.Deleted],
    [S.Rejected]: [S.Pending, S.Deleted],
    [S.Discarded]: [S.Archived],
    [S.Archived]: [],
    [S.Deleted]: [],
};

/** Changes that end a sample's use as stock: asked to confirm first. */
export const destructive: ReadonlySet<SampleStatus> = new Set([S.Rejected, S.Failed, S.Discarded, S.Archived, S.Deleted]);
