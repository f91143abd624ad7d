package lookup

import (
	"slices"
	"strings"
)

// A dictionary defines a word by plainer words: a broader word and what
// sets the thing apart, the genus and differentiae of a classical
// definition (Fellbaum 1998, "WordNet", ch. 1; Landau 2001, "Dictionaries",
// ch. 4). WordNet 3.0 defines an arsonist as "a criminal who illegally
// sets fire to property", a firefighter as "a member of a fire department
// who tries to extinguish fires", a premiere as "the first public
// performance of a play or movie". A reporter writes the exact word ("an
// arsonist", "42 firefighters", "the world premiere") and a reader asks
// by the plain words that define it ("what kind of criminal", "the fire
// department", "the first performance"). So a question word the article
// never uses, nor any word one WordNet link from it, stands, as weakly as
// a neighbour, for the article's nouns and verbs whose definition uses
// it. The word itself, not its family: "government" in a mayor's "the
// head of a city government" is no governor.

// glossClassWords are the words too general to stand for what a
// definition defines: the names of WordNet 3.0's lexicographer files
// (lexnames(5WN): noun.act … noun.time, verb.body … verb.weather), which
// head whole hierarchies, and the pronoun-like nouns definitions open
// with ("someone who", "something that", "one of").
var glossClassWords = set("act", "animal", "artifact", "attribute", "body", "cognition",
	"communication", "event", "feeling", "food", "group", "location", "motive", "object",
	"person", "phenomenon", "plant", "possession", "process", "quantity", "relation",
	"shape", "state", "substance", "time", "change", "competition", "consumption",
	"contact", "creation", "emotion", "motion", "perception", "social", "stative", "weather",
	"someone", "somebody", "something", "thing", "things", "people", "persons", "one",
	"use", "used", "using", "especially", "usually", "often", "etc", "eg", "e.g")

// definedByKnown returns, for a word the article never uses, the stems
// of the article's lower-case nouns and verbs that WordNet defines, in
// one of their senses, with the word, a noun or a verb only. The answer
// is kept (shared: not to be changed).
func (e *Engine) definedByKnown(w string) []string {
	return e.glossedBy.get(w, e.findDefinedBy)
}

// findDefinedBy is definedByKnown without the cache.
func (e *Engine) findDefinedBy(w string) []string {
	if e.noLex || stopWords[w] || lightVerbs[w] || copularVerbs[w] || glossClassWords[w] || len(w) < 3 {
		return nil
	}
	if slices.ContainsFunc(e.lex.PartsOfSpeech(w), func(p string) bool { return p == "adj" || p == "adv" }) {
		return nil // "for good", "current": a modifier's word, not what a definition names
	}
	return slices.Clone(e.glossWords()[stemOf(w)])
}

// classifiesNext reports whether question word i stands before a noun
// of its phrase, which it classifies ("a law clerk", "the bus pilot":
// Quirk et al. 1985, §17.108): a classifier narrows its head to a kind,
// and a definition that merely mentions it ("a traveler riding in a
// vehicle") names no such kind.
func (e *Engine) classifiesNext(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if stopWords[n.lower] || prepositions[n.lower] || endsIn(n.lower, "ing") || endsIn(n.lower, "ed") {
		return false
	}
	return e.canBe(n.lower, "noun")
}

// glossWords returns the article's definition index: the stem of each
// content word of the WordNet definitions of the article's lower-case
// nouns and verbs → the stems of the article's words it defines. A
// hyphenated compound is defined by its last part, its head
// ("nurse-midwife": a midwife). Read on first use.
func (e *Engine) glossWords() map[string][]string {
	e.glossOnce.Do(func() {
		e.glossIdx = map[string][]string{}
		seen := map[string]bool{}
		for i := range e.r.sents {
			for _, t := range e.r.sents[i].toks {
				if t.cap || seen[t.lower] || stopWords[t.lower] {
					continue
				}
				seen[t.lower] = true
				head := t.lower
				if k := strings.LastIndexByte(head, '-'); k >= 0 {
					head = head[k+1:]
				}
				if b := e.lex.Lemma(head); b != "" {
					head = b // "led" is a form of "lead", not the diode
				}
				e.indexGlosses(head, stemOf(head))
			}
		}
	})
	return e.glossIdx
}

// indexGlosses files article stem st under the content words of the
// definitions of word w as a noun and as a verb, each definition only to
// its first semicolon: what follows adds a purpose or a circumstance
// ("performed to repair damage"), not what the thing is; and without its
// parenthesized words, which list examples or a field ("a traveler riding
// in a vehicle (a boat or bus or car …)").
func (e *Engine) indexGlosses(w, st string) {
	if len(w) < 3 || lightVerbs[w] || e.lex.KindOf(w, "relative") {
		return // a kinship term is defined by another ("grandfather": "the father of your father or mother")
	}
	for _, p := range []string{"noun", "verb"} {
		gs := e.lex.Glosses(w, p)
		for _, g := range gs {
			ws := e.definitionStems(w, g)
			e.glossSenses = append(e.glossSenses, glossSense{st, ws})
			if len(gs) > maxGlossedSenses {
				continue
			}
			for _, k := range ws {
				if k != st && !slices.Contains(e.glossIdx[k], st) {
					e.glossIdx[k] = append(e.glossIdx[k], st)
				}
			}
		}
	}
}

// glossSense is one definition of one of the article's words: the word's
// stem and the stems of the definition's content words.
type glossSense struct {
	stem  string
	words []string
}

// definitionStems returns the stems of the content words of definition g
// of word w, an irregular form's as its base's ("held": hold), as a
// question's words are read.
func (e *Engine) definitionStems(w, g string) []string {
	g, _, _ = strings.Cut(g, ";")
	g = parenthesized.ReplaceAllString(g, " ")
	var out []string
	for _, x := range strings.FieldsFunc(g, notWordRune) {
		x = strings.TrimSuffix(strings.ToLower(x), "'s")
		if b := e.lex.Lemma(x); b != "" {
			x = b
		}
		if len(x) < 3 || stopWords[x] || glossClassWords[x] || x == w {
			continue
		}
		out = append(out, stemOf(x))
	}
	return out
}

// maxGlossedSenses is the most senses a word may have, as a noun or as a
// verb, for its definitions to tell what the article means by it: a word
// of few senses ("arsonist", "firefighter", "premiere") is defined by
// what it names, while the many definitions of a polysemous one
// ("strike", "run", "issue") name most things a question asks about.
const maxGlossedSenses = 3

// parenthesized matches a parenthesized part of a definition.
var parenthesized = lazyRE(`\([^)]*\)`)

// notWordRune reports whether r is no letter of a word (a space, a
// comma, a bracket).
func notWordRune(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'') }
