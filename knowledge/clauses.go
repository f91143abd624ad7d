package knowledge

import (
	"sort"
	"strings"
)

// Clause reading: who does the act a word names, and whether the sentence
// says it was not done. The lookup uses it to prefer the sentence where the
// question's subject is the doer, and to answer yes/no questions directly.

// objectPreps make the name after them an object, not a doer.
var objectPreps = toSet("with", "to", "of", "for", "by", "about", "against", "from", "on", "at", "in",
	"into", "between", "than", "like", "as", "toward", "towards", "before", "after")

// negators deny the verb they stand before ("did not meet", "never met",
// "had no contact").
var negators = toSet("not", "never", "no", "neither", "nor", "without")

// hedgeVerbs report a claim the article does not vouch for: what follows
// them is someone's word, not a fact the article states.
var hedgeVerbs = toSet("said", "says", "say", "claimed", "claims", "claim", "denied", "denies", "deny",
	"maintained", "maintains", "stated", "states", "answered", "insisted", "insists", "argued",
	"argues", "alleged", "alleges", "told", "tells", "asserted", "contended", "suggested")

// clauseOpeners start the clause a verb belongs to.
var clauseOpeners = toSet("whether", "that", "which", "who", "whom", "when", "while", "if", "because",
	"although", "though", "where", "whose")

// impersonal pronouns are subjects that name no one.
var impersonal = toSet("it", "there", "we", "i", "you", "this")

// subjectForms are the pronouns that can be a verb's subject.
var subjectForms = toSet("he", "she", "they")

// doers returns who does the act named at token v of sentence si: the
// nearest name or subject pronoun before it that is not the object of a
// preposition nor a possessor, with names joined to it by "and" ("Flynn
// and Kislyak spoke"). It returns nil when unsure.
func (l *Lookup) doers(si *sentInfo, v int) []int {
	p := &l.ix.d.paras[si.k]
	ms := inSentence(l.ix.d.mentions[si.k], si.s)
	for ti := v - 1; ti >= si.t0 && ti >= v-14; ti-- {
		if e := mentionAt(ms, ti); e >= 0 {
			m := ms[sort.Search(len(ms), func(k int) bool { return ms[k].j > ti })]
			last := p.toks[m.j-1].s
			before := ""
			if m.i > si.t0 {
				before = strings.ToLower(p.toks[m.i-1].s)
			}
			ent := l.a.Entities[e]
			switch {
			case bare(last) != last && !objectPreps[before]:
				return nil // "Sessions' colleagues met": the colleagues did
			case objectPreps[before]:
			case ent.Kind == Place && !(m.j < si.t1 && l.verbish(p.toks[m.j].s)):
			default:
				out := []int{e}
				// "Flynn and Kislyak": both act.
				for k := m.i - 1; k > si.t0 && strings.EqualFold(p.toks[k].s, "and"); {
					if o := mentionAt(ms, k-1); o >= 0 {
						om := ms[sort.Search(len(ms), func(x int) bool { return ms[x].j > k-1 })]
						out = appendUnique(out, o)
						k = om.i - 1
						continue
					}
					break
				}
				return out
			}
			ti = m.i
			continue
		}
		w := strings.ToLower(p.toks[ti].s)
		if isTitleToken(p.toks[ti].s) && !honorifics[tokKey(w)] {
			// "a spokeswoman for Sessions has denied": the role's holder.
			var seq []string
			for x := ti; x < v; x++ {
				seq = terms(p.toks[x].s, seq)
			}
			if ds := l.ix.described(seq); len(ds) == 1 {
				return ds
			}
		}
		if clauseOpeners[w] {
			return nil // the clause's subject is a noun, not a name
		}
		if impersonal[w] {
			return nil // "it was revealed"
		}
		if subjectForms[w] {
			if e := resolvePronoun(l.ix.d, l.a.Entities, si.k, ti); e >= 0 {
				return []int{e}
			}
			return nil
		}
	}
	return nil
}

// verbish reports whether a word looks like a verb or an auxiliary.
func (l *Lookup) verbish(w string) bool {
	w = strings.ToLower(w)
	return auxiliaries[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4
}

// negated reports whether the act at token v is denied: a negator (or an
// n't contraction) among the three words before it.
func negated(p *para, si *sentInfo, v int) bool {
	for ti := v - 1; ti >= si.t0 && ti >= v-3; ti-- {
		w := strings.ToLower(p.toks[ti].s)
		if negators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if p.gap(ti+1) != "" && strings.TrimSpace(p.gap(ti+1)) != "" {
			break // a comma or other mark ends the verb group
		}
	}
	return false
}

// hedged reports whether the act at token v is only reported, as someone's
// claim ("claimed … that he had no contact"), or sits inside quotation
// marks.
func (l *Lookup) hedged(si *sentInfo, v int) bool {
	p := &l.ix.d.paras[si.k]
	for _, sp := range quoteSpans(p.text) {
		if p.toks[v].start >= sp[0] && p.toks[v].end <= sp[1] {
			return true
		}
	}
	for ti := si.t0; ti < v; ti++ {
		if hedgeVerbs[strings.ToLower(p.toks[ti].s)] {
			return true
		}
	}
	return false
}

// acts returns the tokens of sentence si that hold the question's verb
// term and whose doer is the question's subject.
func (l *Lookup) acts(q *query, si *sentInfo) []int {
	if q.subj < 0 || q.verb == "" || !si.termSet[q.verb] {
		return nil
	}
	p := &l.ix.d.paras[si.k]
	var out []int
	for ti := si.t0; ti < si.t1; ti++ {
		hit := false
		for _, x := range terms(p.toks[ti].s, nil) {
			hit = hit || x == q.verb
		}
		if hit && has(l.doers(si, ti), q.subj) {
			out = append(out, ti)
		}
	}
	return out
}

// findSubjectVerb sets q.subj and q.verb for a question shaped "<aux>
// <name> <verb> …" ("did Sessions meet …", "how often did Flynn speak …"):
// the person asked about and the first content term after the name.
func (q *query) findSubjectVerb(toks []token, ms []mention) {
	q.subj = -1
	for _, m := range ms {
		if m.i == 0 || !auxiliaries[strings.ToLower(toks[m.i-1].s)] {
			continue
		}
		for k := m.j; k < len(toks) && k < m.j+3; k++ {
			w := strings.ToLower(toks[k].s)
			if stopwords[w] || auxiliaries[w] || negators[w] {
				continue
			}
			if ts := terms(toks[k].s, nil); len(ts) > 0 && !genericWords[ts[0]] {
				q.subj, q.verb = m.ent, ts[0]
			}
			break
		}
		return
	}
}

// verdict answers a yes/no question from the sentence chosen for it: "No"
// when the sentence denies the asked act of the asked subject, "Yes" when
// it states it plainly, "" when it does neither (someone's claim, or
// another's act).
func (l *Lookup) verdict(q *query, si *sentInfo) string {
	if q.wh != "yes/no" {
		return ""
	}
	p := &l.ix.d.paras[si.k]
	out := ""
	for _, v := range l.acts(q, si) {
		if l.hedged(si, v) {
			continue
		}
		if negated(p, si, v) {
			return "No"
		}
		out = "Yes"
	}
	return out
}
