package dev.rsvpbot.agenda;

/**
 * Chair and vice-chair of the next meeting.
 *
 * @param chair     chair, or empty when unknown
 * @param viceChair vice-chair, or empty when unknown
 * @param logins    true when both are GitHub logins (from the config), false when they are names read from the minutes
 */
public record Officers(String chair, String viceChair, boolean logins) {
    public static Officers unknown() {
        return new Officers("", "", false);
    }
}
