package dev.rsvpbot.pipeline;

import dev.rsvpbot.render.SummaryMarker;
import dev.rsvpbot.render.SummaryRenderer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every summary must satisfy, whatever members wrote. */
final class OutputInvariants {
    /** An {@code @} directly followed by a login character notifies that login on GitHub. */
    private static final Pattern MENTION = Pattern.compile("[@＠]([A-Za-z0-9][A-Za-z0-9-]*)");

    private OutputInvariants() {
    }

    static void check(Summary summary) {
        String body = summary.body();
        assertThat(body.length()).isLessThanOrEqualTo(SummaryRenderer.GITHUB_LIMIT);
        String content = body.substring(body.indexOf('\n') + 1);
        assertThat(SummaryMarker.hashOf(body)).contains(SummaryMarker.sha256(content));
        assertThat(content).doesNotContain("<!--");

        // The summary notifies nobody: people are profile links (@[login](url)), in the comment and in the agenda
        // the chair pastes alike. GitHub reads no mention inside code, so code spans and blocks are left out.
        noMentions(content);
        noMentions(PasteBlock.of(content));
        assertThat(ZWSP_IN_URL.matcher(content).find()).as("a zero-width space inside a URL").isFalse();
        tablesKeepTheirColumns(content);
    }

    /** A zero-width space after a URL's scheme and before the end of the URL (a space, a quote, a bracket). */
    private static final Pattern ZWSP_IN_URL = Pattern.compile("(?i)(?:https?:|www)[^\\s<>\"'`()\\[\\]|]*\u200B");

    private static void noMentions(String markdown) {
        String prose = withoutCode(markdown);
        Matcher m = MENTION.matcher(prose);
        if (m.find()) {
            throw new AssertionError("mention " + m.group() + " in:\n" + around(prose, m.start()));
        }
    }

    /** Markdown without fenced blocks and inline code spans, where GitHub finds no mention. */
    static String withoutCode(String markdown) {
        StringBuilder prose = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.strip();
            if (fence == null && trimmed.startsWith("```")) {
                fence = trimmed.replaceAll("[^`].*", "");
                continue;
            }
            if (fence != null) {
                if (trimmed.equals(fence)) {
                    fence = null;
                }
                continue;
            }
            prose.append(line.replaceAll("(`+)(?:(?!\\1).)+?\\1", " ")).append('\n');
        }
        return prose.toString();
    }

    /** Every row of a table has as many cell separators as its header: member text never adds a column. */
    private static void tablesKeepTheirColumns(String content) {
        int expected = -1;
        for (String line : content.split("\n", -1)) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = separators(line);
            if (expected < 0) {
                expected = pipes;
            }
            assertThat(pipes).as("columns of row: %s", line).isEqualTo(expected);
        }
    }

    private static int separators(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }
}
