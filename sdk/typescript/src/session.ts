import type { AuthApi } from './generated/apis/AuthApi.js';
import type { TokenResponse } from './generated/models/index.js';
import { TracSeqProblem } from './problem.js';

/** What the client signs in with: a user's password or a service principal's API key. */
export type Credentials = { username: string; password: string } | { apiKey: string };

/** Renew this long before expiry, so a token never expires on its way to the server. */
const MARGIN_MS = 30_000;

/**
 * The current access token, renewed before it expires: with the refresh token when there is one (a
 * password login), otherwise, or when the session has ended, with the credentials again.
 */
export class Session {
    private tokens!: TokenResponse;
    private renewAt = 0;
    private renewal?: Promise<void>;

    private constructor(
        private readonly auth: AuthApi,
        private readonly credentials: Credentials,
        private readonly now: () => number,
    ) {}

    /** Signs in at once, so wrong credentials fail here as a TracSeqProblem (401). */
    static async start(auth: AuthApi, credentials: Credentials, now: () => number): Promise<Session> {
        const session = new Session(auth, credentials, now);
        session.accept(await session.obtain());
        return session;
    }

    async accessToken(): Promise<string> {
        if (this.now() >= this.renewAt) {
            // Concurrent calls share one renewal: a refresh token works only once.
            this.renewal ??= this.renew().finally(() => (this.renewal = undefined));
            await this.renewal;
        }
        return this.tokens.accessToken;
    }

    private async renew(): Promise<void> {
        const refreshToken = this.tokens.refreshToken;
        if (refreshToken) {
            try {
                this.accept(await this.auth.refresh({ refreshRequest: { refreshToken } }));
                return;
            } catch (e) {
                if (!(e instanceof TracSeqProblem && e.status === 401)) {
                    throw e;
                }
                // The session ended (expired, revoked, logged out elsewhere): sign in afresh.
            }
        }
        this.accept(await this.obtain());
    }

    private obtain(): Promise<TokenResponse> {
        const credentials = this.credentials;
        return 'apiKey' in credentials
            ? this.auth.exchangeApiKey({ apiKeyExchange: { apiKey: credentials.apiKey } })
            : this.auth.login({ loginRequest: { username: credentials.username, password: credentials.password } });
    }

    private accept(tokens: TokenResponse): void {
        const lifetime = tokens.expiresIn * 1000;
        this.tokens = tokens;
        this.renewAt = this.now() + lifetime - Math.min(MARGIN_MS, lifetime / 2);
    }
}
