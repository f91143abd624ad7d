package lookup

import "slices"

// A verb straight after "how many" (part of stage 2): "how many remain
// hospitalized", "how many remain closed". "How many" is a determiner of
// a plural noun or, with no noun, a pronoun that is the subject itself
// (Quirk et al., A Comprehensive Grammar of the English Language, 1985,
// §5.23 on quantifiers used as pronouns: "many remain"), so a word after
// it that can only be a verb is the question's verb, not the noun the
// answer counts. WordNet says which words are verbs only: "remain" has
// no noun sense there (only "remains" has), so "how many remain" counts
// whatever the sentence's figure counts, as "how many died" does.

// verbAfterHowMany is focus, or nil when the one counted word focus holds
// is the word straight after "how many" and WordNet knows it only as a
// verb.
func (e *Engine) verbAfterHowMany(toks []token, focus []string) []string {
	if e.lex == nil || len(focus) != 1 {
		return focus
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-2].lower != "how" || toks[i-1].lower != "many" {
			continue
		}
		w := toks[i].lower
		if stemOf(w) != focus[0] && toks[i].stem != focus[0] {
			return focus
		}
		pos := e.lex.PartsOfSpeech(w)
		if !slices.Contains(pos, "verb") || slices.Contains(pos, "noun") {
			return focus
		}
		return nil
	}
	return focus
}
