package knowledge

import (
	"regexp"
	"strings"
	"time"
)

// A bare weekday names the latest such day before the story's own (AP
// Stylebook, "days of the week" and "dates": the weekday for the past seven
// days), but an act told in the past perfect lies before the narrative's
// past, "past in the past" (Quirk et al. §4.21–4.22; §8.58 on the time it
// is relative to): "Crews hoisted the bell Monday. The foundry had shipped
// it on Wednesday" in a Thursday story is the Wednesday before that Monday,
// not the day before the story. So is a weekday written "the previous
// Friday" or "the Friday before" (WordNet, "previous": "just preceding
// something else in time or order"; "before" as an adverb of relative time,
// Quirk et al. §8.58). Such a weekday is moved back a week while it falls
// after the act the story last told in the simple past with a bare weekday
// (else the first one after it in its sentence). A weekday after "by",
// "until" or "since" is the perfect's own point of reference ("By Friday,
// crews had restored power": Quirk et al. §4.22), and one after "had
// planned to" the time of an act intended then (future in the past, Quirk
// et al. §4.44): neither moves.

// previousDay matches a weekday marked as before the time told: "the
// previous Friday", "the Friday before", "Friday of the week before".
var previousDay = regexp.MustCompile(`(?i)\bthe (?:previous|preceding|prior) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:before|of the (?:previous|preceding|prior) week|of the week before)\b`)

// perfectOpeners end the clause a past perfect is looked for in: a comma,
// semicolon or dash, or a subordinator whose clause has its own tense
// ("had carried it across five states before it reached the village
// Sunday": "reached" is simple past).
var perfectOpeners = []string{", ", "; ", " - ", " — ", " – ", " before ", " after ", " when ", " until ", " while ", " as ", " and "}

// pastPerfectAt reports whether the clause of text that ends at the time
// expression starting at off is in the past perfect: "had" then, past at
// most one adverb ("had already"), a past participle (a regular -ed form or
// an irregular one). "had to" (obligation) and "had" as a main verb ("had
// a meeting") are not.
func pastPerfectAt(text string, from, off int) bool {
	left := from
	for _, o := range perfectOpeners {
		if i := strings.LastIndex(text[from:off], o); i >= 0 && from+i+len(o) > left {
			left = from + i + len(o)
		}
	}
	ws := strings.Fields(strings.ToLower(text[left:off]))
	if n := len(ws); n > 0 && (ws[n-1] == "by" || ws[n-1] == "until" || ws[n-1] == "since") {
		return false // the perfect's point of reference, not its act's time
	}
	for i, w := range ws {
		if w != "had" {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			v := strings.Trim(ws[j], ".,;:\"'")
			if isParticiple(v) {
				return !intendedAct(ws[j+1:])
			}
			if !strings.HasSuffix(v, "ly") && !perfectAdverbs[v] {
				break
			}
		}
	}
	return false
}

// intendedAct reports whether the words after a perfect's participle make
// it catenative ("had planned to reopen", "had been scheduled to"): the
// weekday then dates the act intended, not the perfect's own.
func intendedAct(rest []string) bool {
	for i, w := range rest {
		if w == "to" {
			return true
		}
		if i >= 1 || !isParticiple(w) {
			break
		}
	}
	return false
}

// perfectAdverbs are the adverbs that stand between "had" and its
// participle besides those in -ly (Quirk et al. §8.80, the medial position
// of adverbs of time and of negation): "had already shipped", "had not".
var perfectAdverbs = toSet("not", "never", "just", "also", "already", "first", "once", "since", "earlier", "still", "long")

// irregularParticiples are past participles of English irregular verbs
// that are not their past tense's form (Quirk et al. §3.14–3.16, the
// classes of irregular verbs) or that the lexicon's irregular forms lack.
var irregularParticiples = toSet("been", "flown", "driven", "ridden", "written", "begun", "sung", "swum", "drunk",
	"done", "seen", "drawn", "grown", "known", "shown", "thrown", "blown", "broken", "chosen", "frozen",
	"spoken", "stolen", "woken", "eaten", "fallen", "forgotten", "gotten", "given", "hidden", "risen",
	"shaken", "taken", "worn", "torn", "sworn", "beaten", "bitten", "withdrawn", "rung", "sunk", "sprung",
	"brought", "bought", "caught", "sent", "spent", "built", "left", "kept", "found", "sold", "paid",
	"laid", "won", "lost", "told", "held", "made", "met", "fled", "fought", "sought", "taught", "heard",
	"come", "become", "run", "put", "set", "cut", "hit", "shut", "struck", "hung", "led", "gone", "said")

// isParticiple reports whether w looks like a past participle: a regular
// -ed form, an irregular participle, or an irregular form other than its
// own lemma.
func isParticiple(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "ed") || irregularParticiples[w] {
		return true
	}
	l, ok := irregular[w]
	return ok && l != w
}

// placeBeforeNarrative moves back a week each bare weekday in evs told in the
// past perfect or as "the previous Friday" that falls after the story's
// narrative act it is relative to (see the package comment above). evs are in
// reading order, and weekday says which are bare past weekdays (tWeekday,
// not looking ahead).
func placeBeforeNarrative(d *doc, evs []event, weekday []bool) {
	perfect := make([]bool, len(evs))
	previous := make([]bool, len(evs))
	for i, e := range evs {
		if !weekday[i] || e.Undated {
			continue
		}
		p := &d.paras[e.para]
		s := p.sents[p.sentenceAt(e.off)]
		perfect[i] = pastPerfectAt(p.text, s[0], e.off)
		for _, m := range previousDay.FindAllStringIndex(p.text[s[0]:s[1]], -1) {
			if s[0]+m[0] <= e.off && e.off < s[0]+m[1] {
				previous[i] = true
			}
		}
	}
	for i := range evs {
		if !perfect[i] && !previous[i] {
			continue
		}
		a := narrativeAnchor(d, evs, weekday, perfect, previous, i)
		if a < 0 {
			continue
		}
		at := evs[a].from
		for n := 0; n < 2 && (evs[i].from.After(at) || previous[i] && !evs[i].from.Before(at)); n++ {
			shiftDays(&evs[i], -7)
		}
	}
}

// narrativeAnchor is the index of the act evs[i] is set before: the last
// weekday told in the simple past before it, else the first
// after it in its own sentence; -1 when there is none.
func narrativeAnchor(d *doc, evs []event, weekday, perfect, previous []bool, i int) int {
	plain := func(j int) bool {
		return weekday[j] && !perfect[j] && !previous[j] && !evs[j].Undated
	}
	for j := i - 1; j >= 0; j-- {
		if plain(j) {
			return j
		}
	}
	p := &d.paras[evs[i].para]
	s := p.sentenceAt(evs[i].off)
	for j := i + 1; j < len(evs) && evs[j].para == evs[i].para; j++ {
		if plain(j) && p.sentenceAt(evs[j].off) == s {
			return j
		}
	}
	return -1
}

// shiftDays moves e by n days, and its written date with it.
func shiftDays(e *event, n int) {
	e.from, e.to = e.from.AddDate(0, 0, n), e.to.AddDate(0, 0, n)
	if e.Date != "" {
		if t, err := time.Parse("2006-01-02", e.Date); err == nil {
			e.Date = t.AddDate(0, 0, n).Format("2006-01-02")
		}
	}
}
