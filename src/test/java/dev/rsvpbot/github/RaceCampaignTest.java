package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The race campaign: two polls at once, sharing one cache directory or each with its own, after each kind of
 * change. With {@code lockstep} both polls meet at a barrier after reading each issue, so both decide before
 * either writes (the worst interleaving: both create, or both edit); without it they run as the scheduler lets
 * them. Whatever they did, the next poll leaves one summary per issue equal to a from-scratch render, and the
 * poll after that writes nothing.
 */
class RaceCampaignTest {
    enum Start {
        FRESH, AFTER_NEW_REPLY, AFTER_EDITED_REPLY, AFTER_DELETED_REPLY, WARM_AND_QUIET
    }

    @TestFactory
    Stream<DynamicTest> twoPollsAtOnceLeaveOneSummaryAfterTheNextPoll() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Start start : Start.values()) {
            for (boolean sharedCache : new boolean[] {true, false}) {
                for (boolean lockstep : new boolean[] {true, false}) {
                    if (lockstep && start == Start.WARM_AND_QUIET) {
                        continue; // nothing is read, so there is nothing to meet at
                    }
                    tests.add(DynamicTest.dynamicTest(start + (sharedCache ? ", one cache directory" : ", two cache directories")
                            + (lockstep ? ", in lockstep" : ", free-running"), () -> race(start, sharedCache, lockstep)));
                }
            }
        }
        return tests.stream();
    }

    private static void race(Start start, boolean sharedCache, boolean lockstep) throws Exception {
        try (FakeGithub github = FakeGithub.start("seminar")) {
            Path a = Files.createTempDirectory("race-a");
            Path b = sharedCache ? a : Files.createTempDirectory("race-b");
            if (start != Start.FRESH) {
                for (int i = 0; i < 2; i++) {
                    Campaigns.poll(github, a);
                    github.applyWrites();
                    if (!sharedCache) {
                        Campaigns.poll(github, b);
                        github.applyWrites();
                    }
                }
            }
            switch (start) {
                case AFTER_NEW_REPLY -> github.addComment(12, "erin", "Poster: diffusion models for weather");
                case AFTER_EDITED_REPLY -> github.editComment(5002, "1. 无  2. Oral  3. 无");
                case AFTER_DELETED_REPLY -> github.deleteComment(5001);
                default -> {
                }
            }
            github.publish();
            github.clearJournal();

            CyclicBarrier meet = new CyclicBarrier(2);
            ThreadSummarizer summarizer = (thread, bot) -> {
                if (lockstep) {
                    try {
                        meet.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        // The other poll read another set of issues: go on alone, the race is still a race.
                    }
                }
                return PollServiceTest.LIST_REPLIES.summaryBody(thread, bot);
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<PollReport> one = pool.submit(() -> Campaigns.poll(github, a, summarizer, GithubConnection.READ_TIMEOUT));
                Future<PollReport> two = pool.submit(() -> Campaigns.poll(github, b, summarizer, GithubConnection.READ_TIMEOUT));
                assertThat(one.get(60, TimeUnit.SECONDS)).isNotNull();
                assertThat(two.get(60, TimeUnit.SECONDS)).isNotNull();
            } finally {
                pool.shutdownNow();
            }
            github.applyWrites();

            PollReport next = Campaigns.poll(github, a);
            github.applyWrites();
            assertThat(next.problems()).as("the next poll").isEmpty();
            Campaigns.assertOneCurrentSummaryPerIssue(github, "after the next poll");

            github.clearJournal();
            assertThat(Campaigns.poll(github, a).problems()).isEmpty();
            assertThat(Campaigns.poll(github, b).problems()).isEmpty();
            assertThat(github.writes()).as("polls after the next one, from either cache, write nothing").isEmpty();
        }
    }
}
