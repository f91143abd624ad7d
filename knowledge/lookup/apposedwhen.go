package lookup

import "strings"

// The time of an appositive "when" clause (part of stage 4): in "stay
// below freezing until Thursday, when a high of 38 degrees could start
// melting the ice" the "when" clause stands in apposition to the time
// before it and tells what happens at that time (Quirk et al., §15.25, as
// endedWhen reads it; the relative adverb "when" after a time
// antecedent, §17.22). "Until" bounds the main clause's state, not the
// clause's event, so a question about that event is answered by the time
// alone: "Thursday", not "until Thursday".

// antecedesWhen reports whether time span sp of s is the antecedent of
// an appositive "when" clause: ", when" follows it at once ("the hardest
// stretch came last winter, when ice jams held up the work"). The clause
// tells what happened at that time (Quirk et al., §17.22), so the time
// dates the clause's event, whatever verb of saying stands before it.
func antecedesWhen(s *sentence, sp []int) bool {
	return strings.HasPrefix(strings.TrimPrefix(s.text[sp[1]:], "."), ", when ")
}
