package lookup

import "storybot/knowledge"

// "The league" for "the Woodbury Youth Hockey Association" (part of
// reading). On second reference news writing may call an organisation by
// another noun than its name's head, one WordNet files under that head or
// in its synset ("the railroad" for "BNSF Railway"; "the league", an
// association of sports teams, for "… Hockey Association"): reiteration
// by a synonym or a more specific noun is one of the forms of lexical
// cohesion (Halliday and Hasan, "Cohesion in English", 1976, §6.1). When
// exactly one organisation's head the noun is a kind of, "the <noun>"
// after that organisation's first naming refers to it.

// resolveHeadKinds ties each lower-case "the <noun>" of the body that is
// no organisation's own head to the one organisation whose head the noun
// names a kind of (WordNet hypernyms, the noun's own synset included).
func (r *reading) resolveHeadKinds() {
	if r.kindOf == nil {
		return
	}
	byHead := r.orgsByHead()
	tried := map[string]bool{}
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			w := s.toks[k].lower
			if s.toks[k].cap || s.toks[k-1].lower != "the" || tried[w] || byHead[w] != nil || stopWords[w] {
				continue
			}
			tried[w] = true
			if x := r.soleHeadKind(byHead, w); x >= 0 {
				r.tieAfterNaming(x, func(s *sentence, k int) bool {
					return s.toks[k].lower == w && !s.toks[k].cap && s.toks[k-1].lower == "the"
				})
			}
		}
	}
}

// soleHeadKind is the one organisation whose name's head w names a kind
// of, or -1 when none or more than one (by head or organisation).
func (r *reading) soleHeadKind(byHead map[string][]int, w string) int {
	found := -1
	for h, xs := range byHead {
		if !r.kindOf(w, h) {
			continue
		}
		if found >= 0 || len(xs) != 1 || r.art.Entities[xs[0]].Kind != knowledge.Organisation {
			return -1
		}
		found = xs[0]
	}
	return found
}

// nounKindOf is the lexicon's KindOf, false without WordNet.
func (e *Engine) nounKindOf(noun, ancestor string) bool {
	return !e.noLex && e.lex.KindOf(noun, ancestor)
}

// referredAs reports whether a body sentence refers to organisation x by
// "the <noun>", its name's head or a kind of it (resolveHeads,
// resolveHeadKinds): the article calls x so.
func (e *Engine) referredAs(x int, noun string) bool {
	h := orgHead(e.a.Entities[x].Name)
	if e.r.ents[x].kind != knowledge.Organisation || h == "" || noun != h && !e.nounKindOf(noun, h) {
		return false // a sentence that refers to x by another word ("It") and writes "the river" calls x no river
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.refs, x) {
			continue
		}
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].lower == noun && s.toks[k-1].lower == "the" {
				return true
			}
		}
	}
	return false
}

// tiedOrgAt is the organisation "the <noun>" at token k of s refers back
// to (resolveHeads, resolveHeadKinds: "The railroad will pay" for "BNSF
// Railway"), or -1.
func (e *Engine) tiedOrgAt(s *sentence, k int) int {
	if k < 1 || s.toks[k].cap || s.toks[k-1].lower != "the" {
		return -1
	}
	for _, x := range s.refs {
		if e.r.ents[x].kind == knowledge.Organisation && e.referredAs(x, s.toks[k].lower) {
			return x
		}
	}
	return -1
}
