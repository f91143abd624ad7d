package lookup

import (
	"slices"
	"strings"
)

// Next steps (part of stage 4, passages): "what's next", "what happens
// next", "what's next for the pool" ask for the event still ahead, and
// "next" is no word a report need use. News writing tells what lies ahead
// in the forms of future time: the modal will or shall, be going to, a
// verb of intention or arrangement with a to-infinitive ("plans to
// begin", "is scheduled to begin", "intends to hold") (Quirk et al.,
// §4.42–4.48). The reporter's own sentence in future time answers, one
// with a time of its own ("on Thursday", "next spring") first, as a
// dated step is the next one the report gives.

// nextCue is a question asking only what comes next, with an optional
// "for X" of whom or what; "with", "on" and "about" X ask the same of a
// matter ("what happens next with the freeze"), and "what happens now"
// asks it as "what happens next" does (the present of "happen" refers to
// the future here, Quirk et al., §4.21).
var nextCue = lazyRE(`^(?:so |ok |and |then )?(?:(?:what'?s|what is|what happens|what comes|what are the|whats the)\s*(?:next|next steps?)|what happens now)(?:\s+(?:for|with|on|about)\s+(.+?))?\s*[?!.]*$|^(?:so |ok |and )?(?:what now|now what)\s*[?!.]*$`)

// fateCue is a question asking what lies ahead for someone or something:
// "what happens to the pumpkin now", "what will happen to the building".
// The simple present "happens" refers to the future here as it does in
// clauses of arrangement (Quirk et al., §4.21, the simple present for
// the future); "what happened to X" asks the past and is no such cue.
var fateCue = lazyRE(`^(?:so |ok |and |then )?what(?:'s| is)? (?:happens|will happen|'ll happen|is going to happen|going to happen|gonna happen) to (.+?)(?:\s+(?:now|next|after(?:wards?)?|then))?\s*[?!.]*$`)

// nextWords are the words of the cue itself, no words to find.
var nextWords = set("next", "happens", "happen", "comes", "come", "steps", "step", "now", "gonna", "going")

// futureMarkers open a verb phrase in future time: the modals of
// prediction and volition (Quirk et al., §4.42–4.45).
var futureMarkers = set("will", "shall", "'ll")

// intendsAhead are the verbs of intention and arrangement that take a
// to-infinitive of an act still to come (Quirk et al., §4.48, §16.38).
var intendsAhead = set("plan", "plans", "planning", "intend", "intends", "intending", "scheduled",
	"set", "expected", "due", "slated", "hopes", "going")

// tellsFuture reports whether s, outside quotation marks, has a verb
// phrase in future time.
func tellsFuture(s *sentence) bool {
	for k, t := range s.toks {
		if quotedAt(s, k) {
			continue
		}
		if restrictiveRelativeAt(s, k) {
			continue // "a program that will guarantee": the noun's description, not the step ahead (restrictivefuture.go)
		}
		if futureMarkers[t.lower] || intendsAhead[t.lower] && k+1 < len(s.toks) && s.toks[k+1].lower == "to" {
			return true
		}
	}
	return false
}

// nextStep answers "what's next" with the report's first sentence in
// future time, preferring the reporter's own words to an attributed plan
// (a participant's intention is one side's next step, the report's
// narration the event's) and one with a time expression to one without;
// with "for X", the best such sentence that holds X.
func (e *Engine) nextStep(q *query) (reply, bool) {
	text := strings.ToLower(strings.TrimSpace(q.raw))
	m := nextCue.FindStringSubmatch(text)
	if m == nil {
		m = fateCue.FindStringSubmatch(text) // "what happens to the pumpkin now": what lies ahead for it
	}
	if m == nil {
		return reply{}, false
	}
	if m[1] != "" {
		n := *q // "for the school board": all of it, not "school" alone
		n.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return nextWords[t.lower] })
		if c, ok := e.best(&n, tellsFuture); ok {
			return reply{found: true, used: []*sentence{&e.r.sents[c.s]}}, true
		}
		if !e.headlineTopic(&n) {
			return reply{}, false
		}
		// "what's next for the chapel" of a story headlined on the chapel:
		// the story's next step is its topic's (nexttopic.go)
	}
	best, rank := -1, 4
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !tellsFuture(s) {
			continue
		}
		r := 0
		if attributed(s) {
			r += 2
		}
		if len(s.times) == 0 {
			r++
		}
		if r < rank {
			best, rank = i, r
		}
	}
	if best < 0 {
		return reply{}, false
	}
	return reply{found: true, used: []*sentence{&e.r.sents[best]}}, true
}

// attributed reports whether s has a verb of saying outside quotation
// marks: a report of someone's words, not the reporter's narration.
func attributed(s *sentence) bool {
	for k, t := range s.toks {
		if speechVerbs[t.lower] && !quotedAt(s, k) {
			return true
		}
	}
	return false
}
