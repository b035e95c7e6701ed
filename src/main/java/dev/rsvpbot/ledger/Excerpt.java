package dev.rsvpbot.ledger;

/** The start of a reply in the author's own words, on one line, for the chair to recognise it. */
final class Excerpt {
    static final int MAX_CODE_POINTS = 80;

    private Excerpt() {
    }

    static String of(String body) {
        StringBuilder own = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || trimmed.startsWith(">") || trimmed.isEmpty()) {
                continue;
            }
            if (own.length() > 0) {
                own.append(' ');
            }
            own.append(trimmed);
            if (own.length() > MAX_CODE_POINTS * 2 + TextCut.LONGEST_URL) {
                break;
            }
        }
        // Cut as the renderer cuts: never inside a URL (a correction's link is often its whole point).
        return TextCut.cut(own.toString().replaceAll("\\s+", " "), MAX_CODE_POINTS);
    }
}
