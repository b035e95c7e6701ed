package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short soak in the suite (the long one: {@code scripts/soak.sh}); see {@link Soak}. */
class SoakTest {
    @Test
    void eightyCyclesOfRandomAddsEditsAndDeletesKeepOneCurrentSummaryPerIssue() {
        Soak.Result result = Soak.run(20261201L, 80);

        System.out.println("SoakTest: " + result);
        assertThat(result.cycles()).isEqualTo(80);
        assertThat(result.quietCycles()).as("cycles with nothing new, each checked to write nothing").isPositive();
    }
}
