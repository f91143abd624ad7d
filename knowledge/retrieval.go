package knowledge

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// score rates a sentence for a question: IDF-weighted overlap of terms,
// named entities (and pronouns that refer to them), and adjacent pairs of
// question terms found side by side. matched counts the subject-matter
// terms found.
func (l *Lookup) score(si *sentInfo, q *query) (float64, int) {
	s := 0.0
	matched := 0
	for i, t := range q.terms {
		if !si.termSet[t.t] || dupTerm(q.terms[:i], t.t) {
			continue
		}
		w := l.ix.idf[t.t] * si.norm
		if si.quoted[t.t] && !q.quote {
			w *= 0.7 // someone's claim, not the article's own statement
		}
		switch {
		case t.generic:
			w *= 0.3
		case t.kind:
			w *= 0.3 // the kind of answer wanted, not what it is about
			matched++
		default:
			matched++
		}
		s += w
	}
	// "Which agency …" wants an organisation: a sentence naming one that
	// the question does not is likelier to hold the answer.
	if want := q.answerKind(); want != "" {
		for _, e := range si.ents {
			if l.a.Entities[e].Kind == want && !has(q.ents, e) {
				s += 1
				break
			}
		}
	}
	for _, e := range q.ents {
		switch {
		case has(si.ents, e):
			s += 1 + l.ix.entIDF[e]
		case has(si.pents, e):
			s += 0.7 * (1 + l.ix.entIDF[e])
		}
	}
	for _, e := range q.desc {
		if has(si.ents, e) || has(si.pents, e) {
			s += 0.5 * (1 + l.ix.entIDF[e])
		}
	}
	// "did Sessions speak with …" is answered where Sessions is the one
	// who speaks, not where someone else does.
	if q.subj >= 0 && len(l.acts(q, si)) > 0 {
		s += 1.5
	}
	// "Which countries' ambassadors …" wants a list of them.
	if _, ok := l.listFor(q, si); ok {
		s += 2
	}
	for i := 0; i+1 < len(q.terms); i++ {
		a, b := q.terms[i].t, q.terms[i+1].t
		for j := 0; j+1 < len(si.terms); j++ {
			if si.terms[j] == a && si.terms[j+1] == b {
				s += 0.5
				break
			}
		}
	}
	return s, matched
}

// dupTerm reports whether ts holds term t.
func dupTerm(ts []qterm, t string) bool {
	for _, x := range ts {
		if x.t == t {
			return true
		}
	}
	return false
}

// ranked returns sentence indices by descending score, with scores.
func (l *Lookup) ranked(q *query, keep func(*sentInfo) bool) ([]int, []float64, []int) {
	var idx []int
	var sc []float64
	var mt []int
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if keep != nil && !keep(si) {
			continue
		}
		s, m := l.score(si, q)
		if s <= 0 {
			continue
		}
		idx = append(idx, i)
		sc = append(sc, s)
		mt = append(mt, m)
	}
	order := make([]int, len(idx))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sc[order[a]] > sc[order[b]] })
	ri, rs, rm := make([]int, len(order)), make([]float64, len(order)), make([]int, len(order))
	for i, o := range order {
		ri[i], rs[i], rm[i] = idx[o], sc[o], mt[o]
	}
	return ri, rs, rm
}

// enough reports whether a sentence with matched subject-matter terms
// answers q: it must hold at least one of them, and half when there are
// several; a question of names alone needs its names.
func (l *Lookup) enough(q *query, si *sentInfo, matched int) bool {
	n := l.substantive(q)
	if n == 0 {
		for _, e := range q.ents {
			if !has(si.ents, e) && !has(si.pents, e) {
				return false
			}
		}
		return len(q.ents) > 0
	}
	if matched == 0 || 2*matched < n {
		return false
	}
	// A question about named things is answered by a sentence about one of
	// them ("Is Sessions a Democrat?" is not answered by one about Democrats);
	// a yes/no question needs all of them.
	in := 0
	for _, e := range q.ents {
		if has(si.ents, e) || has(si.pents, e) {
			in++
		}
	}
	if len(q.ents) > 0 && in == 0 || q.wh == "yes/no" && in < len(q.ents) {
		return false
	}
	if q.wh == "yes/no" && len(q.ents) > 0 {
		return l.ownMatches(q, si) > 0
	}
	// "What did Sessions admit?" is not answered by a sentence where
	// someone else admits, when the act is all the question asks.
	if q.subj >= 0 && n == 1 && si.termSet[q.verb] && len(l.acts(q, si)) == 0 && l.otherDoes(q, si) {
		return false
	}
	return true
}

// otherDoes reports whether someone other than the question's subject
// does the question's act in sentence si.
func (l *Lookup) otherDoes(q *query, si *sentInfo) bool {
	p := &l.ix.d.paras[si.k]
	for ti := si.t0; ti < si.t1; ti++ {
		for _, x := range terms(p.toks[ti].s, nil) {
			if x != q.verb {
				continue
			}
			if ds := l.doers(si, ti); len(ds) > 0 && !has(ds, q.subj) {
				return true
			}
		}
	}
	return false
}

// ownMatches counts the question's subject-matter terms in a sentence that
// are not someone else's: "Flynn's resignation" does not answer "Did
// Sessions resign?".
func (l *Lookup) ownMatches(q *query, si *sentInfo) int {
	p := &l.ix.d.paras[si.k]
	ms := inSentence(l.ix.d.mentions[si.k], si.s)
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	n := 0
	for ti := si.t0; ti < si.t1; ti++ {
		hit := false
		for _, x := range terms(p.toks[ti].s, nil) {
			hit = hit || want[x]
		}
		if !hit {
			continue
		}
		if ti > si.t0 {
			prev := p.toks[ti-1].s
			if e := mentionAt(ms, ti-1); e >= 0 && bare(prev) != prev && !has(q.ents, e) {
				continue
			}
		}
		n++
	}
	return n
}

// retrieve answers with the best sentences.
func (l *Lookup) retrieve(q *query) Answer {
	idx, sc, mt := l.ranked(q, nil)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return l.notSaid(q, "nothing in it answers that")
	}
	si := &l.ix.sents[idx[0]]
	var b strings.Builder
	if q.wh == "who" && !slices.Contains(q.words, "whose") {
		if e := l.subjectOf(si, q); e >= 0 {
			fmt.Fprintf(&b, "%s. ", l.a.Entities[e].Name)
		}
	}
	if slices.Contains(q.words, "whose") {
		// "the ambassador's conversations": name the ambassador.
		if e, title := l.ownerIn(q, si); e >= 0 {
			if n := l.a.Entities[e].Name; strings.HasSuffix(n, "s") {
				b.WriteString(n + "'")
			} else {
				b.WriteString(n + "'s")
			}
			if title != "" {
				fmt.Fprintf(&b, " (%q here; %s)", title, l.roleSentence(e))
			}
			b.WriteString(". ")
		}
	}
	if li, ok := l.listFor(q, si); ok {
		return l.listAnswer(si, li, false)
	}
	if a, ok := l.kindAnswer(q, si); ok {
		return a
	}
	v := l.verdict(q, si)
	if v != "" {
		b.WriteString(v + " — ")
	}
	fmt.Fprintf(&b, "%s (¶%d)", si.text, si.n)
	cites := []Citation{cite(si.n, si.text)}
	if v == "" && len(idx) > 1 && sc[1] >= 0.85*sc[0] && l.enough(q, &l.ix.sents[idx[1]], mt[1]) && l.ix.sents[idx[1]].text != si.text {
		s2 := &l.ix.sents[idx[1]]
		fmt.Fprintf(&b, " %s (¶%d)", s2.text, s2.n)
		cites = append(cites, cite(s2.n, s2.text))
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}
}

// subjectOf returns who did what the question asks about in sentence si:
// for "who did X meet" the person met (named, or described by their role,
// just after the verb); otherwise the doer, the nearest name or pronoun
// before the verb that is itself followed by a verb ("the CIA concluded",
// "Russia was meddling … by hacking"). It returns -1 when unsure.
func (l *Lookup) subjectOf(si *sentInfo, q *query) int {
	p := &l.ix.d.paras[si.k]
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	first := -1
	for ti := si.t0; ti < si.t1 && first < 0; ti++ {
		for _, x := range terms(p.toks[ti].s, nil) {
			if want[x] {
				first = ti
				break
			}
		}
	}
	if first < 0 {
		return -1
	}
	ms := inSentence(l.ix.d.mentions[si.k], si.s)
	objectQuestion := false
	// In "who did the CIA say benefited …" the person is the object of the
	// question's first verb: anchor there, not at the sentence's first
	// matching word.
	if len(q.terms) > 0 {
		var lead string
		for _, t := range q.terms {
			if !t.generic {
				lead = t.t
				break
			}
		}
		for ti := si.t0; ti < si.t1 && lead != ""; ti++ {
			if slices.Contains(terms(p.toks[ti].s, nil), lead) {
				first = ti
				break
			}
		}
	}
	for i, w := range q.words {
		if w == q.wh && i+1 < len(q.words) && auxiliaries[q.words[i+1]] && q.wh == "who" {
			switch q.words[i+1] {
			case "is", "was", "are", "were":
			default:
				objectQuestion = true // "who did Sessions meet"
			}
		}
	}
	if objectQuestion {
		for _, m := range ms {
			if m.i > first && m.i <= first+4 && !has(q.ents, m.ent) {
				return m.ent
			}
		}
		rest := strings.ToLower(p.text[p.toks[first].end:min(len(p.text), p.toks[min(first+8, si.t1-1)].end)])
		for e, ent := range l.a.Entities {
			f := strings.Fields(strings.ToLower(ent.Role))
			if ent.Kind == Person && len(f) >= 2 && !has(q.ents, e) && strings.Contains(rest, f[0]+" "+f[1]) {
				return e
			}
		}
		return -1
	}
	verbish := func(i int) bool {
		for i < si.t1 && i != first && speakerAdverbs[strings.ToLower(p.toks[i].s)] && !auxiliaries[strings.ToLower(p.toks[i].s)] {
			i++ // "Flores still claimed"
		}
		if i >= si.t1 {
			return false
		}
		if i == first {
			return true
		}
		w := strings.ToLower(p.toks[i].s)
		return auxiliaries[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4
	}
	for ti := first - 1; ti >= si.t0; ti-- {
		if e := mentionAt(ms, ti); e >= 0 {
			m := ms[sort.Search(len(ms), func(k int) bool { return ms[k].j > ti })]
			if verbish(m.j) && !has(q.ents, e) {
				return e
			}
			ti = m.i
			continue
		}
		w := strings.ToLower(p.toks[ti].s)
		if reportedClause[w] {
			return -1 // "a report claiming the Russian government … exchanged": no one named did it
		}
		if isTitleToken(w) && !honorifics[tokKey(w)] {
			// "a spokeswoman for Sessions has denied": the role's holder.
			if e := l.roleHolder([]string{fold(stem(tokKey(w)))}, inSentence(ms, si.s)); e >= 0 && !has(q.ents, e) {
				return e
			}
		}
		if _, ok := pronounGender[w]; ok && (verbish(ti+1) || w == "his" || w == "her") {
			if e := resolvePronoun(l.ix.d, l.a.Entities, si.k, ti); e >= 0 && !has(q.ents, e) {
				return e
			}
			return -1
		}
	}
	return -1
}

// reportedClause words open a clause whose subject is its own: a name
// before them did not do what the clause says.
var reportedClause = toSet("claiming", "saying", "stating", "alleging", "suggesting", "showing", "whether")

// kindNouns name the kind of entity a "which …" question wants.
var kindNouns = map[string]EntityKind{
	"agency": Organisation, "organization": Organisation, "organisation": Organisation,
	"group": Organisation, "committee": Organisation, "newspaper": Organisation,
	"paper": Organisation, "company": Organisation, "network": Organisation,
	"outlet": Organisation, "body": Organisation, "party": Organisation,
	"country": Place, "countries": Place, "city": Place, "state": Place, "place": Place,
	"person": Person, "official": Person, "senator": Person, "man": Person, "woman": Person,
}

// answerKind returns the kind of entity a "which/what <noun>" question
// asks for, or "".
func (q *query) answerKind() EntityKind {
	for i, w := range q.words {
		if (w == "which" || w == "what") && i+1 < len(q.words) {
			if k, ok := kindNouns[q.words[i+1]]; ok {
				return k
			}
		}
	}
	return ""
}
