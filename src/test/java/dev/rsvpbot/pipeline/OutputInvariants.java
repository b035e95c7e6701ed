package dev.rsvpbot.pipeline;

import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.render.SummaryMarker;
import dev.rsvpbot.render.SummaryRenderer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

        Set<String> presenters = new HashSet<>();
        Stream.concat(summary.data().agenda().orals().stream(), summary.data().agenda().posters().stream())
                .map(SignUp::login).forEach(login -> presenters.add(login.toLowerCase(Locale.ROOT)));
        Matcher m = MENTION.matcher(content);
        while (m.find()) {
            assertThat(presenters).as("mention %s in:%n%s", m.group(), around(content, m.start()))
                    .contains(m.group(1).toLowerCase(Locale.ROOT));
        }
        tablesKeepTheirColumns(content);
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
