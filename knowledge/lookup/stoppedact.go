package lookup

import "strings"

// A stopped act (part of stage 4, yes/no): "she had stopped going while
// the buses ran" denies that she went while they ran, and that she kept
// going. A terminative aspectual verb ("stop", "quit", "cease") with an
// -ing complement says the act no longer held from then on (Quirk et al.
// 1985, §16.49 on the catenatives of aspect; Biber et al. 1999, §9.4.3 on
// verbs of aspect taking -ing clauses). So a question that asks whether
// the act went on ("keep", "continue", "still") or whether it held at the
// very anchor the sentence gives its stop ("while the buses ran") is
// answered No, and a bare "did she go there" is left alone: she went
// before she stopped.

// terminativeVerbs are the forms of the aspectual verbs of ending that
// take an -ing complement (Quirk et al. §16.49).
var terminativeVerbs = set("stop", "stops", "stopped", "quit", "quits", "ceased", "cease", "ceases")

// continuativeWords ask whether an act went on (Quirk et al. §16.49:
// "keep", "continue"; §8.79 on "still").
var continuativeWords = set("keep", "keeps", "kept", "continue", "continues", "continued", "still")

// stoppedAct reports whether s tells that the act a matched -ing word
// names was stopped, and q asks whether it went on or held at an anchor s
// places the stop against.
func stoppedAct(q *query, s *sentence, matched []int) bool {
	if q.negated {
		return false
	}
	stopped := false
	for _, m := range matched {
		if m > 0 && strings.HasSuffix(s.toks[m].lower, "ing") && terminativeVerbs[s.toks[m-1].lower] {
			stopped = true
		}
	}
	if !stopped {
		return false
	}
	for _, t := range q.toks {
		if continuativeWords[t.lower] {
			return true
		}
	}
	return stopAnchored(q, s)
}

// stopAnchored reports whether q places its act against an event by a
// subordinator or preposition of time (Quirk et al. §15.25: "while",
// "when", "during", "after", "since") whose head word s names after one
// of anchorMarkers.
func stopAnchored(q *query, s *sentence) bool {
	for i, t := range q.toks {
		if !stopMarkers[t.lower] {
			continue
		}
		for j := i + 1; j < len(q.toks) && j <= i+3; j++ {
			if w := q.toks[j].lower; !determiners[w] && !q.toks[j].poss && !stopWords[w] {
				return placesAgainst(s, q.toks[j].stem)
			}
		}
	}
	return false
}

// stopMarkers are the words of time a question's anchor follows.
var stopMarkers = set("while", "when", "during", "after", "since")

// placesAgainst reports whether s names noun within four words after one
// of anchorMarkers.
func placesAgainst(s *sentence, noun string) bool {
	for i, t := range s.toks {
		if !anchorMarkers[t.lower] {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
			if s.toks[j].stem == noun {
				return true
			}
		}
	}
	return false
}
