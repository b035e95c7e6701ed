package dev.rsvpbot.classify;

/**
 * What a thread's earlier replies say of a reply's author ({@link ThreadHistory}): "Sure, February works" is a
 * talk only after someone asked the author to give one.
 *
 * @param invitedToTalk an earlier reply by someone else mentioned the author beside talk words
 *                      ({@code @alice would you like to speak in March?}), and the author has not answered since
 * @param spokeBefore   the author wrote an earlier reply
 */
public record ReplyContext(boolean invitedToTalk, boolean spokeBefore) {
    /** The first reply of a thread, or a reply read alone. */
    public static final ReplyContext NONE = new ReplyContext(false, false);
}
