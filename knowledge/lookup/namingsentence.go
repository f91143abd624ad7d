package lookup

import "strings"

// "What will the new school be called" asked of "The board voted to call
// the campus Ramona Ybarra Middle School" or "The combined airline will
// keep the Northway name": English gives a thing its name in a few fixed
// constructions, and a sentence that speaks of the thing asked in one of
// them answers, though no name in it holds the question's modifiers
// ("new" describes the thing, not its name). The constructions:
//   - a verb of naming with an object and the name as object complement,
//     "call the campus X", or passive "will be named X" (Quirk et al.
//     1985, §16.45, the complex-transitive verbs of naming: call, name,
//     dub, rename, christen);
//   - the noun "name" in close apposition with the name, "under the
//     name X", or premodified by it, "the X name" (Quirk et al., §17.86,
//     §17.108, a proper noun premodifying the common noun it names).
// "Named for" and "named after" tell whom a thing honours, not its name.

// namingLemmaForms are the forms of the complex-transitive verbs of naming
// (Quirk et al., §16.45) that take an object complement.
var namingLemmaForms = set("call", "calls", "called", "calling", "name", "names", "named", "naming",
	"dub", "dubs", "dubbed", "rename", "renames", "renamed", "christen", "christened")

// namingSentence answers "what is the X called" with the name a sentence
// holding head gives in a naming construction; the first such sentence
// of the body. A head that is no noun ("the scooter they recalled": the
// question's description ends in a clause) names no thing to look for.
func (e *Engine) namingSentence(head string) (reply, bool) {
	if !e.canBe(singular(head), "noun") {
		return reply{}, false
	}
	stem := stemOf(singular(head))
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !holdsStem(s, stem) {
			continue
		}
		for k := range s.toks {
			if name := givenName(s, k); name != "" {
				return reply{found: true, head: name + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// holdsStem reports whether a token of s is a form of stem.
func holdsStem(s *sentence, stem string) bool {
	for _, t := range s.toks {
		if t.meets(stem) {
			return true
		}
	}
	return false
}

// givenName is the name a naming construction at token k of s gives, or
// "".
func givenName(s *sentence, k int) string {
	t := s.toks[k]
	if t.lower == "name" && !t.cap {
		if k+1 < len(s.toks) && s.toks[k+1].cap && s.toks[k+1].start == t.end+1 {
			return nameRun(s, k+1) // "under the name Tiny Trike"
		}
		j := k
		for j > 0 && s.toks[j-1].cap && s.toks[j-1].end+1 == s.toks[j].start {
			j--
		}
		if j < k && j > 0 && s.toks[j-1].lower == "the" {
			return s.text[s.toks[j].start:s.toks[k-1].end] // "keep the Northway name"
		}
		return ""
	}
	if !namingLemmaForms[t.lower] || t.cap || k+1 >= len(s.toks) {
		return ""
	}
	if k > 0 && (s.toks[k-1].lower == "be" || s.toks[k-1].lower == "been") {
		return nameAt(s, k+1) // "will be called the Falcons"
	}
	if !determiners[s.toks[k+1].lower] {
		return ""
	}
	// "call the $68 million campus Ramona Ybarra Middle School": an object
	// of lower-case words, then the name
	for j := k + 2; j < len(s.toks) && j <= k+6; j++ {
		if s.toks[j].cap {
			if j == k+2 || strings.ContainsAny(s.text[s.toks[k].end:s.toks[j].start], ",;\"") {
				return "" // "called the Red Cross": the name is the object, the verb may be "telephone"
			}
			return nameAt(s, j)
		}
	}
	return ""
}

// nameAt is the name opening at token k of s, after an optional "the".
func nameAt(s *sentence, k int) string {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	return nameRun(s, k)
}

// nameRun is the name that opens at token k of s: capitalised words, and
// a lower-case word closing it before punctuation, as the specific
// epithet of a binomial does ("Serratops marlowi,"); "" when token k is
// not capitalised.
func nameRun(s *sentence, k int) string {
	if k >= len(s.toks) || !s.toks[k].cap || stopWords[s.toks[k].lower] {
		return ""
	}
	j := k + 1
	for j < len(s.toks) && j < k+4 && s.toks[j].start == s.toks[j-1].end+1 {
		t := s.toks[j]
		if t.cap {
			j++
			continue
		}
		closes := j+1 >= len(s.toks) || strings.ContainsAny(s.text[t.end:s.toks[j+1].start], ",;")
		if !stopWords[t.lower] && !prepositions[t.lower] && closes && j == k+1 {
			j++
		}
		break
	}
	return strings.TrimRight(s.text[s.toks[k].start:s.toks[j-1].end], ",.")
}
