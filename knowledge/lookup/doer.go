package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A who-question asks for the doer of the act its verb names (the agent
// role, Quirk et al., §10.19): a person named near the question's other
// words who did some other act is no answer.

// askedAct returns the term of a subject who-question's verb ("who made
// the engine": made), past any auxiliary or adverb ("who was actually
// flying"); false when the question has no such verb among its terms.
func (e *Engine) askedAct(q *query) (term, bool) {
	at := -1
	for i, t := range q.toks {
		if t.lower == "who" || t.lower == "whos" {
			at = i
			break
		}
	}
	if at < 0 {
		return term{}, false
	}
	for i := at + 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if semiAuxiliaryAt(q.toks, i) {
			i++ // "who's going to fix it": the act is fix, "to" no verb
			continue
		}
		if auxiliaries[w] || beForms[w] || isAdverb(w) {
			continue
		}
		for _, t := range q.terms {
			if t.lower == w || t.ofVerb(q.toks[i]) {
				return t, e.canBe(w, "verb")
			}
		}
		return term{}, false
	}
	return term{}, false
}

// semiAuxiliaries are the words of Quirk et al.'s semi-auxiliaries
// ("be going to", "be about to", "be supposed to", "have to": Quirk et al.
// 1985, §3.47) that a who-question puts before "to" and the verb of the
// act it asks ("who's gonna fix it", chat's "gonna" written out as "going
// to" by expandChat): they mark time or modality, no act of their own.
var semiAuxiliaries = set("going", "about", "supposed", "able", "bound", "due", "likely", "obliged", "willing", "has", "have", "had", "got")

// semiAuxiliaryAt reports whether question token i is the word of a
// semi-auxiliary followed by "to" and a verb.
func semiAuxiliaryAt(toks []token, i int) bool {
	return semiAuxiliaries[toks[i].lower] && i+2 < len(toks) && toks[i+1].lower == "to"
}

// askedActAt is the index in s of the who-question's verb, written in
// lower case outside a quotation, and the index before it past any
// auxiliaries and adverbs, where its subject ends; -1, -1 when the
// question has no such verb or s does not hold it.
func (e *Engine) askedActAt(q *query, s *sentence) (act, k int) {
	t, ok := e.askedAct(q)
	if !ok {
		return -1, -1
	}
	for i, tok := range s.toks {
		if t.actAt(s.toks, i) && !tok.cap && !quotedAt(s, i) {
			k = i - 1
			for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
				k--
			}
			return i, medialTimeSkipped(s, k) // "The FAA on Tuesday fined" (medialtime.go)
		}
	}
	return -1, -1
}

// actUnsaid reports whether a who-question's verb names an act the
// article never mentions, by the word or a synonym: then no sentence says
// who did it. A light verb takes its meaning from an object that names an
// act ("made the call": called; Jespersen, MEG VI) and is no act of its
// own; with an object that names a thing ("made the engine") it is a full
// verb (WordNet: make, create).
func (e *Engine) actUnsaid(q *query) bool {
	t, ok := e.askedAct(q)
	if !ok || t.known || len(t.alts) > 0 || t.weak {
		return false
	}
	if lightVerbs[t.lower] {
		obj := e.objectOf(q, t)
		return len(obj) > 0 && !slices.ContainsFunc(obj, e.namesAct)
	}
	return true
}

// objectOf is the question's terms after verb t up to a preposition: its
// object and what modifies it ("wants congressional investigations"), not
// an adverbial ("made the engine on the plane").
func (e *Engine) objectOf(q *query, t term) []term {
	return termsAfter(q, t.lower)
}

// termsAfter is the question's terms after its word w up to the next
// preposition.
func termsAfter(q *query, w string) []term {
	var obj []term
	after := false
	for _, tok := range q.toks {
		switch {
		case !after:
			after = tok.lower == w
		case prepositions[tok.lower]:
			return obj
		default:
			for _, x := range q.terms {
				if x.lower == tok.lower {
					obj = append(obj, x)
				}
			}
		}
	}
	return obj
}

// namesAct reports whether noun t names an act: it is also a verb
// ("call", "save"), or a nominalisation of one ("decision" from decide).
// A nominalisation adds a suffix to its verb (Quirk et al., App. I.31),
// so a related verb longer than the noun is derived from it instead
// ("engineer" from engine) and says nothing of an act.
func (e *Engine) namesAct(t term) bool {
	if e.noLex || e.canBe(t.lower, "verb") {
		return true
	}
	for _, r := range e.lex.Related(t.lower) {
		if e.canBe(r, "verb") && len(r) <= len(t.lower) {
			return true
		}
	}
	return false
}

// namesSomeone reports whether s names a doer a who-question could be
// answered with: a named entity, a noun for a kind of person, or a
// personal pronoun that refers to people (Quirk et al., §6.3).
//
// The subject of a closing reporting clause (", residents said") is the
// source of what the sentence reports, not a party to it (Quirk et al.,
// §14.29, the reporting clause): a sentence that names no one else, as
// "Warning signs had been removed during a repaving project last summer,
// residents said", names no doer.
func (e *Engine) namesSomeone(s *sentence) bool {
	end := reportingTailStart(s)
	if end == len(s.toks) && len(s.named) > 0 {
		return true
	}
	for _, x := range s.named {
		if p := e.position(s, x); p >= 0 && p < end {
			return true
		}
	}
	for _, t := range s.toks[:end] {
		if personalPronouns[t.lower] || e.isPersonNoun(t.lower) {
			return true
		}
	}
	return false
}

// reportingTailStart is the index of the first token of s's closing
// reporting clause after a comma (", residents said", ", said Mayor Ann
// Roe", ", police said Tuesday"), or len(s.toks) when s has none.
func reportingTailStart(s *sentence) int {
	for v := len(s.toks) - 1; v > 0 && v >= len(s.toks)-7; v-- {
		if !reportingVerbs[s.toks[v].lower] {
			continue
		}
		for c := v; c > 0 && c >= v-5; c-- {
			if strings.TrimSpace(s.text[s.toks[c-1].end:s.toks[c].start]) == "," {
				return c
			}
		}
		return len(s.toks)
	}
	return len(s.toks)
}

// personalPronouns are the personal pronouns that refer to people, not
// things (Quirk et al., §6.3: "it" excluded).
var personalPronouns = set("i", "we", "he", "she", "they", "me", "us", "him", "her", "them")

// actWithoutDoer reports whether s holds the asked act only in agentless
// passives ("what it was built to do"), in conditions ("if Medicare
// paid for this") or with "it" for its subject ("how it started"): a passive with no by-phrase leaves its agent unsaid
// (Quirk et al., §3.63), and a conditional clause states an act as
// supposed, not done (§15.33), so no one in s is shown doing it. False
// when s does not hold the act at all.
func (e *Engine) actWithoutDoer(q *query, s *sentence) bool {
	return e.everyAskedAct(q, s, func(t term, i int) bool {
		switch {
		case inCondition(s, i):
			return true // "if Medicare paid for this": a condition, not a report
		case thingDoerAt(s, i) && e.reportedItActor(s, i) < 0:
			return true // "how it started": the doer is a thing, no one to name; not "the FAA said it will investigate"
		case indefiniteAgent(s.toks, i, t):
			return true // "find a buyer": the doer is sought, not named
		case e.objectAsSubjectAt(q, t, s, i):
			return true // "the festival was scheduled to run": no one runs it (intransitiveuse.go)
		}
		return (passiveAt(s.toks, i) || e.participleClauseAt(s, i)) && !byPhraseAfter(s, i) && !(passiveAt(s.toks, i) && (e.lateBy(s, i) >= 0 || e.fundingSource(s, i) >= 0))
	})
}

// everyAskedAct reports whether s holds the who-question's act at least
// once and holds(t, i) is true at each place i it does.
func (e *Engine) everyAskedAct(q *query, s *sentence, holds func(t term, i int) bool) bool {
	t, ok := e.askedAct(q)
	if !ok {
		return false
	}
	seen := false
	for i := range s.toks {
		if !t.actAt(s.toks, i) {
			continue
		}
		if !holds(t, i) {
			return false
		}
		seen = true
	}
	return seen
}

// nominalAt reports whether the word at i stands after a determiner, as a
// noun or a modifier of one ("the find", "a cut"): the act named as a
// thing, whose doer a nominalisation leaves unsaid or to be inferred
// (Quirk et al., §17.51-17.54 on nominalisations and their agents). A
// genitive stands where a determiner does ("Okafor's resignation", as
// "his resignation"; genitiveNominal, genitivenominal.go).
func nominalAt(toks []token, i int) bool {
	return i > 0 && (determiners[toks[i-1].lower] || genitiveNominal(toks, i)) && !toks[i].cap
}

// thingSubjectAt reports whether the verb at i has "it" for its subject,
// right before it past any auxiliaries or adverbs ("how it started", "it
// has spread"): "it" refers to things, not people (Quirk et al., §6.3), so
// no one is shown doing the act.
func thingSubjectAt(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].lower
		if auxiliaries[w] || beForms[w] || isAdverb(w) {
			continue
		}
		return w == "it"
	}
	return false
}

// passiveAt reports whether the participle at i follows a form of "be"
// or "get", past any adverbs: the passive voice. An -ing participle after
// "be" is the progressive aspect, active ("was flying the jet"; Quirk et
// al., §3.54 and §3.63: the passive takes the -ed participle).
func passiveAt(toks []token, i int) bool {
	if w := toks[i].lower; strings.HasSuffix(w, "ing") && len(w) > 4 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		w := toks[j].lower
		switch {
		case beForms[w] || w == "get" || w == "got" || w == "gets" || w == "gotten":
			return true
		case isAdverb(w) || w == "not":
			continue
		}
		return false
	}
	return false
}

// byPhraseAfter reports whether a by-phrase, the passive's agent, follows
// the participle at i within its clause.
func byPhraseAfter(s *sentence, i int) bool { return byAfter(s, i) >= 0 }

// reportedSaying answers "who confirmed he died" when the article never
// uses the question's verb but WordNet files it, within two links, under
// a verb of saying (confirm → affirm → declare): the question then asks
// who said the rest ("his daughter … said"). False when the question's
// verb is no such verb, or no one is reported saying the rest.
func (e *Engine) reportedSaying(q *query) (reply, bool, bool) {
	t, ok := e.askedAct(q)
	if !ok || t.known || len(t.alts) > 0 || !e.sayingVerb(t.lower) || !reportedClauseAfter(q, t) {
		return reply{}, false, false
	}
	sub := *q
	sub.terms = nil
	for _, x := range q.terms {
		if x.lower != t.lower {
			sub.terms = append(sub.terms, x)
		}
	}
	if len(sub.terms) == 0 {
		return reply{}, false, true
	}
	r, found := e.whoSaid(&sub)
	return r, found, true
}

// sayingVerb reports whether WordNet puts a verb of saying ("declare",
// "state") one or two links above w.
func (e *Engine) sayingVerb(w string) bool {
	if e.noLex {
		return false
	}
	for _, n := range e.lex.Neighbours(w) {
		if speechBases[n] {
			return true
		}
		if !e.canBe(n, "verb") {
			continue
		}
		for _, m := range e.lex.Neighbours(n) {
			if speechBases[m] {
				return true
			}
		}
	}
	return false
}

// prepObjectOnly reports whether every mention of p in s is the object of
// a preposition other than "by" ("spoken with X"): an object is not the
// subject that does the act, while "by" introduces a passive's agent
// (Quirk et al., §9.1, §3.63).
func (e *Engine) prepObjectOnly(s *sentence, p int) bool {
	spans := e.nameSpans(s, p)
	for _, sp := range spans {
		for i, t := range s.toks {
			if t.start == sp[0] && (!prepObjectAt(s, i) || e.apposedPastPostmodifier(s, i)) {
				return false
			}
		}
	}
	return len(spans) > 0
}

// prepObjectAt reports whether the name at token i is the object of a
// preposition other than "by", directly ("with Sorensen"), past a
// genitive determiner ("from Kenya's Wilson Rotich") or as the
// appositive of one ("with Hartwell's chief executive, Paul Sorensen").
func prepObjectAt(s *sentence, i int) bool {
	if i == 0 {
		return false
	}
	k := i - 1
	for n := 0; n < 4 && k > 0 && (s.toks[k].poss || n > 0 && (s.toks[k].cap || s.toks[k].lower == "the")); n++ {
		k-- // a genitive determiner ("from Kenya's Wilson Rotich"; Quirk et al., §5.115)
	}
	if strings.Contains(s.text[s.toks[k].end:s.toks[i].start], ",") {
		// an appositive: the noun phrase it renames runs back to its
		// preposition, within the same stretch between commas
		for k > 0 && !prepositions[s.toks[k].lower] && k > i-7 &&
			!strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;") {
			k--
		}
	}
	return prepositions[s.toks[k].lower] && s.toks[k].lower != "by"
}

// apposedPastPostmodifier reports whether the name at token i, set off by
// a comma after a prepositional phrase whose object names no person ("a
// cashier in the parking office, Lena Marsh,"), renames the person noun
// the phrase postmodifies instead: apposition is coreference (Quirk et
// al. 1985, §17.65), a person's name cannot rename an office, and the
// prepositional phrase postmodifies the noun before it (§17.37), so the
// name is that noun's appositive, the subject's when the noun is, not the
// preposition's object.
func (e *Engine) apposedPastPostmodifier(s *sentence, i int) bool {
	if i < 4 || e.noLex || strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]) != "," {
		return false
	}
	c := s.toks[i-1]
	if c.cap || c.poss || e.isPersonNoun(c.lower) {
		return false // "with Hartwell's chief executive, Paul Sorensen": the object renamed
	}
	k := i - 1
	prep := func(w string) bool { return prepositions[w] || placePrepositions[w] }
	for k > 0 && !prep(s.toks[k].lower) && k > i-7 && spaced(s, k-1, k) {
		k--
	}
	if k < 1 || !prep(s.toks[k].lower) || s.toks[k].lower == "by" {
		return false
	}
	head := s.toks[k-1]
	return !head.cap && spaced(s, k-1, k) && e.isPersonNoun(head.lower) && !prepObjectAt(s, k-1)
}

// inCondition reports whether token i is in a conditional clause: "if" or
// "unless" opens the stretch of s, between commas, that holds it.
func inCondition(s *sentence, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if l := s.toks[k].lower; l == "if" || l == "unless" {
			return true
		}
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;\"“”") {
			return false
		}
	}
	return false
}

// pronounSubject is the person a sentence's opening "he" or "she" refers
// to, as the reading resolved it: the subject of its main clause (the
// subject opens an English declarative, Quirk et al., §2.13), so the doer
// of its verb when the names in it are objects of prepositions. False
// when the reading found no person of the pronoun's gender (or of none
// known), or two.
func (e *Engine) pronounSubject(s *sentence) (int, bool) {
	if len(s.toks) == 0 {
		return -1, false
	}
	var g byte
	switch s.toks[0].lower {
	case "he":
		g = 'm'
	case "she":
		g = 'f'
	default:
		return -1, false
	}
	found := -1
	for _, x := range s.refs {
		if g2 := e.r.ents[x].gender; e.r.ents[x].kind == knowledge.Person && (g2 == g || g2 == 0) {
			if found >= 0 && found != x {
				return -1, false
			}
			found = x
		}
	}
	return found, found >= 0
}

// pronounDoer answers with person x, whom s names only by a pronoun: the
// article's first sentence naming x, then s, so the reply shows who "he"
// is.
func (e *Engine) pronounDoer(x int, s *sentence) reply {
	used := []*sentence{s}
	if first := e.firstNaming(x); first != nil && first != s {
		used = []*sentence{first, s}
	}
	return reply{found: true, head: e.a.Entities[x].Name + ".", used: used}
}

// onlyReports reports whether person p is only the source of the asked
// act's report: p's name stands next to a reporting verb ("Kraus said",
// "said Kraus"), the asked verb is no verb of saying, and the act's own
// subject in the reported clause is no personal pronoun that could be p
// ("Kraus said she started it"). News writing names its source in the
// attribution (AP Stylebook, "said"); the doer is the reported clause's
// subject ("her son"), so the source is no answer to who did it.
func (e *Engine) onlyReports(q *query, s *sentence, p int) bool {
	t, ok := e.askedAct(q)
	if !ok || e.r.ents[p].kind != knowledge.Person || reportingVerbs[t.lower] || speechVerbs[t.lower] {
		return false
	}
	act := -1
	for i := range s.toks {
		if t.actAt(s.toks, i) {
			act = i
			break
		}
	}
	if act < 0 {
		return e.paraphrasedSource(s, p, t) // "who's going to look after it" of "will be maintained by …, Amato said" (paraphrasedsource.go)
	}
	if e.sayingVerb(t.lower) && (reportingVerbs[s.toks[act].lower] || speechVerbs[s.toks[act].lower]) {
		return false // "who confirmed he died" of "Kraus said he died": the saying is the act asked
	}
	for k := act - 1; k >= 0; k-- {
		w := s.toks[k].lower
		if auxiliaries[w] || beForms[w] || isAdverb(w) {
			continue
		}
		if personalPronouns[w] {
			return false // "she started it": the source may be the doer
		}
		break
	}
	return e.reportsAct(s, p, act)
}

// reportsAct reports whether a verb of reporting right after p's name in
// s introduces the act at token act ("Kraus said her son started"),
// follows it ("it started, said Kraus") or closes the clause that tells
// it ("inspectors found mold, Superintendent Ana Ruiz said").
func (e *Engine) reportsAct(s *sentence, p, act int) bool {
	for _, sp := range e.nameSpans(s, p) {
		for i, tok := range s.toks {
			if !reportingVerbs[tok.lower] || i == act {
				continue
			}
			before := tok.start >= sp[1] && tok.start-sp[1] <= 1 && act > i
			after := sp[0] >= tok.end && sp[0]-tok.end <= 1 && act < i
			trailing := tok.start >= sp[1] && tok.start-sp[1] <= 1 && s.toks[act].end <= sp[0] && strings.Contains(s.text[s.toks[act].end:sp[0]], ",")
			if before || after || trailing {
				return true
			}
		}
	}
	return false
}
