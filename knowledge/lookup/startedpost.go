package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// Starting in a capacity by joining (part of stage 2): WordNet 3.0 gives
// "take up" (whose example is "start a new job") as "begin work or acting
// in a certain capacity, office or job", and "join" as "become part of;
// become a member of a group or organization"; news copy tells where and
// as what a person started by the verb of joining or being taken on:
// "joined the department as a firefighter in 2001", "was hired as a
// clerk". So a question whose person "started" or "began" as someone or
// at a place ("what did she start out as", "when did he start at the
// firm") is told by the article's verb of joining, enlisting, enrolling
// or hiring (WordNet's {join, fall in, get together}, {enlist} "join the
// military", {enroll, inscribe, enter, enrol, recruit} "register formally
// as a participant or member", {hire, engage, employ} "engage or hire for
// work").

// joiningVerbs are the verbs of becoming a member or being taken on, as
// the comment above lists them from WordNet.
var joiningVerbs = set("join", "enlist", "enroll", "enrol", "hire", "recruit")

// startedInCapacity reports whether term tm of q is "start", "start out"
// or "begin" said of a person and followed by "as" (a capacity) or by
// "at" or "with" (a place of work).
func (e *Engine) startedInCapacity(q *query, tm term) bool {
	b := tm.lower
	if b != "start out" && b != "start off" {
		b = e.baseVerb(tm.lower)
	}
	if b != "start" && b != "begin" && b != "start out" && b != "start off" {
		return false
	}
	first, _, _ := strings.Cut(tm.lower, " ")
	i := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == first || t.stem == tm.stem })
	if i < 0 {
		return false
	}
	for j := i + 1; j < len(q.toks) && j <= i+2; j++ {
		switch q.toks[j].lower {
		case "as", "at", "with":
			return e.personAsked(q)
		case "out", "off":
			continue
		}
		return false
	}
	return false
}

// personAsked reports whether q names a person or refers to one by a
// subject pronoun.
func (e *Engine) personAsked(q *query) bool {
	for _, x := range q.subjects {
		if e.a.Entities[x].Kind == knowledge.Person {
			return true
		}
	}
	return slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "he" || t.lower == "she" })
}

// withJoiningVerbs gives a question's "start as" or "start at" the
// article's verbs of joining and hiring: "what did she start out as"
// meets "joined the department as a firefighter".
func (e *Engine) withJoiningVerbs(q *query, terms []term) []term {
	var alts []string
	asked := false
	for k := range terms {
		if !e.startedInCapacity(q, terms[k]) {
			continue
		}
		if !asked {
			alts, asked = e.joiningVerbsKnown(), true
		}
		if len(alts) > 0 {
			terms[k].alts = append(terms[k].alts, alts...)
			terms[k].known = true
		}
	}
	return terms
}

// joiningVerbsKnown returns the stems of the words the article writes
// that are verbs of joining or hiring.
func (e *Engine) joiningVerbsKnown() []string {
	var out []string
	for w := range e.r.words {
		if st := stemOf(w); joiningVerbs[e.baseVerb(w)] && e.canBe(w, "verb") && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}
