package lookup

import "slices"

// The mass a measure measures (part of stage 4): "how much acid leaked"
// asks a measure of acid, which "roughly 4,000 gallons had spilled"
// gives when its sentence names the acid the measure phrase leaves out,
// and "how many gallons of propane" is not answered by gallons of acid.

// massDimensions are the dimensions whose units measure a quantity of a
// mass ("4,000 gallons of acid", "14 inches of snow", "3 tons of
// grain": partitives of measure, Quirk et al., §5.9); time and
// temperature measure no stuff.
var massDimensions = set("volume", "weight", "length", "area")

// measuredMass is the stems of the mass noun q asks the measure of, with
// the article's words for it, and the noun as written: the noun after "of" that follows a unit
// ("how many gallons of propane"), or the noun "how much" quantifies
// when it is no unit and no dimension ("how much acid"); nil when there
// is none.
func (q *query) measuredMass() ([]string, string) {
	if len(q.focus) == 0 {
		return nil, ""
	}
	head := q.focus[len(q.focus)-1]
	mass := ""
	switch {
	case measureOf(head) != "":
		for i := 0; i+2 < len(q.toks); i++ {
			if q.toks[i].stem != head || q.toks[i+1].lower != "of" {
				continue
			}
			k := i + 2
			if determiners[q.toks[k].lower] && k+1 < len(q.toks) {
				k++
			}
			if !stopWords[q.toks[k].lower] {
				mass = q.toks[k].stem
			}
		}
	case q.typ == tAmount && !isDimension(head) && !q.countsMoney():
		mass = head
	}
	if mass == "" {
		return nil, ""
	}
	out, word := []string{mass}, ""
	for _, t := range q.terms {
		if t.stem == mass {
			out, word = append(out, t.alts...), t.lower
		}
	}
	return out, word
}

// massFit is 1 when measure n of s measures the mass q asks about, -1
// when it measures another, 0 when q asks no mass or n is no measure of
// one. A measure phrase names its mass after "of" ("4,000 gallons of
// acid"), or leaves it out when the sentence has named it already
// ("the leaking acid car …, roughly 4,000 gallons had spilled": ellipsis
// of a noun phrase recoverable from its context, Quirk et al., §12.31);
// a sentence that names neither measures something else. A kind of the
// mass WordNet knows is the mass ("12 miles of interstate" for "miles of
// road").
func (e *Engine) massFit(q *query, s *sentence, n quantity) int {
	mass, word := q.measuredMass()
	if len(mass) == 0 || !massDimensions[measureOf(n.unit)] {
		return 0
	}
	meets := e.massMeets(mass, word)
	if end := pastConversion(s, n); end+1 < len(s.toks) && s.toks[end].lower == "of" {
		for k := end + 1; k < len(s.toks) && k <= end+3 && !punctuatedBetween(s.text, s.toks, k); k++ {
			if meets(s.toks[k]) {
				return 1
			}
		}
		return -1 // "4,000 gallons of acid" for "how many gallons of propane"
	}
	if slices.ContainsFunc(s.toks, meets) {
		return 1
	}
	return -1
}

// massMeets reports of a token whether it names the mass asked (its
// stems mass, written word): by a form or synonym of it, or as a kind of
// it WordNet knows.
func (e *Engine) massMeets(mass []string, word string) func(token) bool {
	return func(t token) bool {
		return slices.ContainsFunc(mass, t.meets) || !e.noLex && word != "" && e.lex.KindOf(singular(t.lower), singular(word))
	}
}

// massUnit is unitOf's verdict, unit as found so far, once the mass a
// measure measures is weighed: "how much rain" is measured by "Rainfall
// reached 14.6 inches" and "4 inches of rain" (measuresMass), "how much
// acid leaked" by "roughly 4,000 gallons had spilled" after "the leaking
// acid car" (massFit), and not by gallons of another mass.
func (e *Engine) massUnit(q *query, s *sentence, n quantity, unit int) int {
	if e.sumOfOtherMatter(q, s, n) {
		return -1 // "how much chlorine leaked": not "fined Clearwell $12,500"
	}
	if timeForMass(q, n) {
		return -1 // "how much rain fell": not "in 72 hours"
	}
	if unit < 0 && q.typ == tAmount && measuresMass(q, s, n) {
		return 1
	}
	if m := e.massFit(q, s, n); m > 0 || m < 0 && !measuresMass(q, s, n) {
		return m
	}
	return unit
}
