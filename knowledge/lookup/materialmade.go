package lookup

import (
	"slices"
	"strings"
)

// The material a thing is made of (part of stage 4, a thing as an answer):
// "what was the lever made of" asks the material of a making, and news
// writing tells it with one of the build verbs and "out of" or "from"
// before the material ("a lever the crew assembled out of a socket
// extension", "a tool built from spare parts"): Levin 1993, §26.1, the
// build verbs and their material argument in "out of"/"from" (the
// material/product alternation, §2.4.1). "Made" need not be written: any
// build verb with such a phrase, in the sentence that names the thing,
// answers, opening with the material.

// buildVerbs are Levin's (1993, §26.1) build verbs a news story uses for
// making a thing, with "construct", WordNet's synonym of "build".
var buildVerbs = set("arrange", "assemble", "bake", "build", "carve", "cast", "chisel", "construct",
	"fashion", "forge", "hammer", "knit", "make", "mold", "sculpt", "sew", "shape", "stitch", "weave", "whittle")

// madeOfAsked matches "what is/was X made of/from/out of": the thing is
// its first group.
var madeOfAsked = lazyRE(`^what(?:'s| is| was| are| were)\s+(.+?)\s+made\s+(?:out of|of|from)[?!.\s]*$`)

// materialMade answers "what was X made of" with the material a build
// verb of the best sentence holding the rest of the question writes after
// "out of" or "from".
func (e *Engine) materialMade(q *query) (reply, bool) {
	m := madeOfAsked.FindStringSubmatch(strings.ToLower(strings.TrimSpace(q.raw)))
	if e.noLex || m == nil {
		return reply{}, false
	}
	if madeOfPronouns[m[1]] {
		if r, ok := e.materialPremodified(m[1]); ok {
			return r, true // "what's it made of": the story's subject, "A copper time capsule" (materialpremod.go)
		}
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if !e.holdsMaterialRest(q, c.s) {
			continue
		}
		if j := e.materialAt(s); j > 0 {
			r := reply{found: true, used: []*sentence{s}}
			if np := e.instrumentPhrase(s, j); np != "" {
				r.head = capitalise(np) + "."
			}
			return r, true
		}
	}
	return e.materialPremodified(m[1]) // "a copper time capsule" (materialpremod.go)
}

// holdsMaterialRest reports whether sentence i names every entity of the
// question and holds every known term of it but "made".
func (e *Engine) holdsMaterialRest(q *query, i int) bool {
	s := &e.r.sents[i]
	for _, x := range q.subjects {
		if !s.mentions(x) {
			return false
		}
	}
	for _, t := range q.terms {
		if t.lower == "made" {
			continue
		}
		if !t.known {
			return false // "what was the box made of": the article has no box
		}
		if !s.hasTerm(t) && !e.toldBefore(i, t) {
			return false
		}
	}
	return true
}

// materialAt is the index of the material's first word after a build verb
// of s and "out of" or "from" in its clause, or "of" right after the verb
// ("made of", "built mostly of"); -1 when there is none.
func (e *Engine) materialAt(s *sentence) int {
	for k, t := range s.toks {
		if !slices.ContainsFunc(verbBases(e, t.lower), func(b string) bool { return buildVerbs[b] }) || quotedAt(s, k) {
			continue
		}
		for m := k + 1; m+1 < len(s.toks) && m <= k+instrumentReach; m++ {
			w := s.toks[m].lower
			if punctuatedBetween(s.text, s.toks, m) || instrumentClauseEnd[w] && w != "that" {
				break
			}
			if w == "out" && s.toks[m+1].lower == "of" && m+2 < len(s.toks) && e.opensObject(s, m+2) {
				return m + 2
			}
			if w == "of" && (m == k+1 || m == k+2 && isAdverb(s.toks[k+1].lower)) && e.opensObject(s, m+1) {
				return m + 1 // "made mostly of iron and nickel": "of" right after the verb (Quirk et al. 1985, §9.53, material)
			}
			if w == "from" && e.opensObject(s, m+1) {
				return m + 1
			}
		}
	}
	return -1
}
