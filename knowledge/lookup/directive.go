package lookup

import (
	"slices"
	"strings"
)

// Directed acts (part of stage 5): "ordered everyone to leave", "urged
// him to resign", "was asked to step down". A verb of asking, ordering or
// permitting reports a wish that its object act, not the act: such verbs
// are non-implicative (Karttunen, "Implicative Verbs", Language 47,
// 1971), so neither "did she resign" nor "why did she resign" is
// answered by "they urged her to resign". The implicative verbs of
// object control ("forced them to leave", "persuaded her to run") do
// assert the act and are not among them.

// directiveVerbs are the verbs of object control (controlVerbs, Quirk et
// al. 1985, §16.52–16.53) that Karttunen's test finds non-implicative:
// "she asked him to go, but he did not go" is no contradiction. "Call"
// directs only with "on"/"for" ("called on him to resign").
var directiveVerbs = set("ask", "tell", "order", "urge", "encourage", "require", "want",
	"invite", "advise", "instruct", "remind", "warn", "beg", "direct", "press",
	"allow", "permit", "call", "plead", "demand", "request")

// directiveStems are the Snowball stems of directiveVerbs.
var directiveStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range directiveVerbs {
		out[stemOf(w)] = true
	}
	return out
}()

// prospectNouns take a to-infinitive that tells an act in prospect,
// not one done: "offered him the chance to resign", "a plan to close
// the plant", "his refusal to testify" (Quirk et al. 1985, §17.26 and
// §17.31: the nouns with an infinitive complement, and the modal
// meaning of the infinitive after a noun).
var prospectNouns = set("chance", "opportunity", "offer", "plan", "attempt", "effort", "bid",
	"proposal", "promise", "threat", "request", "demand", "call", "order", "intention",
	"decision", "desire", "wish", "refusal", "failure", "right", "pressure", "push")

// directedActs reports whether every matched token of s belongs to what
// a directive verb in its clause directs: the verb of the to-infinitive it
// governs, the object between them, who is to do the act (object control,
// Quirk et al. 1985, §16.52: "urged residents not to drink"), or a word of
// the infinitive's own clause after it, its object or adjunct ("not to
// pay ransoms"; §16.38).
func (e *Engine) directedActs(s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	var spans [][2]int
	for _, m := range matched {
		if k := e.directedFrom(s, m); k >= 0 {
			spans = append(spans, [2]int{k, infinitiveClauseEnd(s, m)})
		}
	}
	if len(spans) == 0 {
		return false
	}
	inSpan := func(m int) bool {
		return slices.ContainsFunc(spans, func(sp [2]int) bool { return sp[0] < m && m <= sp[1] })
	}
	for _, m := range matched {
		if inSpan(m) {
			continue
		}
		// a word matched at its first use ("a water main") that the
		// directive repeats ("not to drink tap water") is the directive's
		again := false
		for k := m + 1; k < len(s.toks) && !again; k++ {
			again = s.toks[k].stem == s.toks[m].stem && inSpan(k)
		}
		if !again {
			return false
		}
	}
	return true
}

// infinitiveClauseEnd is the last token of the clause of the infinitive
// at m: the token before the next punctuation or clause joint.
func infinitiveClauseEnd(s *sentence, m int) int {
	k := m
	for k+1 < len(s.toks) && !strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:—–\"“”") && !clauseJoints[s.toks[k+1].lower] {
		k++
	}
	return k
}

// directedFrom is the index of the directive verb that governs the
// to-infinitive at token m of s, or -1: the "to" before m whose clause,
// within eight words back and with no comma or clause joint between,
// holds a directive verb ("ordered everyone within a mile of the wreck to
// leave").
func (e *Engine) directedFrom(s *sentence, m int) int {
	if m < 2 || s.toks[m-1].lower != "to" {
		return -1
	}
	for k := m - 2; k >= 0 && k >= m-10; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:—–\"“”") || clauseJoints[s.toks[k].lower] {
			return -1
		}
		if e.directive(s, k) {
			return k
		}
	}
	return -1
}

// directive reports whether token k of s is a directive verb, or a noun
// of prospect right before the "to" at k+1.
func (e *Engine) directive(s *sentence, k int) bool {
	t := s.toks[k]
	if k+1 < len(s.toks) && s.toks[k+1].lower == "to" && prospectNouns[singular(t.lower)] {
		return true
	}
	if t.cap && k > 0 {
		return false // a name ("Press", "Ask")
	}
	base := t.lower
	if !e.noLex {
		base = e.lex.Lemma(t.lower)
	}
	if base == "call" || t.stem == "call" {
		return k+1 < len(s.toks) && (s.toks[k+1].lower == "on" || s.toks[k+1].lower == "for")
	}
	return directiveVerbs[base] || directiveStems[t.stem]
}

// asksDone reports whether q asks whether an act was done ("did she
// resign", "has he left"), not whether it must or may be ("do they have
// to leave"): a directive answers the second.
func (q *query) asksDone() bool {
	return len(q.toks) > 0 && doneAux[q.toks[0].lower] && q.asksFact()
}

// asksFact reports whether q asks of an act as a fact, with no modal
// verb or "to" ("when did she resign", not "when does she have to leave"
// or "when will it close"; the modal auxiliaries, Quirk et al. §3.40).
func (q *query) asksFact() bool {
	for _, t := range q.toks {
		if t.lower == "to" || modalAux[t.lower] || t.lower == "gonna" {
			return false
		}
	}
	return true
}

// modalAux are the central modal auxiliaries (Quirk et al. 1985, §3.40),
// which also stand first in a question as its operator (§3.21).
var modalAux = set("can", "could", "may", "might", "must", "shall", "should", "will", "would")

// doneAux open a yes/no question about a past or completed act.
var doneAux = set("did", "has", "have", "had")
