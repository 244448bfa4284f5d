package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new event cannot skip the contract: every event type written as a literal in a service's main
 * code ({@code "samples.sample.registered"}) has its message in {@code openapi/events.asyncapi.yaml}
 * (types built from parts, like storage's from its event kinds, are checked by that service's tests),
 * and a conforming entry passes while a malformed one fails.
 */
class EventContractTest {
    private static final Path SERVICES =
            EventContract.file().getParent().getParent().resolve("services");

    @Test
    void everyTypeWrittenInMainCodeIsInTheContract() throws IOException {
        Set<String> services;
        try (Stream<Path> dirs = Files.list(SERVICES)) {
            services = dirs.filter(dir -> Files.isDirectory(dir.resolve("src/main/java")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> !name.equals("platform"))
                    .collect(Collectors.toSet());
        }
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", services) + ")\\.[a-z_]+\\.[a-z_]+)\"");
        Set<String> used = new TreeSet<>();
        for (String service : services) {
            try (Stream<Path> sources = Files.walk(SERVICES.resolve(service).resolve("src/main/java"))) {
                sources.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    Matcher types = literal.matcher(read(file));
                    while (types.find()) {
                        used.add(types.group(1));
                    }
                });
            }
        }
        assertThat(used).as("event types in the services' code").isNotEmpty();
        used.forEach(EventContract::assertDeclared);
    }

    @Test
    void everyMessageIsInTheChannelOfItsFamily() {
        assertThat(EventContract.types()).isNotEmpty().allSatisfy(EventContract::assertDeclared);
    }

    @Test
    void aConformingEntryPassesAndAMalformedOneFails() {
        Map<String, String> placed = Map.of(
                "id", "0b6c9a8e-3f0e-4a55-9a43-2d1f3f8f3c11",
                "type", "storage.item.placed",
                "aggregateId", "5f1b0c1e-8a3a-4d8e-9d53-6a9c1f0e2b7d",
                "version", "1",
                "occurredAt", "2026-01-01T10:00:00Z",
                "actor", "tech",
                "payload", "{\"custodyEventId\": 7, \"toPosition\": \"A01\", \"at\": \"2026-01-01T10:00:00Z\"}");
        EventContract.assertConforms(placed);

        Map<String, String> noVersion = new java.util.HashMap<>(placed);
        noVersion.remove("version");
        Map<String, String> strayMember = new java.util.HashMap<>(placed);
        strayMember.put("payload", "{\"custodyEventId\": 7, \"at\": \"2026-01-01T10:00:00Z\", \"password\": \"x\"}");
        Map<String, String> unknownType = new java.util.HashMap<>(placed);
        unknownType.put("type", "storage.item.teleported");
        for (Map<String, String> wrong : java.util.List.of(noVersion, strayMember, unknownType)) {
            assertThat(fails(wrong)).as("%s is refused", wrong).isTrue();
        }
    }

    private static boolean fails(Map<String, String> fields) {
        try {
            EventContract.assertConforms(fields);
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
