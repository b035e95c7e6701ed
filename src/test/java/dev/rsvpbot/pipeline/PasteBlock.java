package dev.rsvpbot.pipeline;

/** The agenda a chair copies out of the summary's {@code <details>} block: the text inside its code fence. */
final class PasteBlock {
    private PasteBlock() {
    }

    /** The fenced source inside {@code <details>}, exactly as GitHub shows it for copying. */
    static String of(String summary) {
        int details = summary.indexOf("<details>");
        if (details < 0) {
            throw new AssertionError("no <details> block in the summary");
        }
        int open = summary.indexOf("\n", summary.indexOf("```", details)) + 1;
        String fence = summary.substring(summary.indexOf("```", details), open - 1).replace("markdown", "");
        int close = summary.indexOf("\n" + fence + "\n", open);
        return summary.substring(open, close + 1);
    }
}
