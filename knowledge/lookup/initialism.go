package lookup

import "strings"

// Initialisms typed without their periods (part of stage 2): news style
// writes an initialism of single letters with periods ("U.S.", "D.C.";
// AP Stylebook, "abbreviations and acronyms"), and chat writes the same
// letters run together ("us open", "dc"). Inside a name of more than one
// word the run-together letters are the initialism, not the pronoun "us".

// undotted is initialism w ("u.s" or "u.s.") with its periods taken out
// ("us"), or "" when w is no initialism of single letters with periods.
func undotted(w string) string {
	parts := strings.Split(strings.TrimSuffix(w, "."), ".")
	if len(parts) < 2 {
		return ""
	}
	for _, p := range parts {
		if len(p) != 1 {
			return ""
		}
	}
	return strings.Join(parts, "")
}

// typedAs reports whether got, a word of a question, is w, a word of a
// name's form: the same word, or inside a name of more than one word
// (multi) the initialism w typed without its periods ("us open" for
// "U.S. Open").
func typedAs(got, w string, multi bool) bool {
	return got == w || multi && undotted(w) == got
}
