package dev.rsvpbot.classify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationTest {
    private static final Classification.Details ALL = new Classification.Details(Optional.of(new Talk("EMANet", "")),
            Optional.of("bob"), Optional.of("alice"), Optional.of("zw"), Optional.of("张伟"), Optional.of("研一"));

    @Test
    void eachDetailIsKeptOnlyBesideItsLabel() {
        Classification poster = Classification.of(Set.of(Label.POSTER), List.of(), ALL, Optional.empty(), false, false);
        assertThat(poster.details()).isEqualTo(new Classification.Details(ALL.talk(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(poster.mentionsRsvpWords()).as("a talk label mentions sign-up words").isTrue();

        Classification companion = Classification.of(Set.of(Label.ATTEND), List.of(), ALL, Optional.empty(), false, false);
        assertThat(companion.attachTo()).hasValue("alice");
        assertThat(companion.talk()).isEmpty();
        assertThat(companion.referrer()).isEmpty();

        Classification newcomer = Classification.of(Set.of(Label.NEWCOMER), List.of(), ALL, Optional.empty(), false, false);
        assertThat(newcomer.details()).isEqualTo(new Classification.Details(Optional.empty(), ALL.referrer(), Optional.empty(),
                ALL.friendLogin(), ALL.friendName(), ALL.bio()));
    }

    @Test
    void otherCarriesItsReasonAndNoDetail() {
        Classification other = Classification.other("rule:no-cue", true, false);
        assertThat(other.labels()).containsExactly(Label.OTHER);
        assertThat(other.evidence()).containsExactly(new Evidence(Label.OTHER, "rule:no-cue", ""));
        assertThat(other.details()).isEqualTo(Classification.Details.NONE);
        assertThat(other.unsure()).isTrue();
    }
}
