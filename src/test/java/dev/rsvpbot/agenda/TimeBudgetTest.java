package dev.rsvpbot.agenda;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeBudgetTest {
    @Test
    void whatFitsIsGivenAsAsked() {
        assertThat(TimeBudget.share(120, 10, 4, 17)).containsExactly(10, 4, 17);
    }

    @Test
    void feedbackShrinksFirstThenIntroductionsThenOpeningEachToItsFloor() {
        assertThat(TimeBudget.share(100, 10, 4, 163)).containsExactly(10, 4, 86);
        assertThat(TimeBudget.share(15, 10, 20, 40)).containsExactly(5, 5, 5);
        assertThat(TimeBudget.share(22, 10, 20, 40)).containsExactly(10, 7, 5);
    }

    @Test
    void floorsNeverExceedWhatWasAsked() {
        assertThat(TimeBudget.floors(10, 1, 3)).isEqualTo(5 + 1 + 3);
        assertThat(TimeBudget.share(0, 10, 1, 3)).containsExactly(5, 1, 3);
    }
}
