package lookup

import (
	"strings"

	"storybot/knowledge"
)

// "The storm" on second reference (part of reading). A natural event with
// a proper name is named with its class noun before the name
// ("Hurricane Tobias", "Tropical Storm Ana", "Typhoon Mawar"; AP
// Stylebook, "hurricane or typhoon": capitalise the word when it is part
// of the name), and news writing then calls it by that noun or a broader
// one: "the hurricane", "the storm", "the Category 2 storm". A definite
// noun phrase whose noun is the antecedent's class noun or a
// superordinate of it refers back to it (Halliday and Hasan, "Cohesion in
// English", 1976, §6.1, reiteration by a superordinate). So when exactly
// one entity's name is such a class noun (one WordNet files under
// {phenomenon}: hurricane, storm, typhoon, cyclone) and a last word that
// is no common noun (phenomenonClass), "the N" after
// its first naming, N in lower case and the class noun or a WordNet
// hypernym of it that is itself a phenomenon, refers to it; up to three
// premodifiers may stand between "the" and N ("the Category 2 storm").

// resolveNamedPhenomenon ties "the N" to the sole named phenomenon.
func (e *Engine) resolveNamedPhenomenon() {
	if e.noLex {
		return
	}
	x, class := -1, ""
	for y, ent := range e.a.Entities {
		c := e.phenomenonClass(ent)
		if c == "" {
			continue
		}
		if x >= 0 {
			return // several: "the storm" may be either
		}
		x, class = y, c
	}
	if x < 0 {
		return
	}
	e.r.tieAfterNaming(x, func(s *sentence, k int) bool {
		t := s.toks[k]
		if t.cap || t.poss || stopWords[t.lower] {
			return false
		}
		w := singular(t.lower)
		if w != class && !(e.lex.KindOf(class, w) && e.lex.KindOf(w, "phenomenon")) {
			return false
		}
		return theBeforePremodified(s, k)
	})
}

// phenomenonClass is the class noun a name begins with when WordNet files
// it under {phenomenon} and the one word after it, the name's last, is
// no common noun ("Hurricane Tobias" → hurricane; "Tropical Storm Ana" →
// storm), or "". "National Hurricane Center" names a centre, not a
// storm: its last word is a common noun.
func (e *Engine) phenomenonClass(ent knowledge.Entity) string {
	f := strings.Fields(ent.Name) // of any kind: a name reader may take "Tropical Storm Ivette" for a person's
	if len(f) < 2 || len(f) > 3 {
		return ""
	}
	class := strings.ToLower(f[len(f)-2])
	if !e.lex.KindOf(class, "phenomenon") {
		return ""
	}
	for _, p := range e.lex.PartsOfSpeech(strings.ToLower(f[len(f)-1])) {
		if p == "noun" {
			return ""
		}
	}
	return class
}

// theBeforePremodified reports whether "the" determines the noun at k, straight
// before it or before up to three premodifiers with no punctuation or
// function word between ("the powerful Category 2 storm").
func theBeforePremodified(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := s.toks[j].lower
		if w == "the" {
			return true
		}
		if stopWords[w] || punctuatedBetween(s.text, s.toks, j+1) {
			return false
		}
	}
	return false
}
