package dev.rsvpbot.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of the YAML file, read key by key with a default for each. Every value that cannot be used
 * becomes a problem (file, line, key, what is wrong) and its default is returned, so that one pass reports
 * every problem. Keys that no reader asked for are reported by {@link #finish()}.
 */
final class Section {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private final Problems problems;
    private final JsonNode node;
    private final String pointer;
    private final Set<String> known = new LinkedHashSet<>();

    Section(Problems problems, JsonNode node, String pointer) {
        this(problems, node, pointer, true);
    }

    private Section(Problems problems, JsonNode node, String pointer, boolean mustBeMapping) {
        this.problems = problems;
        this.node = node;
        this.pointer = pointer;
        if (mustBeMapping && !node.isMissingNode() && !node.isNull() && !node.isObject()) {
            problems.add(pointer, "must be a mapping of keys to values, got " + describe(node));
        }
    }

    Section section(String key) {
        return new Section(problems, value(key), pointer + "/" + key);
    }

    String string(String key, String fallback) {
        return read(key, fallback, v -> {
            if (!v.isValueNode() || v.isNull()) {
                throw new IllegalArgumentException("must be text, got " + describe(v));
            }
            return v.asText();
        });
    }

    int integer(String key, int fallback, int min, int max) {
        return read(key, fallback, v -> {
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new IllegalArgumentException("must be a whole number from " + min + " to " + max + ", got " + describe(v));
            }
            int value = v.intValue();
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be from " + min + " to " + max + ", got " + value);
            }
            return value;
        });
    }

    /** Durations as {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h}, {@code 1d} or ISO-8601 ({@code PT30S}). */
    Duration duration(String key, Duration fallback) {
        return read(key, fallback, Section::parseDuration);
    }

    /**
     * A duration as {@link #duration} reads it, or {@code off} (empty): a rule the club does not have. YAML 1.1
     * reads a bare {@code off} as the boolean false, so false is off too.
     */
    Optional<Duration> durationOrOff(String key, Optional<Duration> fallback) {
        return read(key, fallback, v -> (v.isBoolean() && !v.asBoolean())
                || (v.isTextual() && v.asText().trim().equalsIgnoreCase("off"))
                ? Optional.empty() : Optional.of(parseDuration(v)));
    }

    private static Duration parseDuration(JsonNode v) {
        String text = v.asText().trim();
        Matcher m = SHORT_DURATION.matcher(text);
        if (v.isTextual() && m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            Duration parsed = Duration.parse(text);
            if (parsed.isNegative()) {
                throw new IllegalArgumentException("must not be negative, got " + text);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a duration such as 30s, 10m, 1h or PT30S, got " + describe(v));
        }
    }

    URI uri(String key, URI fallback) {
        return read(key, fallback, v -> {
            try {
                URI uri = new URI(v.asText());
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException("must be an http(s) URL such as https://api.github.com, got " + describe(v));
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("must be a URL, got " + describe(v) + " (" + e.getReason() + ")");
            }
        });
    }

    ZoneId zone(String key, ZoneId fallback) {
        return read(key, fallback, v -> {
            try {
                return ZoneId.of(v.asText());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("must be a time zone such as Asia/Shanghai or UTC, got " + describe(v));
            }
        });
    }

    LocalTime time(String key, LocalTime fallback) {
        return read(key, fallback, v -> {
            try {
                return LocalTime.parse(v.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a time of day as HH:MM, got " + describe(v));
            }
        });
    }

    LocalDate date(String key, LocalDate fallback) {
        return read(key, fallback, v -> {
            try {
                return LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date as YYYY-MM-DD, got " + describe(v));
            }
        });
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        return read(key, fallback, v -> parseEnum(type, v));
    }

    List<String> stringList(String key, List<String> fallback) {
        return list(key, fallback, Section::nonEmptyText);
    }

    <E extends Enum<E>> List<E> enumList(String key, Class<E> type, List<E> fallback) {
        return list(key, fallback, v -> parseEnum(type, v));
    }

    /** A mapping whose keys the user chooses (e.g. lexicon categories); each value read by {@code item}. */
    <T> Map<String, T> map(String key, Map<String, T> fallback, Function<Section, T> item) {
        known.add(key);
        JsonNode v = node.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isObject()) {
            problems.add(pointer + "/" + key, "must be a mapping, got " + describe(v));
            return fallback;
        }
        Map<String, T> result = new LinkedHashMap<>();
        Section entries = new Section(problems, v, pointer + "/" + key);
        v.fieldNames().forEachRemaining(name -> result.put(name, item.apply(entries.child(name))));
        return result;
    }

    /** Reads this section's key as a nested section whose value may also be a list (used by {@link #map}). */
    private Section child(String name) {
        known.add(name);
        return new Section(problems, node.path(name), pointer + "/" + name, false);
    }

    /** The whole node of this section as a list of text (for map values that are lists). */
    List<String> asStringList() {
        if (!node.isArray()) {
            problems.add(pointer, "must be a list, got " + describe(node));
            return List.of();
        }
        return elements(node, pointer, Section::nonEmptyText);
    }

    private static String nonEmptyText(JsonNode v) {
        if (!v.isValueNode() || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("must be non-empty text, got " + describe(v));
        }
        return v.asText();
    }

    void problem(String key, String message) {
        problems.add(pointer + "/" + key, message);
    }

    /** Reports every key in this mapping that no reader asked for. Call after reading all keys. */
    void finish() {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                String hint = isSecret(name)
                        ? "secrets never come from the config file: set GITHUB_TOKEN or GITHUB_TOKEN_FILE in the environment"
                        : "unknown key; known keys here: " + String.join(", ", known);
                problems.add(pointer + "/" + name, hint);
            }
        });
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("token") || lower.contains("secret") || lower.contains("password");
    }

    private JsonNode value(String key) {
        known.add(key);
        return node.path(key);
    }

    private <T> T read(String key, T fallback, Function<JsonNode, T> parse) {
        JsonNode v = value(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            problems.add(pointer + "/" + key, e.getMessage());
            return fallback;
        }
    }

    private <T> List<T> list(String key, List<T> fallback, Function<JsonNode, T> parse) {
        JsonNode v = value(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isArray()) {
            problems.add(pointer + "/" + key, "must be a list, got " + describe(v));
            return fallback;
        }
        return elements(v, pointer + "/" + key, parse);
    }

    /** Each element of the list at {@code listPointer} read by {@code parse}; one that cannot be read is a problem and left out. */
    private <T> List<T> elements(JsonNode list, String listPointer, Function<JsonNode, T> parse) {
        List<T> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                items.add(parse.apply(list.get(i)));
            } catch (IllegalArgumentException e) {
                problems.add(listPointer + "/" + i, e.getMessage());
            }
        }
        return items;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, JsonNode v) {
        String text = v.asText().trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()) + ", got " + describe(v));
    }

    private static String describe(JsonNode v) {
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isNull()) {
            return "nothing";
        }
        String text = v.asText();
        return v.isTextual() ? "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"" : text;
    }
}
