package lookup

import "strings"

// Manner: "how did X VERB …" names an event by its main verb and asks for
// its manner or means. The answer is the sentence that tells the whole
// event; when that sentence tells only that it happened, as a lead
// summarises, the later sentence about the same actor and the same moment
// that tells how ("… added a goal in stoppage time." "Ferrer … sealed it
// in the third minute of stoppage time, curling a free kick over the
// wall.").

// manner answers "how did X VERB …".
func (e *Engine) manner(q *query) (reply, bool) {
	if asksGetMotion(q) {
		if r, ok := e.mannerAmong(q, func(s *sentence) bool { return holdsGetMotion(s.toks) }); ok {
			return r, true // "how did he get in the building": the sentence telling the motion
		}
	}
	return e.mannerAmong(q, nil)
}

// mannerAmong answers "how did X VERB …" from the candidates keep accepts.
func (e *Engine) mannerAmong(q *query, keep func(*sentence) bool) (reply, bool) {
	for _, c := range e.actsFirst(q, e.pastActFirst(q, e.rank(q, keep))) { // "a broken wrist" tells no breaking (attributiveact.go)
		if !e.holds(q, c) || !e.tellsEvent(q, c.s) {
			continue
		}
		s := &e.r.sents[c.s]
		if !statesManner(s) {
			if d := e.elaboration(q, c.s); d != nil {
				return reply{found: true, used: []*sentence{s, d}}, true
			}
		}
		return reply{found: true, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// tellsEvent reports whether sentence i holds every term of q the article
// uses, itself or in the sentences before it in its paragraph and the
// paragraph before, which its pronouns and replies refer back to ("… lost
// the house." "She learned it was gone …"; "In a dissent, Haugland wrote
// …" "Abernathy answered that …"): a sentence without
// the event's verb ("commissioners must approve a share", asked how they
// voted) does not tell how it happened.
func (e *Engine) tellsEvent(q *query, i int) bool {
	s := &e.r.sents[i]
	for _, t := range q.terms {
		if t.known && !t.weak && !holdsTerm(s, t) && !e.toldBefore(i, t) {
			return false
		}
	}
	return true
}

// toldBefore reports whether a body sentence before i, in its paragraph
// or the one before, holds t.
func (e *Engine) toldBefore(i int, t term) bool {
	s := &e.r.sents[i]
	for j := i - 1; j >= 0; j-- {
		p := &e.r.sents[j]
		if p.para == 0 || p.part != s.part || p.para < s.para-1 {
			return false
		}
		if holdsTerm(p, t) {
			return true
		}
	}
	return false
}

// holdsTerm reports whether s holds a form, synonym or multi-word form of t.
func holdsTerm(s *sentence, t term) bool {
	for k := range s.toks {
		if t.matches(s.toks[k]) || t.phraseAt(s.toks, k) {
			return true
		}
	}
	return false
}

// elaboration is the body sentence after i that names a person the
// question asks about as actor (not only as a possessor), shares a common
// word with sentence i ("stoppage time"), and states a manner; nil when
// there is none.
func (e *Engine) elaboration(q *query, i int) *sentence {
	words := commonWords(&e.r.sents[i])
	for n := i + 1; n < len(e.r.sents); n++ {
		d := &e.r.sents[n]
		if d.part != "" || !statesManner(d) || !e.namesActor(q, d) {
			continue
		}
		for _, t := range d.toks {
			if words[t.stem] {
				return d
			}
		}
	}
	return nil
}

// commonWords are the stems of a sentence's lower-case content words
// (no names, numbers or function words).
func commonWords(s *sentence) map[string]bool {
	out := map[string]bool{}
	for _, t := range s.toks {
		if !t.cap && len(t.lower) > 2 && !stopWords[t.lower] && strings.Trim(t.lower, "0123456789,.-") != "" {
			out[t.stem] = true
		}
	}
	return out
}

// namesActor reports whether s names a person of q other than as the
// possessor of a noun ("Ferrer's corner kick" is not Ferrer's act).
func (e *Engine) namesActor(q *query, s *sentence) bool {
	for _, x := range q.subjects {
		for i := range s.toks {
			if n := e.r.longestForm(s, x, i); n > 0 && !s.toks[i+n-1].poss {
				return true
			}
		}
	}
	return false
}

// marginalPrepositions end in -ing but head no clause (Quirk et al.,
// §9.6): "including", "according to".
var marginalPrepositions = set("including", "according", "during", "following", "regarding",
	"concerning", "excluding", "considering", "pending", "notwithstanding")

// mannerWords introduce an adjunct of means, instrument or source (Quirk
// et al., §8.78–8.82: "by", "with", "through", "via", "using", "from").
var mannerWords = set("by", "with", "through", "via", "using", "from")

// statesManner reports whether a sentence has an adjunct of manner or
// means: one of mannerWords, or a supplementive -ing clause after a comma
// (Quirk et al., §15.58: "…, curling a free kick over the wall").
func statesManner(s *sentence) bool {
	for k, t := range s.toks {
		if mannerWords[t.lower] {
			return true
		}
		if k > 0 && !t.cap && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5 && !marginalPrepositions[t.lower] &&
			strings.Contains(s.text[s.toks[k-1].end:t.start], ",") {
			return true
		}
	}
	return false
}
