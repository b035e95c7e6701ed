package dev.rsvpbot.classify;

/**
 * What a thread's earlier replies say of a reply ({@link ThreadHistory}): "Sure, February works" is a talk only
 * after someone asked the author to give one.
 *
 * @param invitedToTalk an earlier reply by someone else mentioned the author beside talk words
 *                      ({@code @alice would you like to speak in March?}), and the author has not answered since
 * @param spokeBefore   the author wrote an earlier reply
 * @param earlier       what the learned model's first look made of the earlier replies
 */
public record ReplyContext(boolean invitedToTalk, boolean spokeBefore, EarlierReplies earlier) {
    /** A reply read alone. */
    public static final ReplyContext NONE = new ReplyContext(false, false, EarlierReplies.UNKNOWN);

    /** The same context without the earlier replies' reading: what the first look itself reads. */
    ReplyContext withoutEarlier() {
        return new ReplyContext(invitedToTalk, spokeBefore, EarlierReplies.UNKNOWN);
    }
}
