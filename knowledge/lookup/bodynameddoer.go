package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// The doer a headline or lead calls by a class noun, as the body names
// them (part of stage 4, who did it). A news story tells its main point
// first with the doer reduced to a generic plural or class noun
// ("Divers find 1850s wreck", "Cavers exploring a flooded passage have
// found …") and identifies the doer further down (the inverted pyramid,
// AP Stylebook, "headlines" and "lead"), very often by retelling the same
// act in the passive with the doer, now named, in the agent by-phrase
// ("The wreck was found by two divers from Duluth, Karl and Amy Voss";
// Quirk et al. 1985, §3.63 and §3.67 on the agent by-phrase). Asked who
// did it, the reader is owed the named doer and the sentence that names
// them; the class noun, "the article does not name them", is the answer
// only when no other sentence tells the same act, by the asked verb or a
// WordNet synonym of it, of the same thing, with a named person as its
// agent.

// bodyNamedDoer answers a who-question whose doer s gives only as a class
// noun with the agent of another sentence that tells the asked act, or a
// WordNet synonym of it, in the passive of the question's object, when
// that agent names a person; false when none does.
func (e *Engine) bodyNamedDoer(q *query, s *sentence) (reply, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.lex == nil || e.askedInPassive(q, t) {
		return reply{}, false
	}
	stems := []string{t.stem}
	syns := e.lex.Synonyms(t.lower)
	for _, l := range []string{e.baseVerb(t.lower), strings.TrimSuffix(t.lower, "ed"), strings.TrimSuffix(t.lower, "d")} {
		if l != t.lower && e.canBe(l, "verb") {
			syns = append(syns, e.lex.Synonyms(l)...) // "found" is also the base of "establish": its base "find" gives "discover"; "discovered" gives "find" through "discover" (the regular -ed, Quirk et al., §3.5)
		}
	}
	for _, w := range syns {
		if !strings.Contains(w, " ") {
			stems = append(stems, stemOf(w))
		}
	}
	for i := range e.r.sents {
		b := &e.r.sents[i]
		if b == s || b.part == "title" || !e.holdsObject(q, t, b) && !e.leadHoldsObject(q, t) {
			continue
		}
		if agent, ok := e.namedPassiveAgent(b, t, stems); ok {
			return reply{found: true, head: agent, used: []*sentence{b}}, true
		}
	}
	return reply{}, false
}

// namedPassiveAgent is the agent of the by-phrase after a passive
// participle of s that is t or has one of stems, when the agent names a
// person the article knows.
func (e *Engine) namedPassiveAgent(s *sentence, t term, stems []string) (string, bool) {
	for k, tok := range s.toks {
		if tok.cap || quotedAt(s, k) || !t.matches(tok) && !slices.ContainsFunc(stems, tok.meets) || !passiveAt(s.toks, k) {
			continue
		}
		by := byAfter(s, k)
		if by < 0 {
			continue
		}
		if agent, ok := e.agentAt(s, by+1); ok && e.agentNamesPerson(agent, s) {
			return agent, true
		}
		if names := e.appositiveNames(s, by+1); len(names) > 0 {
			return joinNames(names) + ".", true // "by two brothers from Stockton, Ray and Luis Ochoa,"
		}
	}
	return "", false
}

// appositiveNames are the people named in apposition to the agent noun
// phrase that starts at token k of s: after the phrase's first comma, a
// run of capitalised words and "and" that ends the clause or meets a
// comma ("two divers from Duluth, Karl and Amy Voss"; Quirk et al.,
// §17.65 on appositives that name what a class noun describes).
func (e *Engine) appositiveNames(s *sentence, k int) []string {
	j := k + 1
	for j < len(s.toks) && !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;—") {
		j++
	}
	if j >= len(s.toks) || strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) != "," {
		return nil
	}
	end := j
	for end < len(s.toks) && (s.toks[end].cap || s.toks[end].lower == "and") && (end == j || spaced(s, end-1, end)) {
		end++
	}
	if end == j || end < len(s.toks) && spaced(s, end-1, end) && !relativePronouns[s.toks[end].lower] {
		return nil
	}
	var names []string
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for i := j; i < end; i++ {
			if n := e.formAt(s, x, i); n > 0 && i+n <= end && !reportingName(s, i+n) {
				names = append(names, e.a.Entities[x].Name)
				break
			}
		}
	}
	return names
}

// agentNamesPerson reports whether text holds the name of a person s names.
func (e *Engine) agentNamesPerson(text string, s *sentence) bool {
	for _, x := range s.named {
		if en := e.a.Entities[x]; en.Kind == knowledge.Person && strings.Contains(text, en.Name) {
			return true
		}
	}
	return false
}

// leadHoldsObject reports whether the lead sentence holds the head of the
// question's object of t: the lead tells the story's main act (AP
// Stylebook, "lead"), and a body sentence that retells that act of
// another word for the same thing ("the skeleton" in the lead, "The bones
// were found by …" below) still tells it of the lead's object.
func (e *Engine) leadHoldsObject(q *query, t term) bool {
	obj, lead := e.objectOf(q, t), e.leadSentence()
	return len(obj) > 0 && lead != nil && slices.ContainsFunc(lead.toks, obj[len(obj)-1].matches)
}
