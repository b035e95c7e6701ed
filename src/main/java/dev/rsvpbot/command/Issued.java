package dev.rsvpbot.command;

/**
 * One command line of a reply, and what became of it.
 *
 * @param index   its place among the reply's command lines, from 0: commands of one reply apply in this order
 * @param text    the line as written (the author's own words, one line)
 * @param verdict applied, refused or malformed
 */
public record Issued(int index, String text, Verdict verdict) {
    public Issued withVerdict(Verdict replacement) {
        return new Issued(index, text, replacement);
    }
}
