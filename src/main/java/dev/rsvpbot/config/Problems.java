package dev.rsvpbot.config;

import java.util.ArrayList;
import java.util.List;

/** Collects configuration problems as {@code file:line: key: message}, in the order found. */
final class Problems {
    private final String file;
    private final YamlDocument document;
    private final List<String> found = new ArrayList<>();

    Problems(String file, YamlDocument document) {
        this.file = file;
        this.document = document;
    }

    void add(String pointer, String message) {
        found.add(file + ":" + document.lineOf(pointer) + ": " + keyOf(pointer) + ": " + message);
    }

    List<String> all() {
        return List.copyOf(found);
    }

    /** {@code /github/repos/0} as {@code github.repos[0]}. */
    static String keyOf(String pointer) {
        StringBuilder key = new StringBuilder();
        for (String part : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                key.append('[').append(part).append(']');
            } else {
                key.append(key.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return key.length() == 0 ? "(top level)" : key.toString();
    }
}
