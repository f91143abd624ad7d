package knowledge

import (
	"fmt"
	"strings"
)

// Anaphora in answers: a sentence often names a body by its common noun
// alone ("the committee's chairman") once the article has named it in full.
// A "which committee" question wants the name, so the answer resolves the
// noun to the organisation named before and says so.

// kindAnswer answers "which <noun> …" when sentence si holds that noun
// only as a definite reference ("the committee") to an organisation named
// earlier: it names the organisation, and when the question's person holds
// a role in it, states the role ("John McCain is the chairman of the Armed
// Services Committee").
func (l *Lookup) kindAnswer(q *query, si *sentInfo) (Answer, bool) {
	if q.wh != "which" && q.wh != "what" {
		return Answer{}, false
	}
	kind := ""
	for _, t := range q.terms {
		if t.kind {
			kind = tokKey(t.word)
			// "which committee did …", "which committee's members …"
			// ask for the committee; "which committee members …" ask
			// for members.
			for i, w := range q.words {
				if tokKey(w) == kind && bare(w) == w && i+1 < len(q.words) && !auxiliaries[q.words[i+1]] && !stopwords[q.words[i+1]] {
					kind = ""
				}
			}
			break
		}
	}
	if kind == "" || !orgHeads[kind] {
		return Answer{}, false
	}
	p := &l.ix.d.paras[si.k]
	org := -1
	for ti := si.t0; ti < si.t1 && org < 0; ti++ {
		if tokKey(p.toks[ti].s) != kind || ti == 0 || !strings.EqualFold(p.toks[ti-1].s, "the") {
			continue
		}
		if l.mentionAt(si.k, ti) >= 0 {
			continue // part of a full name
		}
		org = definiteOrg(l.ix.d, l.a.Entities, si.k, ti)
	}
	if org < 0 || has(q.ents, org) {
		return Answer{}, false
	}
	name := l.a.Entities[org].Name
	c := cite(si.n, si.text)
	for _, e := range q.ents {
		if l.a.Entities[e].Kind == Person && l.roleBody(e) == org && has(si.ents, e) {
			return Answer{Text: fmt.Sprintf("%s (¶%d).", l.roleSentence(e), si.n), Found: true, Citations: []Citation{c}}, true
		}
	}
	return Answer{Text: fmt.Sprintf("The %s: %s (¶%d) — \"the %s\" there is the %s named before.", name, si.text, si.n, kind, name),
		Found: true, Citations: []Citation{c}}, true
}

// mentionAt returns the entity whose mention covers token x of paragraph
// k, or -1.
func (l *Lookup) mentionAt(k, x int) int {
	for _, m := range l.ix.d.mentions[k] {
		if m.i <= x && x < m.j {
			return m.ent
		}
	}
	return -1
}

// definitePerson resolves "the ambassador" at token x of paragraph k to
// the person last named before it whose role holds that title word; -1
// when there is none.
func (l *Lookup) definitePerson(k, x int) int {
	ts := terms(l.ix.d.paras[k].toks[x].s, nil)
	if len(ts) != 1 {
		return -1
	}
	for pk := k; pk >= 0; pk-- {
		ms := l.ix.d.mentions[pk]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if pk == k && m.j > x {
				continue
			}
			if l.a.Entities[m.ent].Kind == Person && l.ix.roleTerms[m.ent][ts[0]] {
				return m.ent
			}
		}
	}
	return -1
}

// ownerIn answers "whose <noun> …" from sentence si: the owner written
// before the question's noun ("Flynn's resignation"), resolving "the
// ambassador's conversations" to the ambassador named before. It returns
// the owner and, when the sentence names it only by title, that title.
func (l *Lookup) ownerIn(q *query, si *sentInfo) (int, string) {
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	p := &l.ix.d.paras[si.k]
	for ti := si.t0; ti+1 < si.t1; ti++ {
		w := p.toks[ti].s
		if bare(w) == w {
			continue
		}
		next := terms(p.toks[ti+1].s, nil)
		if len(next) == 0 || !want[next[0]] {
			continue
		}
		if e := l.mentionAt(si.k, ti); e >= 0 {
			if has(q.ents, e) {
				continue
			}
			return e, ""
		}
		if titleWords[tokKey(w)] && ti > 0 && strings.EqualFold(p.toks[ti-1].s, "the") {
			if e := l.definitePerson(si.k, ti); e >= 0 && !has(q.ents, e) {
				return e, "the " + bare(w)
			}
		}
	}
	return -1, ""
}
