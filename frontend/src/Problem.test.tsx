import { FetchError, TracSeqProblem } from '@tracseq/client';
import { render, screen } from '@testing-library/react';
import { Problem } from './Problem';

test('a refusal shows its title, detail, rule and wrong fields', () => {
    render(
        <Problem
            error={
                new TracSeqProblem(409, {
                    type: 'about:blank',
                    title: 'Conflict',
                    status: 409,
                    detail: 'Position A1 of box B-7 is taken.',
                    rule: 'ST-3',
                    errors: [{ field: 'position', message: 'is occupied' }],
                })
            }
        />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Conflict');
    expect(alert).toHaveTextContent('Rule ST-3');
    expect(alert).toHaveTextContent('Position A1 of box B-7 is taken.');
    expect(alert).toHaveTextContent('position: is occupied');
});

test('no answer at all says TracSeq cannot be reached', () => {
    render(<Problem error={new FetchError(new TypeError('network'), 'offline')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('TracSeq cannot be reached');
});
