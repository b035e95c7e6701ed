package dev.rsvpbot.agenda;

/**
 * Talks come first: the parts around them (opening, newcomer introductions, the feedback round) get what the
 * talks leave up to the hard limit. Each part keeps at least {@link #FLOOR_MINUTES} (or what it asks, if less),
 * so talks are chosen against those floors; when the parts ask for more than is left, the feedback round shrinks
 * first (it grows with every person), then the introductions, then the opening.
 */
final class TimeBudget {
    /** The least a part around the talks is given: enough to open, to hear the newcomers and to close. */
    static final int FLOOR_MINUTES = 5;

    private TimeBudget() {
    }

    /** The least the parts around the talks need: each one's floor. */
    static int floors(int opening, int introductions, int feedback) {
        return floor(opening) + floor(introductions) + floor(feedback);
    }

    static int floor(int asked) {
        return Math.min(asked, FLOOR_MINUTES);
    }

    /**
     * Minutes for opening, introductions and feedback, in that order, as asked when they fit in {@code left};
     * otherwise shrunk feedback first, each down to its floor at most.
     */
    static int[] share(int left, int opening, int introductions, int feedback) {
        int[] minutes = {opening, introductions, feedback};
        int over = opening + introductions + feedback - Math.max(left, 0);
        for (int part = 2; part >= 0 && over > 0; part--) {
            int give = Math.min(over, minutes[part] - floor(minutes[part]));
            minutes[part] -= give;
            over -= give;
        }
        return minutes;
    }
}
