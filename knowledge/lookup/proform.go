package lookup

import "strings"

// The pro-form "one" in the second side of a comparison (part of stage
// 2): "this recall vs the seatbelt one a couple years back" asks about
// the seatbelt recall. After a determiner or a modifier, "one" stands
// for the head noun of a noun phrase before it (Quirk et al., §6.52 on
// the substitute one), here the head of the first side.

// notProOne are the words before "one" that make it a numeral or part of
// an indefinite pronoun ("no one", "every one", "only one"), not the
// substitute for a noun (Quirk et al., §6.45 on "one" as a numeral).
var notProOne = set("no", "any", "every", "each", "some", "only", "which", "just", "about", "least",
	"than", "at", "in", "than", "to", "of", "and", "or")

// substituteOne replaces the substitute "one" of side p by head, the
// head noun of the first side: "the seatbelt one" is "the seatbelt
// recall". "one of", a numeral "one", and a side without "one" stay as
// they are.
func substituteOne(p, head string) string {
	w := strings.Fields(p)
	for i, x := range w {
		if x != "one" || i == 0 || notProOne[w[i-1]] || i+1 < len(w) && w[i+1] == "of" {
			continue
		}
		if _, _, ok := wordNumber(w[i-1]); ok || strings.ContainsAny(w[i-1][:1], "0123456789") {
			continue
		}
		w[i] = head
		return strings.Join(w, " ")
	}
	return p
}
