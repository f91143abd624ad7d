package lookup

import (
	"slices"
	"strings"
)

// Rates over time are no extent (part of stage 4): "she swam about 20
// miles a week to prepare" says how much she swims in each week, not how
// far she swam; "it gained as much as 45 pounds a day" is no weight.
// After a measure, the indefinite article before a unit of time means
// "per" (Quirk et al., §5.50, the distributive article: "twice a day",
// "$5 an hour"), as "per" and "every" do, and the adverbs "daily",
// "weekly" and their kin mean "every day", "every week" (WordNet 3.0,
// daily.r.01, weekly.r.01): the figure is then a rate. A question with a
// dimension adjective ("how far", "how heavy", "how long", "how big")
// asks the extent of a thing or an act, which a rate is not, unless the
// question itself asks one per unit of time ("how far does she swim a
// week"), when only a rate over that unit answers.

// periodAdverbs are the adverbs that distribute a measure over a unit of
// time, with that unit (WordNet 3.0 adverbs glossed "every day", "every
// week", and so on).
var periodAdverbs = map[string]string{"hourly": "hour", "daily": "day", "nightly": "night",
	"weekly": "week", "monthly": "month", "yearly": "year", "annually": "year"}

// periodAt is the unit of time toks[k] distributes over, or "": a period
// adverb's, or that of a noun of time after "a", "an", "per", "every" or
// "each" ("each" and "every" distribute as the article does: Quirk et
// al., §6.51).
func periodAt(toks []token, k int) string {
	if k >= len(toks) {
		return ""
	}
	if u, ok := periodAdverbs[toks[k].lower]; ok {
		return u
	}
	switch toks[k].lower {
	case "a", "an", "per", "every", "each":
		if k+1 < len(toks) && measureOf(stemOf(toks[k+1].lower)) == "time" {
			return singular(toks[k+1].lower)
		}
	}
	return ""
}

// distributedOver is the unit of time figure n of s is distributed over
// ("20 miles a week": week), or "" when it is no rate over time.
func distributedOver(s *sentence, n quantity) string {
	if n.kind != qCount || n.unit == "" || measureOf(n.unit) == "time" {
		return ""
	}
	return periodAt(s.toks, n.end)
}

// extentPeriod reports whether q asks an extent by a dimension
// adjective, one whose dimensions are neither speed nor temperature ("how
// far", "how heavy", "how big"; not "how fast", "how hot"), and the unit
// of time the question distributes it over ("how far did she walk a
// day"), if any.
func (q *query) extentPeriod() (string, bool) {
	dims, ok := measureDimensions[q.measure]
	if !ok || slices.Contains(dims, "speed") || slices.Contains(dims, "temperature") {
		return "", false
	}
	for k := range q.toks {
		if u := periodAt(q.toks, k); u != "" {
			return u, true
		}
	}
	return "", true
}

// periodFits reports whether figure n of s can answer q's extent: a rate
// over time answers only a question over the same unit of time, and such
// a question only a rate over it.
func periodFits(q *query, s *sentence, n quantity) bool {
	asked, ok := q.extentPeriod()
	if !ok || n.kind != qCount || n.unit == "" || measureOf(n.unit) == "time" {
		return true
	}
	return distributedOver(s, n) == asked
}

// countPeriodFits reports whether figure n of s can answer a count
// question ("how many") that distributes its count over a unit of time
// ("how many cars cross it a day"): such a question asks how many in
// each such unit. The distributive article, "per", "each", "every" or a
// period adverb marks a figure that is one (Quirk et al., §5.50, §6.51),
// whether right after it ("6,200 vehicles a day") or as an adjunct of
// its clause ("1.2 million people visit the waterfront each year"), and a
// figure whose clause names one such unit counts that unit's total
// ("delivered 212 babies last year"). A figure whose clause names no
// unit of the kind asked ("recovered the two cars by Wednesday evening")
// does not answer it. A question with no such unit is not narrowed.
func countPeriodFits(q *query, s *sentence, n quantity) bool {
	if q.typ != tCount || q.measure != "" || n.kind != qCount {
		return true
	}
	for k := range q.toks {
		if u := periodAt(q.toks, k); u != "" {
			if full, ok := chatForms[u]; ok {
				u = full // "a yr": a year (chat's short forms, words.go)
			}
			return distributedOver(s, n) == u || clauseNamesUnit(s, n.tok, u)
		}
	}
	return true
}

// clauseNamesUnit reports whether the clause of s holding token k names
// unit of time u, by its noun ("each year", "last year") or a period
// adverb ("annually"): the clause runs between commas, semicolons or
// dashes.
func clauseNamesUnit(s *sentence, k int, u string) bool {
	from, to := k, k
	for from > 0 && !strings.ContainsAny(s.text[s.toks[from-1].end:s.toks[from].start], ",;—") {
		from--
	}
	for to+1 < len(s.toks) && !strings.ContainsAny(s.text[s.toks[to].end:s.toks[to+1].start], ",;—") {
		to++
	}
	for _, t := range s.toks[from : to+1] {
		if singular(t.lower) == u || periodAdverbs[t.lower] == u {
			return true
		}
	}
	return false
}

// rateAnswersFast reports whether figure n of s, a rate over time ("gas
// was escaping at roughly 9,000 cubic feet an hour", "growing 350 acres a
// day"), answers q's "how fast" or "how quickly": a rate is the measure of
// how fast a thing changes or flows, the amount per unit of time (Quirk
// et al., §5.50, the distributive article; AP Stylebook, "numerals", on
// rates), whatever the unit of the amount.
func rateAnswersFast(q *query, s *sentence, n quantity) bool {
	return (q.measure == "fast" || q.measure == "quickly") && fastRateAsked(q) && distributedOver(s, n) != ""
}

// fastAsked is "how fast" or "how quickly" in a question.
var fastAsked = lazyRE(`\bhow (?:fast|quickly|quick)\b`)

// fastRateAsked reports whether q asks "how fast" or "how quickly" of no verb
// of motion: of a motion it asks a speed, length over time ("how fast did
// she swim": 1.6 mph, not "20 miles a week", motionspeed.go); of a change
// or a flow, the amount per unit of time, or the size of the change
// (changerate.go), whose measure changeRate has cleared.
func fastRateAsked(q *query) bool {
	return fastAsked.MatchString(strings.ToLower(q.raw)) && !slices.ContainsFunc(q.toks, motionVerbAt)
}

// rateFigureWeight is what a rate over time gains as the answer to a
// rate asked: more than a figure's nearness to the question's verb and
// its kind's point give together, since the rate is the very measure
// asked and a change over a span only stands in for it.
const rateFigureWeight = 4

// rateWeight weighs figure n of s as the answer to q: rateFigureWeight when q asks a
// rate (fastRateAsked) and n is one over a unit of time ("climbing about 2
// inches an hour" before "rose 9 feet in two days", a change over a span
// the rate is the more exact measure of), 0 otherwise.
func rateWeight(q *query, s *sentence, n quantity) float64 {
	if fastRateAsked(q) && (q.typ == tAmount || q.typ == tCount) && distributedOver(s, n) != "" {
		return rateFigureWeight
	}
	return 0
}

// ratePeriodWords are the words after figure n of s that distribute it
// over a unit of time ("an hour", "per day", "daily"), to follow the
// figure in the answer to a rate q asks, or "".
func ratePeriodWords(q *query, s *sentence, n quantity) string {
	if !fastRateAsked(q) || distributedOver(s, n) == "" {
		return ""
	}
	if _, ok := periodAdverbs[s.toks[n.end].lower]; ok {
		return s.toks[n.end].text
	}
	return s.toks[n.end].text + " " + s.toks[n.end+1].text
}
