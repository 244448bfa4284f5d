package org.tracseq.auth.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The common-password list shipped with the service ({@code common-passwords.txt}, lower case). */
public final class CommonPasswords {
    private static final String RESOURCE = "common-passwords.txt";
    private static final CommonPasswords SHIPPED = load();

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    public static CommonPasswords shipped() {
        return SHIPPED;
    }

    public int size() {
        return passwords.size();
    }

    public boolean contains(String candidate) {
        return passwords.contains(candidate.toLowerCase(Locale.ROOT));
    }

    private static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Set<String> passwords = new HashSet<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
