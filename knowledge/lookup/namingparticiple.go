package lookup

import "strings"

// "The dinosaur, named Serratops marlowi, was a plant-eater": a noun
// postmodified by the participle of a verb of naming ("named", "called",
// "dubbed") and a name is given that name (Quirk et al., §17.30, the
// reduced relative clause; §16.45, the object complement of verbs of
// naming). "What's the dino called" asks for it, though the name is no
// organisation or place the entity readers know.

// namingVerbs are the past participles of the English verbs of naming
// that take a name as object complement (Quirk et al., §16.45: name,
// call, dub).
var namingVerbs = set("named", "called", "dubbed")

// namedByParticiple answers "what is the X called" with the name the
// article first gives an X after a naming participle.
func (e *Engine) namedByParticiple(q *query, head string) (reply, bool) {
	i := -1
	for k, t := range q.terms {
		if stemsMeet(t.stem, stemOf(head)) {
			i = k
		}
	}
	if i < 0 {
		return reply{}, false
	}
	for k := range e.r.sents {
		s := &e.r.sents[k]
		if s.para == 0 {
			continue
		}
		for j, t := range s.toks {
			if j+2 >= len(s.toks) || !q.terms[i].matches(t) || !namingVerbs[s.toks[j+1].lower] {
				continue
			}
			if gap := strings.TrimSpace(s.text[t.end:s.toks[j+1].start]); gap != "" && gap != "," {
				continue
			}
			if name := nameRun(s, j+2); name != "" {
				return reply{found: true, head: name + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
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
