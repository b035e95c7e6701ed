package dev.rsvpbot.config;

/**
 * How the summary comment is written.
 *
 * @param language {@code zh} or {@code en}
 */
public record RenderConfig(String language) {
    public static RenderConfig defaults() {
        return new RenderConfig("zh");
    }
}
