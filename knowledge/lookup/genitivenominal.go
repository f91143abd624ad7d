package lookup

import "strings"

// A genitive before a noun is its determiner (Huddleston and Pullum,
// "The Cambridge Grammar of the English Language", 2002, ch. 5 §16, the
// subject-determiner; Quirk et al. 1985, §5.115-5.116): "called for
// Okafor's resignation" names the act as a thing, as "his resignation"
// does, so the sentence does not tell the act with its own verb and the
// one who called for it is not the one who resigned. A word in -ed after
// "'s" is read as a verb, since there "'s" may be "has" ("the mayor's
// resigned").

// genitiveNominal reports whether the word at i follows a genitive noun
// or name, and is not an -ed form.
func genitiveNominal(toks []token, i int) bool {
	return i > 0 && toks[i-1].poss && !strings.HasSuffix(toks[i].lower, "ed")
}
