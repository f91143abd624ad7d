package lookup

import (
	"strings"
)

// Paragraph time (part of stage 4, times): "when did they lock the doors"
// of "The bees arrived shortly before 11 a.m. … They locked the front
// doors." A news paragraph names its time once and tells what follows in
// that frame: a time adjunct holds for the sentences after it until
// another replaces it (Quirk et al., A Comprehensive Grammar, §8.55 on
// time adjuncts and §19.41 on time reference kept across sentences; the
// AP Stylebook, "time element": the time goes in the first sentence where
// it matters). The order of events reads a paragraph so (datedBy,
// choice.go); a "when" question does too, when the sentence that tells
// the act asked names no time of its own.

// paragraphTime answers "when …" with the time the paragraph last named
// before the sentence that tells the act asked, when that sentence tells
// it (paragraphTold) and has no time of its own. The time must date an
// event of its sentence, not bound a state or date a telling
// (eventTimes), and must stand outside quotation marks. A sentence that
// names its time again by "that" ("moved the colony into a hive that
// evening"; demonstrativetime.go) is answered by that phrase.
func (e *Engine) paragraphTime(q *query) (reply, bool) {
	c, ok := e.best(q, nil)
	if !ok || !e.paragraphTold(q, c) {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if len(s.times) > 0 || s.part != "" {
		return reply{}, false // a sentence with its own time the time stage has read
	}
	if m := demonstrativeTimeRe.FindString(s.text); m != "" {
		return reply{found: true, head: capitalise(m) + ".", used: []*sentence{s}}, true
	}
	d := e.datedBy(c.s)
	if d == nil || d == s {
		return reply{}, false
	}
	spans := eventTimes(d, []int{len(d.toks) - 1})
	for k := len(spans) - 1; k >= 0; k-- {
		sp := spans[k]
		if quotedSpan(d, sp[0]) || forDuration(d, sp) {
			continue // "deliberated for about five hours": how long, not when (durationspan.go)
		}
		ph := strings.TrimSuffix(d.text[sp[0]:sp[1]], ".")
		if m := atClock.FindStringSubmatch(ph); m != nil && isClockTime(ph) && toldAfter(s) {
			ph = "after " + m[1] // "Officers then diverted traffic": after 11:40 a.m., not at it
		}
		return reply{found: true, head: capitalise(ph) + ".", used: []*sentence{s, d}}, true
	}
	return reply{}, false
}

// paragraphTold reports whether candidate c tells the act q asks: it
// holds three quarters of the question's weight, or half of it with the
// question's subject and the asked verb used as a verb (whenverb.go), so
// "when did Vega brush the bees into the box" is told by "She brushed the
// cluster into a cardboard box". A sentence that names the act only by a
// noun tells it as done, and is no answer.
func (e *Engine) paragraphTold(q *query, c candidate) bool {
	if len(q.subjects) > 0 && c.subjects == 0 {
		return false
	}
	v, ok := e.askedWhenVerb(q)
	if ok && !usesAsVerb(&e.r.sents[c.s], c.matched, v) {
		return false
	}
	return c.coverage >= 0.75 || ok && c.subjects > 0 && c.coverage >= 0.5
}

// toldAfter reports whether s tells its act as following the one before
// by a connective of sequence outside quotation marks ("Officers then
// diverted traffic"; Quirk et al. §8.137–8.139): within a day's frame the
// act keeps the day, but a clock time names the moment before it.
func toldAfter(s *sentence) bool {
	for k, t := range s.toks {
		if afterConnectives[t.lower] && !quotedAt(s, k) {
			return true
		}
	}
	return false
}

// afterConnectives are the adverbs of sequence that place an act after
// the one told before (Quirk et al. §8.137: "then", "later",
// "afterward(s)").
var afterConnectives = set("then", "later", "afterward", "afterwards")

// atClock is a clock time that names its moment itself ("at 11:40
// a.m.", or the bare time), its group 1 the time without its
// preposition: "shortly before 11 a.m." or "by 3 p.m." bound a moment,
// and no "after" can be told from them.
var atClock = lazyRE(`(?i)^(?:(?:at|around|about)\s+)?((?:\d|noon|midnight).*)$`)

// quotedSpan reports whether the token at byte offset at of s stands
// inside quotation marks.
func quotedSpan(s *sentence, at int) bool {
	for k, t := range s.toks {
		if t.start >= at {
			return quotedAt(s, k)
		}
	}
	return false
}
