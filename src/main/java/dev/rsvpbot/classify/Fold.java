package dev.rsvpbot.classify;

/** Folds text for matching, one char for one char so offsets stay valid in the original. */
final class Fold {
    private Fold() {
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0); // full-width ASCII (Ｐｏｓｔｅｒ, ：) reads as ASCII
        } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r') {
            return ' ';
        } else if (c < 0x20 && c != '\n') {
            return ' ';
        } else if (c == '\u2019' || c == '\u2018') {
            return '\''; // can’t as can't
        }
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isLoginChar(char c) {
        return isAsciiWordChar(c) || c == '-' || c == '_';
    }

    /** Letters and digits of any script: what a clause "says" once punctuation, space and emoji are gone. */
    static String lettersOnly(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '\'') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
