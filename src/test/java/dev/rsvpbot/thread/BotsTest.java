package dev.rsvpbot.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BotsTest {
    private static Reply by(String login, boolean githubSaysBot) {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        return new Reply(1, login, githubSaysBot, "I'm in", t, t, "");
    }

    @Test
    void theBotsOwnLoginMatchesWhateverTheCase() {
        assertThat(Bots.isSelf("RSVP-Bot", "rsvp-bot")).isTrue();
        assertThat(Bots.isSelf("rsvp-bot", " RSVP-BOT ")).isTrue();
        assertThat(Bots.isBot(by("Rsvp-Bot", false), "rsvp-bot")).isTrue();
    }

    @Test
    void anEmptyOrMissingBotLoginMatchesNoOne() {
        assertThat(Bots.isSelf("", "")).isFalse();
        assertThat(Bots.isSelf("alice", null)).isFalse();
        assertThat(Bots.isBot(by("alice", false), "")).isFalse();
    }

    @Test
    void anAppLoginIsABotInAnyCase() {
        assertThat(Bots.isBot(by("dependabot[bot]", false), "rsvp-bot")).isTrue();
        assertThat(Bots.isBot(by("Renovate[BOT]", false), "rsvp-bot")).isTrue();
        assertThat(Bots.isAppLogin("bot")).isFalse();
    }

    @Test
    void githubsOwnBotTypeCounts() {
        assertThat(Bots.isBot(by("some-app", true), "rsvp-bot")).isTrue();
        assertThat(Bots.isBot(by("alice", false), "rsvp-bot")).isFalse();
    }
}
