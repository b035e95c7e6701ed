package dev.rsvpbot.ledger;

import java.util.List;

/**
 * One truth per person after reading the whole thread: who presents, who comes, who is new, what to correct,
 * and what the chair must look at. Every member reply ends up in at least one list (or in {@code chatter}).
 *
 * @param signUps     current talk sign-ups, first come first
 * @param attendees   members coming without a talk, in thread order of their latest statement
 * @param newcomers   newcomers, in thread order
 * @param corrections corrections to the minutes, in thread order
 * @param withdrawals members who withdrew and did not sign up again afterwards
 * @param review      replies for the chair to look at, in thread order
 * @param superseded  statements replaced by the same person's later statement (or a presenter's "I'll come",
 *                    which their talk already implies)
 * @param chatter     replies with nothing to act on (thanks, chatter), in thread order
 * @param memberReplies how many replies by members were read
 * @param botReplies  how many replies by bots (this one included) were ignored
 * @param steering    what commands did: applied, refused, malformed; Poster order and agenda overrides
 */
public record Ledger(List<SignUp> signUps, List<Attendee> attendees, List<Newcomer> newcomers,
                     List<Correction> corrections, List<Withdrawal> withdrawals, List<ReviewItem> review,
                     List<ReplyRef> superseded, List<ReplyRef> chatter, int memberReplies, int botReplies,
                     Steering steering) {
    public Ledger {
        steering = steering == null ? Steering.none() : steering;
        signUps = List.copyOf(signUps);
        attendees = List.copyOf(attendees);
        newcomers = List.copyOf(newcomers);
        corrections = List.copyOf(corrections);
        withdrawals = List.copyOf(withdrawals);
        review = List.copyOf(review);
        superseded = List.copyOf(superseded);
        chatter = List.copyOf(chatter);
    }

    public List<SignUp> signUps(TalkKind kind) {
        return signUps.stream().filter(s -> s.kind() == kind).toList();
    }
}
