import { FetchError, TracSeqProblem } from '@tracseq/client';
import { text } from './text';

/** A refusal as TracSeq gave it: its title and detail, the rule it names, the wrong fields. */
export function Problem({ error }: { error: unknown }) {
    if (error instanceof TracSeqProblem) {
        const { title, detail } = error.problem;
        return (
            <div role="alert" className="problem">
                <strong>{title ?? error.status}</strong>
                {error.rule && <span className="rule"> {text.problem.rule(error.rule)}</span>}
                {detail && <p>{detail}</p>}
                {error.errors.length > 0 && (
                    <ul>
                        {error.errors.map((field) => (
                            <li key={field.field + field.message}>
                                <code>{field.field}</code>: {field.message}
                            </li>
                        ))}
                    </ul>
                )}
            </div>
        );
    }
    return (
        <div role="alert" className="problem">
            {error instanceof FetchError ? text.problem.unreachable : String(error)}
        </div>
    );
}
