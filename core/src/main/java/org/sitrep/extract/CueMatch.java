package org.sitrep.extract;

/** A cue word or phrase found at tokens {@code [from, to)} of a sentence. */
record CueMatch(Cue cue, int from, int to) {
}
