package lookup

import "slices"

// A noun for a person read as its synonym before its word family (part
// of stage 2): "who is the lawyer for the hotel owners" of "The hotel
// owners' attorney, Gregory Pelham". WordNet 3.0 puts "lawyer" and
// "attorney" in one synset, and relates "lawyer" by derivation to "law";
// a derived noun of a person noun names the field or the act ("law",
// "farm"), another thing than the person, while a synonym names the same
// person. So when the article uses a synonym of a person noun, that is
// the article's word for it, unless it uses the noun's gendered form
// ("spokeswoman" for "spokesperson"), the nearer word still.

//
// A synonym of the person noun is itself a person noun: WordNet's
// synonyms of a word span its parts of speech, and those of its verb
// ("cop" as to arrest, "coach" as to train) name an act, not the person.
// A colloquial person noun is also read as the word WordNet glosses it a
// term for ("cop": "uncomplimentary terms for a policeman", so the
// article's "officer"; wordnet/informal.go).

// personSynonymsKnown is the stems of the person-noun synonyms the
// article uses of w, a noun WordNet files under person, and of the words
// w is a colloquial term for; nil when w is no such noun, the article
// uses none, or it uses w's gendered form.
func (e *Engine) personSynonymsKnown(w string) []string {
	if e.noLex || !e.canBe(w, "noun") || !e.isPersonNoun(w) || len(e.neutralKnown(w)) > 0 {
		return nil // "spokeswoman" for "spokesperson": the same person, by its gendered form
	}
	var out []string
	for _, syn := range slices.Concat(e.withoutAntonyms(w, e.lex.Synonyms(w)), e.lex.InformalFor(w)) {
		if st, ok := e.knownWord(syn); ok && e.isPersonNoun(syn) && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}
