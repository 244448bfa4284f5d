import type { FieldError, Problem } from './generated/models/index.js';

/**
 * A refusal from TracSeq: an `application/problem+json` answer (RFC 9457). `rule` names the
 * DOMAIN.md rule the request broke (e.g. `ST-3`), `errors` the fields that were wrong.
 */
export class TracSeqProblem extends Error {
    override name = 'TracSeqProblem';
    /** The HTTP status of the answer. */
    readonly status: number;
    /** The DOMAIN.md rule the request broke, when the refusal names one. */
    readonly rule?: string;
    /** The wrong fields of the request; empty when the refusal is not about fields. */
    readonly errors: FieldError[];

    constructor(status: number, readonly problem: Problem) {
        super(
            `${status}${problem.rule ? ` [${problem.rule}]` : ''} ${problem.title ?? ''}${problem.detail ? `: ${problem.detail}` : ''}`,
        );
        this.status = status;
        this.rule = problem.rule;
        this.errors = problem.errors ?? [];
    }
}

/** Throws the problem an error answer carries; other answers pass unchanged. */
export async function throwIfProblem(response: Response): Promise<void> {
    const type = response.headers.get('Content-Type') ?? '';
    if (!response.ok && type.startsWith('application/problem+json')) {
        throw new TracSeqProblem(response.status, (await response.json()) as Problem);
    }
}
