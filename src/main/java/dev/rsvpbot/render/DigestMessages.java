package dev.rsvpbot.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The digest's fixed texts in one language, looked up by key from {@code digest-<language>.properties}.
 * Placeholders {@code {0}}, {@code {1}}… are replaced as they are: the caller escapes what it puts in.
 */
public final class DigestMessages {
    private final String language;
    private final Map<String, String> texts;

    private DigestMessages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
    }

    /** {@code zh} or {@code en}. */
    public static DigestMessages of(String language) {
        String file = "digest-" + language + ".properties";
        try (InputStream in = DigestMessages.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no digest texts for language '" + language + "' (" + file + ")");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return new DigestMessages(language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " from the jar", e);
        }
    }

    public String language() {
        return language;
    }

    Set<String> keys() {
        return texts.keySet();
    }

    /** The text of {@code key} with its placeholders filled. */
    String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no digest text '" + key + "' in language " + language);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
