package dev.rsvpbot.github;

import dev.rsvpbot.render.SummaryMarker;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What to write on one issue so that exactly one summary comment remains: create it, edit it, or leave it,
 * and delete the duplicates that racing runs left behind (the oldest one is kept).
 *
 * @param action     what to do with the kept summary
 * @param keep       the comment to edit or leave; empty when creating
 * @param duplicates the bot's newer summary comments, to delete
 * @param body       the wanted body
 */
record SummaryPlan(Action action, Optional<CommentView> keep, List<CommentView> duplicates, String body) {
    enum Action { CREATE, EDIT, UNCHANGED }

    SummaryPlan {
        duplicates = List.copyOf(duplicates);
    }

    /** Decides from the bot's own summary comments (any order) and the wanted body. */
    static SummaryPlan decide(List<CommentView> botSummaries, String wanted) {
        return decide(botSummaries, wanted, SummaryPlan::isCurrent);
    }

    /** The same rules for another kind of marked comment (the weekly digest), with its own test of "current". */
    static SummaryPlan decide(List<CommentView> botSummaries, String wanted,
                              java.util.function.BiPredicate<String, String> isCurrent) {
        List<CommentView> oldestFirst = botSummaries.stream()
                .sorted(Comparator.comparing(CommentView::createdAt).thenComparingLong(CommentView::id))
                .toList();
        if (oldestFirst.isEmpty()) {
            return new SummaryPlan(Action.CREATE, Optional.empty(), List.of(), wanted);
        }
        CommentView kept = oldestFirst.get(0);
        List<CommentView> duplicates = oldestFirst.subList(1, oldestFirst.size());
        Action action = isCurrent.test(kept.body(), wanted) ? Action.UNCHANGED : Action.EDIT;
        return new SummaryPlan(action, Optional.of(kept), duplicates, wanted);
    }

    /**
     * Same hash in both markers, and the existing text still matches its own marker: a summary that someone
     * edited by hand is rewritten even when its marker claims it is current.
     */
    static boolean isCurrent(String existing, String wanted) {
        Optional<String> have = SummaryMarker.hashOf(existing);
        return have.isPresent() && have.equals(SummaryMarker.hashOf(wanted)) && SummaryMarker.isIntact(existing);
    }


    boolean writes() {
        return action != Action.UNCHANGED || !duplicates.isEmpty();
    }
}
