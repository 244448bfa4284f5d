import { useMemo, useState } from 'react';
import { links, type Route, useRoute } from './route';
import { ScanBox } from './ScanBox';
import { Dashboard } from './screens/Dashboard';
import { SampleDetail } from './screens/SampleDetail';
import { Samples } from './screens/Samples';
import { NewPool } from './screens/sequencing/NewPool';
import { NewRun } from './screens/sequencing/NewRun';
import { PoolDetail } from './screens/sequencing/PoolDetail';
import { RunDetail } from './screens/sequencing/RunDetail';
import { Sequencing } from './screens/sequencing/Sequencing';
import { SignIn } from './screens/SignIn';
import { type Session, SessionContext, useSession } from './session';
import { text } from './text';

export function App() {
    const [session, setSession] = useState<Session>();
    const [expired, setExpired] = useState(false);
    const state = useMemo(() => session && { session, expire: () => setExpired(true) }, [session]);

    if (!state) {
        return <SignIn onSignedIn={setSession} />;
    }
    if (expired) {
        // Signed in again, the same page reloads its data under the new session.
        return (
            <SignIn
                notice={text.signIn.expired}
                onSignedIn={(renewed) => {
                    setSession(renewed);
                    setExpired(false);
                }}
            />
        );
    }
    return (
        <SessionContext.Provider value={state}>
            <Shell onSignOut={() => setSession(undefined)} />
        </SessionContext.Provider>
    );
}

const sequencingScreens = new Set<Route['screen']>(['sequencing', 'newPool', 'pool', 'newRun', 'run']);

function Shell({ onSignOut }: { onSignOut: () => void }) {
    const route = useRoute();
    return (
        <>
            <header className="top">
                <a className="brand" href={links.dashboard}>
                    {text.product}
                </a>
                <nav aria-label={text.nav.label}>
                    <a href={links.dashboard} aria-current={route.screen === 'dashboard' ? 'page' : undefined}>
                        {text.nav.dashboard}
                    </a>
                    <a
                        href={links.samples}
                        aria-current={route.screen === 'samples' || route.screen === 'sample' ? 'page' : undefined}
                    >
                        {text.nav.samples}
                    </a>
                    <a href={links.sequencing} aria-current={sequencingScreens.has(route.screen) ? 'page' : undefined}>
                        {text.nav.sequencing}
                    </a>
                </nav>
                <ScanBox />
                <SignOut onSignedOut={onSignOut} />
            </header>
            <main>
                {route.screen === 'dashboard' && <Dashboard />}
                {route.screen === 'samples' && <Samples />}
                {route.screen === 'sample' && <SampleDetail id={route.id} />}
                {route.screen === 'sequencing' && <Sequencing />}
                {route.screen === 'newPool' && <NewPool />}
                {route.screen === 'pool' && <PoolDetail id={route.id} />}
                {route.screen === 'newRun' && <NewRun />}
                {route.screen === 'run' && <RunDetail id={route.id} />}
                {route.screen === 'unknown' && <p>{text.notFound}</p>}
            </main>
        </>
    );
}

function SignOut({ onSignedOut }: { onSignedOut: () => void }) {
    const { session } = useSession();
    return (
        <div className="user">
            <span>{text.nav.signedInAs(session.user.fullName, session.user.role)}</span>
            <button
                type="button"
                onClick={() => {
                    // Ends the session on the server too; the page forgets its tokens either way.
                    session.client.auth.logout().catch(() => undefined).finally(onSignedOut);
                }}
            >
                {text.nav.signOut}
            </button>
        </div>
    );
}
