package dev.rsvpbot.config;

import java.util.List;
import java.util.Map;

/**
 * Extra classifier cues, added to the default lexicon shipped in resources.
 *
 * @param extraCues lexicon category (e.g. {@code oral}, {@code withdraw}) to the phrases added to it
 */
public record ClassifyConfig(Map<String, List<String>> extraCues) {
    public ClassifyConfig {
        extraCues = Map.copyOf(extraCues);
    }

    public static ClassifyConfig defaults() {
        return new ClassifyConfig(Map.of());
    }
}
