package lookup

import (
	"slices"
	"strings"
)

// WordNet indexes lemmas only: a reader of it finds an inflected form by
// morphy, which reads an irregular form through the exception lists
// before it tries the detachment rules (WordNet 3.0, morphy(7WN)), so
// "caught" is catch and "flew" fly. The lexicon's synonym and link
// lookups apply the detachment rules alone ("flies": fly), so a question
// that asks with an irregular past ("who caught him", "who flew the
// plane") found none of the article's words for the act ("arrested",
// "piloted"). irregularLemmaMeaning reads such a word as its base, as
// verbForms already does for a phrasal verb ("took over": take over).
// A form the exception lists hold only for its doubled consonant
// ("hitting": hit) has the stem of its base, and is read as the stem.
//
// A light verb takes its meaning from its object (Quirk et al. 1985,
// §2.24, lightVerbs), so neither one asked ("made") nor one found for it
// ("paid" as give, "born" as have, in rare senses) names the act; nor
// does another word of the question ("ran the race": run as race), as
// idiomaticPhrasal reads a phrasal verb's.

// irregularLemmaMeaning is the meaning of question token i, a word the
// article never uses, read as the base form WordNet's exception lists give
// it, when that base is a verb and the article uses a word for it other
// than a light verb or the question's own; the term keeps the question's
// own word.
func (e *Engine) irregularLemmaMeaning(toks []token, i int) (term, bool) {
	if e.noLex || lightVerbs[toks[i].lower] {
		return term{}, false
	}
	w := toks[i].lower
	base := e.lex.Lemma(w)
	if base == "" || stemOf(base) == stemOf(w) || strings.Contains(base, " ") || lightVerbs[base] || !slices.Contains(e.lex.PartsOfSpeech(base), "verb") {
		return term{}, false
	}
	asBase := slices.Clone(toks)
	asBase[i].lower = base
	tm := e.meaning(asBase, i)
	tm.alts = slices.DeleteFunc(tm.alts, func(a string) bool {
		return lightVerbs[a] || primaryVerbs[a] || slices.ContainsFunc(toks, func(x token) bool { return x.meets(a) || x.stem == a })
	})
	if !tm.known || len(tm.alts)+len(tm.phrases) == 0 {
		return term{}, false
	}
	if tm.lower == base {
		tm.lower = w
	}
	return tm, true
}

// finiteAfterWho reports whether question token i is the verb of a
// subject who-question, written right after "who": a finite verb, which
// agrees with "who" in the singular (Quirk et al. 1985, §6.20 on "who"
// as subject; §3.54 on the -s form), so an uninflected form there is no
// present tense of its own lemma but the past of another verb whose
// irregular past it is (WordNet's verb.exc: "found" is find's, not the
// present of found, "establish"; "ground" grind's; "wound" wind's). Such
// a word is read through the exception lists before any rare sense of it
// as a lemma gives it synonyms.
func finiteAfterWho(toks []token, i int) bool {
	return i > 0 && (toks[i-1].lower == "who" || toks[i-1].lower == "whos")
}

// unusedVerbMeaning is the meaning of question token i, a word the article
// never uses, as an -en verb of its adjective ("got sick": sickened,
// inchoativeen.go), or, right after "who", as the irregular past of
// another verb (finiteAfterWho); false when neither reads it.
func (e *Engine) unusedVerbMeaning(toks []token, i int, tm term) (term, bool) {
	if et := e.withEnVerb(toks, i, tm); et.known {
		return et, true
	}
	if finiteAfterWho(toks, i) {
		return e.irregularLemmaMeaning(toks, i)
	}
	return term{}, false
}
