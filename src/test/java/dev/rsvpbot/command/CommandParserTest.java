package dev.rsvpbot.command;

import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the parser reads in a reply: cases in src/test/resources/command/lines.tsv. */
class CommandParserTest {
    private static final CommandParser PARSER =
            new CommandParser(ReplyClassifier.rulesOnly(Lexicon.defaults())::ownWords);

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/command/lines.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1].replace("\\n", "\n"), f[2], f[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheCommandsOfAReply(String name, String body, String expected, String rest) {
        ReplyCommands read = PARSER.parse(body);

        String got = read.commands().isEmpty() ? "none"
                : read.commands().stream().map(CommandParserTest::describe).collect(Collectors.joining(" ; "));
        assertThat(got).isEqualTo(expected);
        assertThat(read.restSaysSomething() ? "prose" : "only").isEqualTo(rest);
    }

    private static String describe(Issued issued) {
        if (issued.verdict() instanceof Verdict.Accepted a) {
            return a.command().toString();
        }
        return "malformed: " + ((Verdict.Malformed) issued.verdict()).expected();
    }

    @Test
    void aReplyWithoutCommandsIsLeftWholeForTheClassifier() {
        String body = "下次 oral，讲 EMANet\n> /rsvp drop @x";
        assertThat(PARSER.parse(body)).isEqualTo(ReplyCommands.none(body));
    }

    @Test
    void theClassifierReadsTheReplyWithoutItsCommandLines() {
        ReplyCommands read = PARSER.parse("thanks all!\n/rsvp drop @alice\n> /rsvp oral quoted\nsee you");

        assertThat(read.rest()).isEqualTo("thanks all!\n> /rsvp oral quoted\nsee you");
    }

    @Test
    void aMalformedCommandSaysWhatIsWrong() {
        Verdict v = PARSER.parse("/agenda date 2019-13-01").commands().get(0).verdict();

        assertThat(v).isEqualTo(new Verdict.Malformed("/agenda date YYYY-MM-DD", "\"2019-13-01\" is not a date as YYYY-MM-DD"));
    }
}
