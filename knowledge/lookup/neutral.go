package lookup

import "strings"

// Gender-neutral compounds: "spokesperson" for the article's
// "spokeswoman", "chairperson" for "chairman". English forms the neutral
// noun of a role by replacing the head -man or -woman with -person, and
// news style accepts either (AP Stylebook, "chairman, chairwoman";
// "spokesman, spokeswoman"; Merriam-Webster on -person), so the three
// name one role.

// neutralKnown returns the stems of the article's words that are the
// gendered forms of a -person (or -people) compound w.
func (e *Engine) neutralKnown(w string) []string {
	var stem string
	switch {
	case strings.HasSuffix(w, "persons"):
		stem = strings.TrimSuffix(w, "persons")
	case strings.HasSuffix(w, "person"):
		stem = strings.TrimSuffix(w, "person")
	case strings.HasSuffix(w, "people"):
		stem = strings.TrimSuffix(w, "people")
	default:
		return nil
	}
	if len(stem) < 3 {
		return nil // "person" itself, "layperson" aside
	}
	var out []string
	for _, head := range []string{"man", "woman", "men", "women"} {
		if v := stem + head; e.r.vocab[v] {
			out = append(out, stemOf(v))
		}
	}
	return out
}
