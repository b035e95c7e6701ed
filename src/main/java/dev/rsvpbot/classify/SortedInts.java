package dev.rsvpbot.classify;

/** Lookups in sorted int arrays of cue and mention positions: binary searches, so hostile text stays cheap. */
final class SortedInts {
    private SortedInts() {
    }

    /** The first value in [from, to) of a sorted array, or -1. */
    static int firstIn(int[] sorted, int from, int to) {
        int i = java.util.Arrays.binarySearch(sorted, from);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && sorted[i - 1] == from) {
                i--;
            }
        }
        return i < sorted.length && sorted[i] < to ? sorted[i] : -1;
    }

    /** The first value at or after from in a sorted array, or -1. */
    static int firstFrom(int[] sorted, int from) {
        return firstIn(sorted, from, Integer.MAX_VALUE);
    }
}
