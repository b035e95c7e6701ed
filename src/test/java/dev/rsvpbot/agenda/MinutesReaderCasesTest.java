package dev.rsvpbot.agenda;

import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.thread.SeminarIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases from src/test/resources/agenda/minutes-dates.tsv: minutes in, next meeting date and episode out. */
class MinutesReaderCasesTest {
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = MinutesReaderCasesTest.class.getResourceAsStream("/agenda/minutes-dates.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> l.split("\t", -1)).map(f -> Arguments.of(f[0], f[1].replace("\\n", "\n"), f[2], f[3]));
        }
    }

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @MethodSource("cases")
    void theNextMeetingFollowsTheMinutes(String title, String body, String next, String episode) {
        // Issues without a date fall back to the day they were opened: Monday 2019-09-16 in Beijing.
        SeminarIssue issue = new SeminarIssue("o/r", 1, title, body, "chair", Instant.parse("2019-09-16T02:00:00Z"), "", List.of());
        AgendaPlanner planner = new AgendaPlanner(AgendaConfig.defaults());

        assertThat(planner.nextMeetingDate(issue)).isEqualTo(LocalDate.parse(next));
        assertThat(MinutesReader.episode(title, body).map(Episode::next).map(Episode::toString).orElse("-"))
                .isEqualTo(episode);
    }
}
