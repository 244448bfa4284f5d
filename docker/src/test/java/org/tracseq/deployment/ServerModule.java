package org.tracseq.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module that runs as a server of its own in microservices mode (each service and the gateway), as
 * its sources say: the application and context root of its server.xml, the port of its pom, and every
 * setting it reads, in the environment-variable form an operator sets.
 */
record ServerModule(String name, Path directory, int port, String contextRoot, Set<String> environmentNames) {
    private static final Path SHARED_CONFIG = Checkout.path("liberty-config/shared");
    private static final Path PLATFORM = Checkout.path("services/platform");
    private static final Pattern APPLICATION =
            Pattern.compile("<webApplication location=\"([^\"]+)\\.war\" contextRoot=\"([^\"]+)\"");
    private static final Pattern PORT = Pattern.compile("<liberty\\.http\\.port>(\\d+)</liberty\\.http\\.port>");
    private static final Pattern INCLUDE = Pattern.compile("<include location=\"([^\"]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("<variable name=\"([^\"]+)\"");
    private static final Pattern PREFIX = Pattern.compile("@ConfigProperties\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name = \"([^\"]+)\"");
    private static final Pattern LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");

    /** An address in a setting's value: scheme, host, port and path (group 3, may be absent). */
    static final Pattern ADDRESS = Pattern.compile("[a-z]+://([^:/]+):(\\d+)(/.*)?");

    /** The container's HTTP port (docker/Dockerfile) and the management port every image adds. */
    static final int CONTAINER_HTTP_PORT = number(Checkout.path("docker/Dockerfile"), "ENV HTTP_PORT=(\\d+)");

    static final int MANAGEMENT_PORT =
            number(SHARED_CONFIG.resolve("tracseq-management.xml"), "name=\"management.port\" defaultValue=\"(\\d+)\"");

    static List<ServerModule> all() {
        List<Path> directories = new ArrayList<>(List.of(Checkout.path("gateway-war")));
        try (Stream<Path> services = Files.list(Checkout.path("services"))) {
            services.filter(directory -> Files.exists(serverXml(directory)))
                    .sorted()
                    .forEach(directories::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directories.stream().map(ServerModule::of).toList();
    }

    private static ServerModule of(Path directory) {
        String serverXml = Checkout.read(serverXml(directory));
        Matcher application = APPLICATION.matcher(serverXml);
        if (!application.find()) {
            throw new IllegalStateException("No webApplication in " + serverXml(directory));
        }
        int port = number(directory.resolve("pom.xml"), PORT.pattern());
        Set<String> names = new TreeSet<>();
        // Liberty variables of its server.xml, what it includes, and the management port the images add.
        names.addAll(matches(VARIABLE, serverXml));
        List<String> included = new ArrayList<>(matches(INCLUDE, serverXml));
        included.add("tracseq-management.xml");
        included.forEach(file -> names.addAll(matches(VARIABLE, Checkout.read(SHARED_CONFIG.resolve(file)))));
        // MicroProfile Config: its properties files and the keys its code and the platform's read.
        for (Path module : List.of(directory, PLATFORM)) {
            names.addAll(propertyKeys(module.resolve("src/main/resources/META-INF/microprofile-config.properties")));
            names.addAll(keysReadByCode(module.resolve("src/main/java")));
        }
        Set<String> environmentNames = new TreeSet<>();
        names.forEach(name -> environmentNames.add(environmentName(name)));
        return new ServerModule(application.group(1), directory, port, application.group(2), environmentNames);
    }

    /** MicroProfile Config's and Liberty's environment form of a setting: tracseq.route.library-prep.url is TRACSEQ_ROUTE_LIBRARY_PREP_URL. */
    static String environmentName(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Path serverXml(Path module) {
        return module.resolve("src/main/liberty/config/server.xml");
    }

    private static Set<String> propertyKeys(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties.stringPropertyNames();
    }

    /** {@code @ConfigProperty} names (under their class's {@code @ConfigProperties} prefix) and literal lookups. */
    private static Set<String> keysReadByCode(Path sources) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String code = Checkout.read(file);
                Matcher prefix = PREFIX.matcher(code);
                String prefixed = prefix.find() ? prefix.group(1) + "." : "";
                matches(PROPERTY, code).forEach(name -> keys.add(prefixed + name));
                keys.addAll(matches(LOOKUP, code));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int number(Path file, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(Checkout.read(file));
        if (!matcher.find()) {
            throw new IllegalStateException(regex + " not found in " + file);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
