package dev.rsvpbot.classify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classifier's vocabulary: named categories of phrases ({@code oral}, {@code withdraw}, {@code negation}…).
 * The defaults ship as {@code lexicon.yml} next to this class; a config adds phrases with {@link #extendedWith}.
 * Immutable.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.defaults().extendedWith(Map.of("withdraw", List.of("溜了")));
 * }</pre>
 */
public final class Lexicon {
    private static final String RESOURCE = "lexicon.yml";

    private final Map<String, List<String>> phrases;
    /** The phrases a config added ({@link #extendedWith}), folded: the chair's own words for a label. */
    private final Set<String> configured;

    Lexicon(Map<String, List<String>> phrases) {
        this(phrases, Set.of());
    }

    private Lexicon(Map<String, List<String>> phrases, Set<String> configured) {
        this.configured = Set.copyOf(configured);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phrases.forEach((category, list) -> {
            if (category == null || category.isBlank()) {
                throw new IllegalArgumentException("lexicon category names must not be blank");
            }
            if (list == null) {
                throw new IllegalArgumentException("lexicon category '" + category + "' has no phrase list");
            }
            List<String> clean = new ArrayList<>();
            for (String p : list) {
                if (p == null || p.isBlank()) {
                    throw new IllegalArgumentException("lexicon category '" + category + "' has a blank phrase");
                }
                clean.add(p.strip());
            }
            copy.put(category, List.copyOf(clean));
        });
        this.phrases = Collections.unmodifiableMap(copy);
    }

    /**
     * The lexicon shipped with the bot ({@code dev/rsvpbot/classify/lexicon.yml}). The resource cannot change
     * while the bot runs and a Lexicon is immutable, so it is parsed once per process, not once per caller.
     */
    public static Lexicon defaults() {
        if (Shipped.FAILURE != null) {
            throw Shipped.FAILURE;
        }
        return Shipped.LEXICON;
    }

    /** Read on first use; a read failure is kept and thrown to every caller, as a fresh read would fail again. */
    private static final class Shipped {
        private static final Lexicon LEXICON;
        private static final RuntimeException FAILURE;

        static {
            Lexicon lexicon = null;
            RuntimeException failure = null;
            try {
                lexicon = read();
            } catch (RuntimeException e) {
                failure = e;
            }
            LEXICON = lexicon;
            FAILURE = failure;
        }
    }

    private static Lexicon read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default lexicon " + RESOURCE + " is missing from the classpath");
            }
            Map<String, List<String>> map = new YAMLMapper().readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() {
            });
            return new Lexicon(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default lexicon " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * This lexicon plus {@code extra} phrases in existing categories.
     *
     * @throws IllegalArgumentException naming every unknown category and listing the valid ones, or a blank phrase
     */
    public Lexicon extendedWith(Map<String, List<String>> extra) {
        List<String> unknown = new ArrayList<>();
        for (String category : extra.keySet()) {
            if (!phrases.containsKey(category)) {
                unknown.add(category);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown lexicon " + (unknown.size() == 1 ? "category " : "categories ")
                    + String.join(", ", unknown.stream().map(c -> "'" + c + "'").toList())
                    + " in classify.extra-cues; valid categories are: " + String.join(", ", phrases.keySet()));
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        Set<String> added = new HashSet<>(configured);
        phrases.forEach((category, list) -> {
            List<String> all = new ArrayList<>(list);
            List<String> more = extra.get(category);
            if (more != null) {
                for (String p : more) {
                    if (p == null || p.isBlank()) {
                        throw new IllegalArgumentException("classify.extra-cues." + category + " has a blank phrase");
                    }
                    if (!all.contains(p.strip())) {
                        all.add(p.strip());
                        added.add(category + "\u0000" + Fold.fold(p.strip()));
                    }
                }
            }
            merged.put(category, all);
        });
        return new Lexicon(merged, added);
    }

    /** Whether a config added this phrase to this category ({@code classify.extra-cues}), rather than the bot. */
    boolean configured(String category, String phrase) {
        return configured.contains(category + "\u0000" + Fold.fold(phrase));
    }

    /** The category names, in file order. */
    public Set<String> categories() {
        return phrases.keySet();
    }

    /** The phrases of one category; empty for an unknown one. */
    public List<String> phrases(String category) {
        return phrases.getOrDefault(category, List.of());
    }
}
