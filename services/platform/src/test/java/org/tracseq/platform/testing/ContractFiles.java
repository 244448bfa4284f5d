package org.tracseq.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The contracts' source files, {@code openapi/<name>.yaml} in the checkout ({@code tracseq.root}). */
public final class ContractFiles {
    private static final Path FOLDER = Path.of(System.getProperty("tracseq.root", "."), "openapi");

    private ContractFiles() {}

    public static Path file(String contractName) {
        return FOLDER.resolve(contractName + ".yaml");
    }

    /** The contract as a YAML tree, its references left as they are. */
    public static Map<String, Object> load(String contractName) {
        Path file = file(contractName);
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
