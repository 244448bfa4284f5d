import { AuthApi } from './generated/apis/AuthApi.js';
import { BarcodesApi } from './generated/apis/BarcodesApi.js';
import { EventsApi } from './generated/apis/EventsApi.js';
import { GatewayApi } from './generated/apis/GatewayApi.js';
import { LibraryPrepApi } from './generated/apis/LibraryPrepApi.js';
import { QaqcApi } from './generated/apis/QaqcApi.js';
import { SamplesApi } from './generated/apis/SamplesApi.js';
import { SequencingApi } from './generated/apis/SequencingApi.js';
import { StorageApi } from './generated/apis/StorageApi.js';
import type { SetupRequest, User } from './generated/models/index.js';
import { Configuration, type FetchAPI, type Middleware } from './generated/runtime.js';
import { type FollowOptions, followEvents, type StreamAccess } from './follow.js';
import { throwIfProblem } from './problem.js';
import { type Credentials, Session } from './session.js';

export type TracSeqClientOptions = Credentials & {
    /** The gateway's URL, e.g. `http://localhost:8089` (not its `/api`). */
    baseUrl: string;
    /** Another fetch than the global one (a browser's, a test's). */
    fetch?: FetchAPI;
    /** Milliseconds since the epoch; decides when a token is due for renewal (tests move it forward). */
    now?: () => number;
};

/**
 * TracSeq through its gateway, signed in. Every call carries an access token, renewed before it
 * expires; a refusal is thrown as a TracSeqProblem.
 *
 * ```ts
 * const client = await TracSeqClient.connect({ baseUrl: 'http://localhost:8089', username, password });
 * const sample = await client.samples.createSample({ sampleCreate: { name: 'Liver biopsy 7', type: 'tissue' } });
 * ```
 */
export class TracSeqClient {
    /** Accounts, sessions, service principals and signing keys (`/api/auth`). */
    readonly auth: AuthApi;
    /** Registering, finding and changing samples, their status and lineage (`/api/samples`). */
    readonly samples: SamplesApi;
    /** Issuing, validating and rendering barcodes (`/api/barcodes`). */
    readonly barcodes: BarcodesApi;
    /** The storage hierarchy, placements, custody and sensors (`/api/storage`). */
    readonly storage: StorageApi;
    /** Every event the services published, live streams, webhook subscriptions and dead letters (`/api/events`). */
    readonly events: EventsApi;
    /** The index catalogue, protocols, libraries, plates and normalisation (`/api/library-prep`). */
    readonly libraryPrep: LibraryPrepApi;
    /** QC definitions, results and their verification, instrument file imports, effective QC (`/api/qaqc`). */
    readonly qaqc: QaqcApi;
    /** Platforms, instruments, pools, runs, lane checks, sample sheets and demultiplexing (`/api/sequencing`). */
    readonly sequencing: SequencingApi;
    /** The gateway's own: every service's readiness, this API's document, the routes (`/api`). */
    readonly gateway: GatewayApi;

    private constructor(
        configuration: Configuration,
        private readonly stream: StreamAccess,
    ) {
        this.auth = new AuthApi(configuration);
        this.samples = new SamplesApi(configuration);
        this.barcodes = new BarcodesApi(configuration);
        this.storage = new StorageApi(configuration);
        this.events = new EventsApi(configuration);
        this.libraryPrep = new LibraryPrepApi(configuration);
        this.qaqc = new QaqcApi(configuration);
        this.sequencing = new SequencingApi(configuration);
        this.gateway = new GatewayApi(configuration);
    }

    /**
     * The first start of an empty TracSeq: creates its first administrator with the one-time setup
     * token from the server's log (no sign-in needed; refused with 409 once anyone exists).
     */
    static async setUpFirstAdministrator(
        options: { baseUrl: string; fetch?: FetchAPI },
        setupRequest: SetupRequest,
    ): Promise<User> {
        return new AuthApi(unsignedConfiguration(options)).setupFirstAdministrator({ setupRequest });
    }

    /** Signs in with a username and password or an API key; wrong ones reject with a 401 TracSeqProblem. */
    static async connect(options: TracSeqClientOptions): Promise<TracSeqClient> {
        // The token endpoints are called without a token, through a configuration of their own.
        const session = await Session.start(
            new AuthApi(unsignedConfiguration(options)),
            options,
            options.now ?? Date.now,
        );
        const signedIn: Middleware = {
            pre: async ({ url, init }) => {
                const headers = new Headers(init.headers);
                headers.set('Authorization', `Bearer ${await session.accessToken()}`);
                return { url, init: { ...init, headers } };
            },
        };
        return new TracSeqClient(
            new Configuration({
                basePath: basePath(options.baseUrl),
                fetchApi: options.fetch,
                middleware: [signedIn, problems],
            }),
            {
                basePath: basePath(options.baseUrl),
                fetch: options.fetch ?? ((input, init) => fetch(input, init)),
                accessToken: () => session.accessToken(),
            },
        );
    }

    /**
     * Follows the events as they are stored (`/api/events/stream`), with this client's token, and
     * reconnects by itself after the last event received until the returned function is called.
     *
     * ```ts
     * const stop = client.follow({ type: 'storage.*', onEvent: (event) => console.log(event.type) });
     * ```
     */
    follow(options: FollowOptions): () => void {
        return followEvents(this.stream, options);
    }
}

const problems: Middleware = { post: async ({ response }) => throwIfProblem(response) };

function basePath(baseUrl: string): string {
    return baseUrl.replace(/\/+$/, '');
}

/** For the calls made without a token: signing in, renewing, the first start. */
function unsignedConfiguration(options: { baseUrl: string; fetch?: FetchAPI }): Configuration {
    return new Configuration({ basePath: basePath(options.baseUrl), fetchApi: options.fetch, middleware: [problems] });
}
