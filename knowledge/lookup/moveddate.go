package lookup

import (
	"strings"
)

// Moved dates (part of stage 4, when-questions): "The district has pushed
// the first day of school from Aug. 26 to Sept. 3" does not give a span
// of dates but a change: the event was set for the first and is now set
// for the second, "from" marking the source and "to" the goal of the
// change (Quirk et al., §9.15; Levin 1993, §11, verbs of sending and
// carrying, "move", "push", "shift"). When is it is the goal, with the
// date it was moved from beside it.

// rescheduleVerbs move an event in time: the verbs of moving and putting
// off (Levin 1993, §11.2 "slide", §11.4 "push", and WordNet 3.0's
// "postpone, prorogue, hold over, put over, table, shelve, set back,
// defer, remit, put off" and "reschedule").
var rescheduleVerbs = set("push", "pushed", "pushes", "move", "moved", "moves", "shift", "shifted",
	"shifts", "postpone", "postponed", "postpones", "delay", "delayed", "delays", "reschedule",
	"rescheduled", "reschedules", "defer", "deferred", "bump", "bumped", "change", "changed")

// rescheduledFrom matches the text between a reschedule verb and "from":
// its object, short and with no punctuation.
var rescheduledFrom = lazyRE(`^[^,;:.]{0,60}\s$`)

// movedDate is "T2, moved from T1" when time phrase ph of s, opening with
// "from", is the source of a reschedule verb before it and another time
// of s follows after "to"; "" otherwise.
func movedDate(s *sentence, ph string) string {
	if !strings.HasPrefix(strings.ToLower(ph), "from ") {
		return ""
	}
	at := strings.Index(s.text, ph)
	if at < 0 {
		return ""
	}
	joined := joinedTime(s, ph, rangeJoin)
	if joined == ph {
		return ""
	}
	verb := false
	for _, t := range s.toks {
		if t.end <= at && rescheduleVerbs[t.lower] && rescheduledFrom.MatchString(s.text[t.end:at]+" ") {
			verb = true
		}
	}
	if !verb {
		return ""
	}
	goal := strings.TrimSpace(joined[len(ph):])
	goal = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(goal, ","), " "))
	for _, p := range []string{"to ", "through ", "thru "} {
		goal = strings.TrimPrefix(goal, p)
	}
	if w := goal[strings.LastIndexByte(goal, ' ')+1:]; strings.HasSuffix(w, ".") && !keepsPeriod(strings.TrimSuffix(w, ".")) {
		goal = strings.TrimSuffix(goal, ".") // the sentence's full stop, not an abbreviation's
	}
	return goal + ", moved " + strings.TrimSuffix(ph, ".")
}
