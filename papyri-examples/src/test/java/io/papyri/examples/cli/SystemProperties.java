package io.papyri.examples.cli;

import java.util.HashMap;
import java.util.Map;

/** Sets system properties for one test and puts the old values back afterwards. */
final class SystemProperties {

    private final Map<String, String> saved = new HashMap<>();

    SystemProperties set(String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
        return this;
    }

    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        saved.clear();
    }
}
