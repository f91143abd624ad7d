package lookup

import (
	"strings"
)

// Instances as answers (part of stage 4): "name a prairie mills cereal",
// "give me an example of a station" ask for a thing the article names that
// is one of the kind asked: a proper name written before the kind's noun
// ("Harvest Crunch cereal") or listed after it ("stations such as Union
// Station, Cary and Garner"), the two ways English names members of a kind
// (Quirk et al., §17.76, appositive and premodifying proper nouns).

// instanceCue asks for an instance of a kind.
var instanceCue = lazyRE(`^ ?(?:(?:can you|pls|please) )?(?:name|give me|list) (?:a|an|one|some|any|the) |\b(?:an )?examples? of (?:a |an )?`)

// instanceListRe finds the capitalised items after "such as", "including"
// or "like".
var instanceListRe = lazyRE(`^,?\s*(?:such as|including|like)\s+(` + properItem + `(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)` + properItem + `)*)`)

// properItem is a proper name: capitalised words, numbers after the first
// ("Route 9").
const properItem = `[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*`

// instance answers with the names the article gives things of the kind
// asked, in a sentence that also names the question's subjects.
func (e *Engine) instance(q *query) (reply, bool) {
	kind := q.focus
	if len(kind) == 0 {
		return reply{}, false
	}
	noun := kind[len(kind)-1]
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) {
			continue
		}
		if names := namesOfKind(s, noun); len(names) > 0 {
			return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// namesOfKind returns the proper names s gives things of the kind noun (a
// stem): capitalised words right before it, or listed after it.
func namesOfKind(s *sentence, noun string) []string {
	var out []string
	for i, t := range s.toks {
		if t.cap || !t.meets(noun) {
			continue
		}
		j := i
		for j > 0 && s.toks[j-1].cap && !s.toks[j-1].poss && s.toks[j-1].end >= s.toks[j].start-1 {
			j--
		}
		if j < i && !sentenceStart(s, j) {
			out = append(out, s.text[s.toks[j].start:s.toks[i-1].end])
			continue
		}
		if m := instanceListRe.FindStringSubmatch(s.text[t.end:]); m != nil {
			for _, it := range splitList(m[1]) {
				out = append(out, strings.TrimSpace(it))
			}
		}
	}
	return out
}

// sentenceStart reports whether token i opens its sentence or the text
// after a dateline's dash, where every word is capitalised.
func sentenceStart(s *sentence, i int) bool {
	if i == 0 {
		return true
	}
	between := s.text[s.toks[i-1].end:s.toks[i].start]
	return strings.ContainsAny(between, "—–\"“")
}

// kindCue asks what kind of thing something is: "what kind of drone".
var kindCue = lazyRE(`\b(?:what|which) (?:kind|kinds|type|types|sort|sorts|make|model|brand) of (?:a |an |the )?([a-z][\w'-]*)`)

// kindOf answers "what kind of N" with the words the article puts before
// N to say which kind ("a four-rotor drone", "store-brand cereal"): the
// premodifiers of the noun phrase (Quirk et al., §17.97). An N the article
// only writes with a determiner ("a drone") has no kind given, and the
// question gets no answer.
func (e *Engine) kindOf(q *query) (reply, bool) {
	if len(q.focus) == 0 {
		return reply{}, false
	}
	noun := q.focus[0]
	if r, ok := e.kindByFirstReference(q, noun); ok {
		return r, true
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || !e.holds(q, c) {
			continue // a kind named of some other thing of that name
		}
		for i, t := range s.toks {
			if i == 0 || !t.meets(noun) {
				continue
			}
			m := s.toks[i-1]
			if i > 1 && singularDeterminers[s.toks[i-2].lower] && singular(t.lower) != t.lower {
				continue // "a program that pairs animals": "that" does not determine a plural
			}
			if stopWords[m.lower] || m.poss || isNumeric(m) || determiners[m.lower] || s.toks[i-1].end < t.start-1 || !opensNounPhrase(s, i-1) {
				continue
			}
			if isOrdinal(m.lower) || postdeterminers[m.lower] {
				continue // "a third vehicle": an ordinal places it in a series, it names no kind (Quirk et al., §5.22)
			}
			return reply{found: true, head: capitalise(m.text+" "+t.text) + ".", used: []*sentence{s}}, true
		}
	}
	return e.kindByHyponym(q, noun)
}

// singularDeterminers take only a singular or mass noun (Quirk et al.,
// §5.12–5.14: this, that, a, an, each, every, another).
var singularDeterminers = set("this", "that", "a", "an", "each", "every", "another")

// determiners are the central determiners and quantifiers of English
// (Quirk et al., §5.12), which say which one, not what kind.
var determiners = set("a", "an", "the", "this", "that", "these", "those", "each", "every",
	"some", "any", "no", "another", "other", "such", "what", "which", "whose", "his", "her",
	"its", "their", "our", "my", "your", "one", "both", "all", "either", "neither", "same")

// opensNounPhrase reports whether token i stands where a noun phrase's
// premodifier does: after a determiner, a preposition, a possessive or a
// number ("a four-rotor drone", "of store-brand cereal"), not after a
// subject as a verb does ("agencies use drones"), nor as a gerund after a
// preposition ("from using drones").
func opensNounPhrase(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	p := s.toks[i-1]
	if prepositions[p.lower] || p.lower == "in" {
		return !strings.HasSuffix(s.toks[i].lower, "ing") // "from using drones": a gerund and its object
	}
	return determiners[p.lower] || p.poss || isNumeric(p)
}
