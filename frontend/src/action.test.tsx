import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useAction } from './action';
import { fakeGateway, renderSignedIn, signInAnswers } from './testing';

function Counter() {
    const [count, setCount] = useState(0);
    // Reads the state it closes over: `run` must call this render's function, not the first one's.
    const action = useAction(async () => count);
    return (
        <>
            <button onClick={() => setCount(count + 1)}>more</button>
            <button onClick={() => action.run()}>run</button>
            {action.result !== undefined && <p role="status">{action.result}</p>}
        </>
    );
}

test('run calls the function of the latest render, so the write sees the current state', async () => {
    fakeGateway(signInAnswers);
    await renderSignedIn(<Counter />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'more' }));
    await user.click(screen.getByRole('button', { name: 'more' }));
    await user.click(screen.getByRole('button', { name: 'run' }));
    expect(await screen.findByRole('status')).toHaveTextContent('2');
});
