package dev.rsvpbot.pipeline;

import dev.rsvpbot.command.Verdict;
import dev.rsvpbot.config.CommandsConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.ledger.GivenCommand;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.Association;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command × each kind of author, applied or refused, end to end through the pipeline: cases in
 * src/test/resources/command/permissions.tsv.
 */
class CommandPermissionsTest {
    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/command/permissions.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
    }

    /** The login and association of each kind of author. */
    private static String login(String kind) {
        return switch (kind) {
            case "config-chair" -> "huan";
            case "issue-author" -> "ArronHZG";
            case "self" -> "alice";
            case "referrer" -> "bob";
            default -> kind.toLowerCase(java.util.Locale.ROOT) + "-member";
        };
    }

    private static Association association(String kind) {
        return switch (kind) {
            case "config-chair", "issue-author", "self", "referrer" -> Association.NONE;
            default -> Association.valueOf(kind);
        };
    }

    @ParameterizedTest(name = "{0} by {1} (chairs by association: {2}) -> {3}")
    @MethodSource("cases")
    void aCommandAppliesOnlyForThoseWhoMayGiveIt(String command, String kind, String associations, String expected) {
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.poster("Mixup", ""))
                .says("bob", Says.oral("EMANet", ""))
                .says("carol", Says.poster("Focal Loss", ""));
        long correction = thread.nextId();
        thread.says("erin", Says.correction());
        thread.writes(login(kind), association(kind), command.replace("{correction}", String.valueOf(correction)),
                Says.chatter());
        List<Association> chairs = Arrays.stream(associations.split(",")).map(Association::valueOf).toList();
        RsvpConfig config = RsvpConfig.defaults().withCommands(new CommandsConfig(chairs));

        Ledger ledger = new SummaryPipeline(config, thread.classifier())
                .summarize(thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes())),
                        "rsvp-bot").data().ledger();

        assertThat(ledger.steering().malformed()).isEmpty();
        if (expected.equals("applied")) {
            assertThat(ledger.steering().refused()).isEmpty();
            assertThat(ledger.steering().applied()).extracting(GivenCommand::text).containsExactly(
                    command.replace("{correction}", String.valueOf(correction)));
        } else {
            assertThat(ledger.steering().applied()).isEmpty();
            assertThat(ledger.steering().refused()).singleElement()
                    .extracting(g -> ((Verdict.Refused) g.verdict()).reason().name()).isEqualTo(expected);
            // A refused command changes nothing: the sign-ups are as the members' own replies made them.
            assertThat(ledger.signUps()).allSatisfy(s -> assertThat(s.steeredBy()).isEmpty());
            assertThat(ledger.steering().agenda().date()).isEmpty();
            assertThat(ledger.steering().posterOrder()).isEmpty();
        }
    }
}
