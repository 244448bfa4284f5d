package org.tracseq.platform.testing;

import java.nio.file.Path;

/** The contracts' source files, {@code openapi/<name>.yaml} in the checkout ({@code tracseq.root}). */
public final class ContractFiles {
    private static final Path FOLDER = Path.of(System.getProperty("tracseq.root", "."), "openapi");

    private ContractFiles() {}

    public static Path file(String contractName) {
        return FOLDER.resolve(contractName + ".yaml");
    }
}
