package lookup

import "strings"

// Who held a record before (part of stage 4, who-questions). A record is
// held by the one who set it: WordNet 3.0 defines the record (n. 6) as
// "the best (or worst) performance ever attested", glossed with "Chicago
// set the homicide record", and the verb "set" (v. 10) as "establish as
// the highest level or best performance". Sports and records copy names
// an old record's holder in a passive -ed postmodifier of the record noun
// ("the Ohio record of 2,204 pounds set by Harlan Voss", "the old mark of
// 2:07:55, set in 2016 by Kenya's Joseph Mwangi"), whose by-phrase is the
// agent (Quirk et al., §3.63, §17.17 on -ed postmodifiers), or in a
// genitive after a verb of breaking ("broke Voss's record"; the
// subjective genitive, Quirk et al., §5.116). "Mark" is the record's word
// in that copy as often as "record" (Merriam-Webster, "mark", n.: "a
// standard of performance"; AP's "set a course mark"). So "who held the
// record before" is answered by that agent, not by the subject of the
// sentence, who broke it. Only a question that asks of an earlier holder
// ("before", "previous", "old", "held") is read so: the current holder
// of a broken record is the one who broke it.

// recordNouns are the nouns for a record in sports and records copy.
var recordNouns = set("record", "records", "mark", "marks")

// earlierHolderCues mark a who-question about a record as asking for its
// holder before now.
var earlierHolderCues = set("before", "previous", "previously", "old", "former", "formerly", "prior", "earlier", "held", "had", "owned")

// breakVerbs are the verbs of surpassing a record (WordNet 3.0, break v.
// "surpass in excellence": "She broke the record").
var breakVerbs = set("broke", "breaking", "broken", "breaks", "break", "surpassed", "surpassing", "eclipsed", "eclipsing", "bettered", "topped")

// recordHolder answers "who held the record before" with the agent of
// the "set … by" postmodifying a record noun, or the genitive name before
// a record noun a verb of breaking governs; of several records, the one
// whose sentence holds most of the question's words ("the youth
// catfish record").
func (e *Engine) recordHolder(q *query) (reply, bool) {
	if !asksEarlierRecordHolder(q.toks) {
		return reply{}, false
	}
	best, most := reply{}, -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if held := termsHeld(q, s); held > most {
			if r, ok := e.recordHolderIn(q, s); ok {
				best, most = r, held
			}
		}
	}
	return best, most >= 0
}

// recordHolderIn is the earlier holder of a record s names, if any.
func (e *Engine) recordHolderIn(q *query, s *sentence) (reply, bool) {
	for k, t := range s.toks {
		if !recordNouns[t.lower] || quotedAt(s, k) {
			continue
		}
		if b := setByAfter(s, k); b > 0 {
			if agent, ok := e.agentAt(s, b+1); ok {
				return reply{found: true, head: agent, used: []*sentence{s}}, true
			}
		}
		if x := e.brokenGenitiveHolder(s, k); x >= 0 && !contains(q.subjects, x) {
			return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// termsHeld is how many of the question's terms s holds.
func termsHeld(q *query, s *sentence) int {
	n := 0
	for _, x := range q.terms {
		if termsWithin([]term{x}, s, 0, len(s.toks)) {
			n++
		}
	}
	return n
}

// asksEarlierRecordHolder reports whether a who-question names a record
// and a cue that it asks of the holder before now.
func asksEarlierRecordHolder(toks []token) bool {
	if len(toks) < 3 || toks[0].lower != "who" && toks[0].lower != "whos" && toks[0].lower != "who's" && toks[0].lower != "who'd" {
		return false
	}
	record, earlier := false, false
	for _, t := range toks[1:] {
		record = record || t.lower == "record" || t.lower == "records"
		earlier = earlier || earlierHolderCues[t.lower]
	}
	return record && earlier
}

// setByAfter is the index of the "by" of a "set … by" postmodifying the
// record noun at k of s: "set" within the record's phrase (past an
// of-phrase of its measure and a comma), not after a subject or an
// auxiliary ("Pelfrey set a record": active; "was set by": the clause's
// own passive, which passiveagent.go reads), then "by" within four
// words ("set in 2016 by"); -1 otherwise.
func setByAfter(s *sentence, k int) int {
	for j := k + 1; j < len(s.toks) && j <= k+7; j++ {
		w := s.toks[j].lower
		if w != "set" {
			if recordNouns[w] || breakVerbs[w] || strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ";—") {
				return -1
			}
			continue
		}
		if passiveAt(s.toks, j) || auxiliaries[s.toks[j-1].lower] {
			return -1
		}
		if b := byAfter(s, j); b > 0 {
			return b
		}
		return -1
	}
	return -1
}

// brokenGenitiveHolder is the entity named in the genitive before the
// record noun at k of s ("broke Voss's state record") when a verb of
// breaking stands just before the genitive; -1 otherwise.
func (e *Engine) brokenGenitiveHolder(s *sentence, k int) int {
	g := k - 1
	for g > 0 && !s.toks[g].poss && (yearOf(s.toks[g]) > 0 || !s.toks[g].cap && premodifier(s.toks[g].lower) && !determiners[s.toks[g].lower]) {
		g-- // "Voss's 2019 state record"
	}
	if g < 1 || !s.toks[g].poss {
		return -1
	}
	x, at := e.lastEntityIn(s, max(0, g-4), g+1)
	if x < 0 || at+e.formAt(s, x, at) != g+1 || at == 0 || !breakVerbs[s.toks[at-1].lower] {
		return -1
	}
	return x
}

// placedOrRecordHolder answers who holds a finishing place
// (placedwho.go) or who held a record before (recordHolder).
func (e *Engine) placedOrRecordHolder(q *query) (reply, bool) {
	if r, ok := e.placedWho(q); ok {
		return r, true
	}
	return e.recordHolder(q)
}
