package lookup

import (
	"strconv"
	"strings"
)

// News writing times the events of a breaking story by the clock ("called
// 911 at 5:40 p.m.", "reached the sump at 11 p.m."; AP Stylebook, "time
// of day": "11 a.m.", "5:40 p.m.", "noon", "midnight") and leaves the
// span between two of them for the reader to work out. A question that
// asks the time between two events — "how long after the call did divers
// arrive", "how long between the report and the closing", "how long from
// the call to the rescue" (Quirk et al., §8.55–8.57 on "after" and
// "before" relating two times; §9.36–9.38, "between … and", "from … to")
// — is answered by the difference of the times the article gives the
// two events, said to be worked out and citing both. An event's time is
// the clock time its words stand before in its sentence: English puts an
// adjunct of time position after the verb and its object (Quirk et al.,
// §8.52, the end position of time adjuncts), so the words from the
// previous clock time up to a clock time tell what happened then, and
// the words after a sentence's last clock time tell of that time too.

// clockEvent is one clock time of the article: its minutes after
// midnight, its text and its sentence.
type clockEvent struct {
	minutes int
	text    string
	s       *sentence
	from    int  // first token of the words that tell the event
	to      int  // token after them
	hedged  bool // an approximator before it: "about 4:45 a.m."
}

// intervalEvents splits an interval question into the words of its
// earlier and later events: "how long after A did B", "how long before A
// did B" (B the earlier), "how long between A and B", "how long from A
// to B". It reports false for any other question.
func intervalEvents(q *query) (earlier, later []token, ok bool) {
	k := 1
	for ; k+2 < len(q.toks) && !(q.toks[k].lower == "long" && q.toks[k-1].lower == "how"); k++ {
	}
	if k+2 >= len(q.toks) {
		return nil, nil, false
	}
	rest := q.toks[k+2:]
	split := func(stop map[string]bool) int {
		for i, t := range rest {
			if stop[t.lower] && i > 0 {
				return i
			}
		}
		return -1
	}
	switch q.toks[k+1].lower {
	case "after", "before":
		i := split(auxiliaries)
		if i < 0 {
			return nil, nil, false
		}
		if q.toks[k+1].lower == "before" {
			return rest[i+1:], rest[:i], true
		}
		return rest[:i], rest[i+1:], true
	case "between":
		i := split(set("and"))
		if i < 0 {
			return nil, nil, false
		}
		return rest[:i], rest[i+1:], true
	case "from":
		i := split(set("to", "until", "till"))
		if i < 0 {
			return nil, nil, false
		}
		return rest[:i], rest[i+1:], true
	}
	return nil, nil, false
}

// eventStems are the stems of an event's content words: past the stop
// words, the light verbs and the operators.
func eventStems(toks []token) []string {
	var out []string
	for _, t := range toks {
		if !stopWords[t.lower] && !lightVerbs[t.lower] && !auxiliaries[t.lower] && t.stem != "" {
			out = append(out, t.stem)
		}
	}
	return out
}

// clockMinutes reads the clock time at token i of s ("5:40 p.m.", "11
// a.m.", "noon", "midnight") as minutes after midnight, with the index
// after it.
func clockMinutes(s *sentence, i int) (int, int, bool) {
	switch s.toks[i].lower {
	case "noon":
		return 12 * 60, i + 1, true
	case "midnight":
		return 0, i + 1, true
	}
	if i+1 >= len(s.toks) {
		return 0, 0, false
	}
	mer := s.toks[i+1].lower
	if mer != "a.m." && mer != "p.m." {
		return 0, 0, false
	}
	hs, ms, colon := strings.Cut(s.toks[i].lower, ":")
	h, err := strconv.Atoi(hs)
	if err != nil || h < 1 || h > 12 {
		return 0, 0, false
	}
	m := 0
	if colon {
		if m, err = strconv.Atoi(ms); err != nil || m < 0 || m > 59 {
			return 0, 0, false
		}
	}
	h %= 12
	if mer == "p.m." {
		h += 12
	}
	return h*60 + m, i + 2, true
}

// clockEvents are the clock times of the article's body, each with the
// words that tell its event.
func (e *Engine) clockEvents() []clockEvent {
	var out []clockEvent
	for si := range e.r.sents {
		s := &e.r.sents[si]
		if s.para == 0 {
			continue
		}
		first := len(out)
		prev := 0
		for i := 0; i < len(s.toks); i++ {
			m, next, ok := clockMinutes(s, i)
			if !ok {
				continue
			}
			hedged := i > 0 && numberApproximators[s.toks[i-1].lower]
			out = append(out, clockEvent{minutes: m, text: s.text[s.toks[i].start:s.toks[next-1].end], s: s, from: prev, to: i, hedged: hedged})
			prev, i = next, next-1
		}
		if len(out) > first {
			out[len(out)-1].to = len(s.toks) // the words after the last time tell of it too
		}
	}
	return out
}

// bestClock is the clock time whose words hold the most of stems, at
// least half of them and the last, the event's head: the verb of a
// clause ("the sled broke"), the noun of a phrase ("the call"; Quirk et
// al. §2.3 on the verb as the clause's centre, §17.5 on the head of a
// noun phrase), for a time whose words name only the participants
// ("Penner", "sled dog race") does not tell the event; the first in the
// article on a tie. It reports false when none holds half.
func bestClock(events []clockEvent, stems []string) (clockEvent, bool) {
	best, bestN := clockEvent{}, 0
	for _, c := range events {
		n, head := 0, false
		for k, st := range stems {
			for _, t := range c.s.toks[c.from:c.to] {
				if t.meets(st) {
					n++
					head = head || k == len(stems)-1
					break
				}
			}
		}
		if n > bestN && head {
			best, bestN = c, n
		}
	}
	return best, len(stems) > 0 && 2*bestN >= len(stems)
}

// clockInterval answers an interval question by the difference of the
// clock times the article gives its two events, when both are found and
// differ, and the later falls less than a day after the earlier (one
// past midnight is on the next day).
func (e *Engine) clockInterval(q *query) (reply, bool) {
	if q.measure != "long" {
		return reply{}, false
	}
	a, b, ok := intervalEvents(q)
	if !ok {
		return reply{}, false
	}
	sa, sb := eventStems(a), eventStems(b)
	if len(sa) == 0 || len(sb) == 0 {
		return reply{}, false
	}
	events := e.clockEvents()
	ca, okA := bestClock(events, sa)
	cb, okB := bestClock(events, sb)
	if !okA || !okB || ca.s == cb.s && ca.to == cb.to {
		return reply{}, false
	}
	d := cb.minutes - ca.minutes
	if d <= 0 {
		d += 24 * 60
	}
	used := []*sentence{ca.s}
	if cb.s != ca.s {
		used = append(used, cb.s)
	}
	if cb.s.para < ca.s.para {
		used[0], used[1] = used[1], used[0]
	}
	head := minutesWritten(d) + ", from " + ca.text + " to " + cb.text + ", worked out from the two times the article gives."
	if ca.hedged || cb.hedged {
		head = "About " + strings.ToLower(head[:1]) + head[1:] // "about 4:45 a.m.": the span is no closer than its times
	}
	return reply{found: true, head: head, used: used}, true
}

// minutesWritten writes a span of minutes in hours and minutes ("5 hours and
// 20 minutes", "35 minutes", "1 hour"), capitalised.
func minutesWritten(d int) string {
	unit := func(n int, w string) string {
		if n == 1 {
			return "1 " + w
		}
		return strconv.Itoa(n) + " " + w + "s"
	}
	h, m := d/60, d%60
	switch {
	case h == 0:
		return unit(m, "minute")
	case m == 0:
		return unit(h, "hour")
	}
	return unit(h, "hour") + " and " + unit(m, "minute")
}
