import { Role } from '@tracseq/client';
import { useEffect, useMemo, useState } from 'react';
import { links, type Route, useRoute } from './route';
import { ScanBox } from './ScanBox';
import { ApiKeys } from './screens/admin/ApiKeys';
import { Audit } from './screens/admin/Audit';
import { OwnSessions } from './screens/admin/OwnSessions';
import { UserDetail } from './screens/admin/UserDetail';
import { Users } from './screens/admin/Users';
import { Dashboard } from './screens/Dashboard';
import { LibraryScreens } from './screens/library/LibraryScreens';
import { isLibraryRoute } from './screens/library/routes';
import { QcScreens } from './screens/qc/QcScreens';
import { isQcRoute } from './screens/qc/routes';
import { BatchRegister } from './screens/samples/BatchRegister';
import { RegisterSample } from './screens/samples/RegisterSample';
import { SampleDetail } from './screens/samples/SampleDetail';
import { Samples } from './screens/samples/Samples';
import { NewPool } from './screens/sequencing/NewPool';
import { NewRun } from './screens/sequencing/NewRun';
import { PoolDetail } from './screens/sequencing/PoolDetail';
import { RunDetail } from './screens/sequencing/RunDetail';
import { Sequencing } from './screens/sequencing/Sequencing';
import { SignIn } from './screens/SignIn';
import { isStorageRoute } from './screens/storage/routes';
import { StorageScreens } from './screens/storage/StorageScreens';
import { type Session, SessionContext, useSession } from './session';
import { text } from './text';

export function App() {
    const [session, setSession] = useState<Session>();
    const [expired, setExpired] = useState(false);
    const state = useMemo(() => session && { session, expire: () => setExpired(true) }, [session]);
    // A session's event stream ends with it (signed out, or replaced after expiry).
    useEffect(() => () => session?.live.close(), [session]);

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

/** The administration screens, whose link only administrators see (the server refuses the others anyway). */
const adminScreens: ReadonlySet<string> = new Set(['users', 'user', 'apiKeys', 'audit']);
const sequencingScreens = new Set<Route['screen']>(['sequencing', 'newPool', 'pool', 'newRun', 'run']);

function Shell({ onSignOut }: { onSignOut: () => void }) {
    const route = useRoute();
    const { session } = useSession();
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
                        aria-current={['samples', 'sample', 'register', 'batch'].includes(route.screen) ? 'page' : undefined}
                    >
                        {text.nav.samples}
                    </a>
                    <a href={links.storage.home} aria-current={isStorageRoute(route) ? 'page' : undefined}>
                        {text.nav.storage}
                    </a>
                    <a href={links.library.list} aria-current={isLibraryRoute(route) ? 'page' : undefined}>
                        {text.nav.library}
                    </a>
                    <a href={links.qc.home} aria-current={isQcRoute(route) ? 'page' : undefined}>
                        {text.nav.qc}
                    </a>
                    <a href={links.sequencing} aria-current={sequencingScreens.has(route.screen) ? 'page' : undefined}>
                        {text.nav.sequencing}
                    </a>
                    {session.user.role === Role.LabAdministrator && (
                        <a href={links.users} aria-current={adminScreens.has(route.screen) ? 'page' : undefined}>
                            {text.nav.administration}
                        </a>
                    )}
                </nav>
                <ScanBox />
                <SignOut onSignedOut={onSignOut} />
            </header>
            <main>
                {route.screen === 'dashboard' && <Dashboard />}
                {route.screen === 'samples' && <Samples />}
                {isLibraryRoute(route) && <LibraryScreens route={route} />}
                {isQcRoute(route) && <QcScreens route={route} />}
                {/* Keyed by id: the next sample's page starts clean, without the last one's data or messages. */}
                {route.screen === 'sample' && <SampleDetail key={route.id} id={route.id} />}
                {route.screen === 'register' && <RegisterSample />}
                {route.screen === 'batch' && <BatchRegister />}
                {route.screen === 'users' && <Users />}
                {route.screen === 'user' && <UserDetail key={route.id} id={route.id} />}
                {route.screen === 'apiKeys' && <ApiKeys />}
                {route.screen === 'audit' && <Audit />}
                {route.screen === 'sessions' && <OwnSessions />}
                {isStorageRoute(route) && <StorageScreens route={route} />}
                {route.screen === 'sequencing' && <Sequencing />}
                {route.screen === 'newPool' && <NewPool />}
                {route.screen === 'pool' && <PoolDetail key={route.id} id={route.id} />}
                {route.screen === 'newRun' && <NewRun />}
                {route.screen === 'run' && <RunDetail key={route.id} id={route.id} />}
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
            <a href={links.sessions}>{text.nav.mySessions}</a>
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
