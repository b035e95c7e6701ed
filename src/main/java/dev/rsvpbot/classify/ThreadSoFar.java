package dev.rsvpbot.classify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the earlier replies of a thread say about the people in it: who was asked by someone else to give a talk
 * ({@code @alice would you like to speak in March?}), and who has replied before. "Sure, February works" means a
 * talk only after such an invitation. Built reply by reply in thread order ({@link ReplyClassifier#after}).
 *
 * @param invitedToTalk logins (lower case) that an earlier reply by someone else mentioned beside talk words
 * @param authors       logins (lower case) that wrote an earlier reply
 */
public record ThreadSoFar(Set<String> invitedToTalk, Set<String> authors) {
    /** Before the first reply. */
    public static final ThreadSoFar START = new ThreadSoFar(Set.of(), Set.of());

    public ThreadSoFar {
        invitedToTalk = Set.copyOf(invitedToTalk);
        authors = Set.copyOf(authors);
    }

    boolean invited(String login) {
        return login != null && invitedToTalk.contains(login.toLowerCase(Locale.ROOT));
    }

    boolean spokeBefore(String login) {
        return login != null && !login.isEmpty() && authors.contains(login.toLowerCase(Locale.ROOT));
    }

    ThreadSoFar with(String author, Set<String> invited) {
        Set<String> nextInvited = new HashSet<>(invitedToTalk);
        invited.forEach(l -> nextInvited.add(l.toLowerCase(Locale.ROOT)));
        Set<String> nextAuthors = new HashSet<>(authors);
        if (author != null && !author.isEmpty()) {
            nextAuthors.add(author.toLowerCase(Locale.ROOT));
            nextInvited.remove(author.toLowerCase(Locale.ROOT)); // answered: a later reply is no longer an answer to it
        }
        return new ThreadSoFar(nextInvited, nextAuthors);
    }
}
