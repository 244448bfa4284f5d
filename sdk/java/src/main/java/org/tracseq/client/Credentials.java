package org.tracseq.client;

import org.tracseq.client.api.AuthApi;
import org.tracseq.client.model.ApiKeyExchange;
import org.tracseq.client.model.LoginRequest;
import org.tracseq.client.model.TokenResponse;

/** What the client signs in with, and how it gets tokens when it has no refresh token to use. */
sealed interface Credentials {

    TokenResponse obtainTokens(AuthApi auth);

    record Password(String username, String password) implements Credentials {
        @Override
        public TokenResponse obtainTokens(AuthApi auth) {
            return auth.login(new LoginRequest().username(username).password(password));
        }

        @Override
        public String toString() {
            return "Password[username=" + username + "]";
        }
    }

    record ApiKey(String key) implements Credentials {
        @Override
        public TokenResponse obtainTokens(AuthApi auth) {
            return auth.exchangeApiKey(new ApiKeyExchange().apiKey(key));
        }

        @Override
        public String toString() {
            return "ApiKey[***]";
        }
    }
}
