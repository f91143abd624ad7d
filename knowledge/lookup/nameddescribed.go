package lookup

import "strings"

// The name behind an unnamed-person answer (part of stage 6, writing). An
// answer that gives only a description ("A retired land surveyor; the
// article does not name them.") is wrong when the article names the
// person later (delayedbody.go, delayedlead.go: the delayed
// identification of news writing): the description is the first
// reference and the name the second (Quirk et al. 1985, §19.48 on
// anaphoric reference), and "who spotted him" asks for the person, which
// a name identifies and a description does not.

// unnamedTail ends the head of an answer that gives only a description.
const unnamedTail = "; the article does not name them."

// namedDescribed is r with the person a description in its first
// sentence was resolved to as its head, and the sentence naming them
// added to its evidence, when r gives only that description; "the
// company" so answered is the company it refers back to.
func (e *Engine) namedDescribed(r reply) reply {
	if !r.found || !strings.HasSuffix(r.head, unnamedTail) || len(r.used) == 0 {
		return r
	}
	s := r.used[0]
	desc := strings.ToLower(strings.TrimSuffix(r.head, unnamedTail))
	at := strings.Index(strings.ToLower(s.text), desc)
	if at < 0 {
		return r
	}
	i := e.indexOf(s)
	for k, t := range s.toks {
		if t.start < at || t.end > at+len(desc) {
			continue
		}
		x, ok := e.descRefs[[2]int{i, k}]
		if !ok {
			continue
		}
		used := []*sentence{s}
		for j := i + 1; j < len(e.r.sents); j++ {
			if contains(e.r.sents[j].named, x) {
				used = append(used, &e.r.sents[j])
				break
			}
		}
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: used}
	}
	for k, t := range s.toks {
		if t.start < at || t.end > at+len(desc) || k == 0 {
			continue
		}
		if x := e.tiedOrgAt(s, k); x >= 0 {
			return reply{found: true, head: e.a.Entities[x].Name + ".", used: e.namedWith(x, s)} // "The railroad will pay": the railway named before it (headkind.go)
		}
		if !theCompanyAt(s, k) {
			continue
		}
		for _, x := range s.refs {
			if e.r.isCompany(x) {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: e.namedWith(x, s)} // "The company owns …": the company named before it (companyref.go)
			}
		}
	}
	return r
}
