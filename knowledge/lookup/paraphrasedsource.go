package lookup

import "slices"

// A reporter closes the clause that tells an act with its source ("The
// park will be maintained by a nonprofit group, Amato said"; "…,
// according to council president Judy Amato"): the AP Stylebook's
// attribution, "said" after the name at the end of the sentence. The
// source there stands outside the reported clause (Quirk et al. 1985,
// §15.52 and §15.54, the reporting clause in end position), so it is no
// doer of the clause's act whatever verb the reader asks it with, even
// one the sentence words otherwise ("who's going to look after the park"
// of "will be maintained"), unless the act asked is itself one of saying
// ("who criticised the plan" of "'It's a mistake,' Soto said").

// paraphrasedSource reports whether person p of s is only the source in
// an end-position attribution while the question's act t is no verb of
// saying and s tells it in other words than t's.
func (e *Engine) paraphrasedSource(s *sentence, p int, t term) bool {
	if e.sayingVerb(t.lower) {
		return false
	}
	for _, sp := range e.nameSpans(s, p) {
		if e.endAttribution(s, sp) {
			return true
		}
	}
	return false
}

// endAttribution reports whether the name at byte span sp of s stands in
// an attribution after the clause it reports: "…, [title] Name said",
// "…, said [title] Name" or "…, according to [title] Name", with the
// reported clause before the comma and nothing but the attribution
// after the name.
func (e *Engine) endAttribution(s *sentence, sp [2]int) bool {
	first, last := -1, -1
	for i, tok := range s.toks {
		if tok.start == sp[0] {
			first = i
		}
		if tok.end == sp[1] {
			last = i
		}
	}
	if first < 1 || last < 0 {
		return false
	}
	j := first
	for j > 0 && j > first-4 && !commaBefore(s, j) && !reportingVerbs[s.toks[j-1].lower] && s.toks[j-1].lower != "to" {
		j-- // the source's title: "council president", "Mayor"
	}
	switch {
	case j > 1 && reportingVerbs[s.toks[j-1].lower] && commaBefore(s, j-1):
		return true // "…, said Amato"
	case j > 2 && accordingToAt(s, j-2) && commaBefore(s, j-2):
		return true // "…, according to Judy Amato"
	case !commaBefore(s, j) || last+1 >= len(s.toks) || !reportingVerbs[s.toks[last+1].lower]:
		return false
	}
	after := last + 2
	return after >= len(s.toks) || !personalPronouns[s.toks[after].lower] && s.toks[after].lower != "that" // "Amato said.", not "Amato said she …"
}

// paraphrasedAgent is the agent of the passive that s tells its act in
// when p is only its end-position source and the question asks that act
// in other words of the same object ("who's going to look after the
// park" of "The park will be maintained by the Friends of Millbrook
// Parks, Amato said"): the passive's subject is the active's object and
// its by-phrase the doer (Quirk et al., §3.63), so the one the sentence
// says did something to the thing asked about is the agent, not the
// source.
func (e *Engine) paraphrasedAgent(q *query, s *sentence, p int) (string, bool) {
	t, ok := e.askedAct(q)
	if p < 0 || !ok || e.askedInPassive(q, t) || !e.paraphrasedSource(s, p, t) {
		return "", false
	}
	obj := e.objectOf(q, t)
	if len(obj) == 0 {
		obj = particleObject(q, t) // "look after the park": the object follows the particle
	}
	if len(obj) == 0 {
		return "", false
	}
	for i := range s.toks {
		if t.actAt(s.toks, i) {
			return "", false // told in the question's own words: passiveAgent reads it
		}
	}
	head := obj[len(obj)-1]
	for i := 1; i < len(s.toks); i++ {
		if !passiveAt(s.toks, i) || !slices.ContainsFunc(s.toks[:i], head.matches) {
			continue
		}
		if b := byAfter(s, i); b > 0 {
			return e.agentAt(s, b+1)
		}
	}
	return "", false
}

// particleObject is the object of a prepositional verb ("look after the
// park", "care for the dogs"; Quirk et al., §16.5): the question's terms
// after the preposition right after verb t.
func particleObject(q *query, t term) []term {
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].lower == t.lower && prepositions[q.toks[i+1].lower] {
			return termsAfter(q, q.toks[i+1].lower)
		}
	}
	return nil
}
