package org.tracseq.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lab rules the contracts name next to their constraints ({@code x-rule: SM-1} on a schema or on
 * one of its properties). The contract bundler lists them in
 * {@code META-INF/tracseq/openapi/NAME.rules.properties} of the contract jar as {@code Schema=RULE}
 * and {@code Schema.property=RULE}; a model class of contract NAME lives in
 * {@code org.tracseq.contract.NAME.model}.
 */
final class ContractRules {
    private static final String MODELS = "org.tracseq.contract.";
    private static final Map<String, Properties> BY_CONTRACT = new ConcurrentHashMap<>();

    private ContractRules() {}

    /** A model of a contract, or a service's subclass of one (e.g. one that keeps the raw merge patch). */
    static boolean isContractModel(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().startsWith(MODELS)) {
                return true;
            }
        }
        return false;
    }

    /** The rule the constraints of {@code property} of the model {@code bean} state, or null. */
    static String of(Object bean, String property) {
        if (bean == null || property == null || !bean.getClass().getName().startsWith(MODELS)) {
            return null;
        }
        String contract = bean.getClass().getName().substring(MODELS.length()).split("\\.")[0];
        Properties rules = BY_CONTRACT.computeIfAbsent(contract, ContractRules::load);
        String schema = bean.getClass().getSimpleName();
        return rules.getProperty(schema + "." + property, rules.getProperty(schema));
    }

    private static Properties load(String contract) {
        Properties rules = new Properties();
        String resource = "META-INF/tracseq/openapi/" + contract + ".rules.properties";
        try (InputStream in = ContractRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                rules.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rules;
    }
}
