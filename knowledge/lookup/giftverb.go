package lookup

import "slices"

// Verbs of giving without payment (part of stage 2): a gift is reported
// by any of the verbs that transfer a thing to a recipient for nothing
// in return, now or to come: "give" and "gift" (Levin 1993, §13.1 "give"
// verbs; WordNet 3.0 lists "gift" in the synset "give, gift, present"),
// "donate" and "contribute" (§13.2 "contribute" verbs), and "bequeath",
// "grant", "promise", "pledge" and "will" (§13.3 verbs of future having,
// with "pledge", which WordNet 3.0 files under "promise"). News copy
// tells a donation by one of them in the lead ("have pledged $85 million
// to the university") and by another in the headline or the question
// ("gives", "how much did he donate"), so a question's verb of giving
// meets the article's others. The verbs of giving for pay ("sell",
// "lend", "pay") and "award", "offer" are left out: they do not report
// a gift.
var giftLemmas = set("give", "gift", "donate", "contribute", "bequeath", "grant", "promise", "pledge", "will")

// giftStems are the stems of giftLemmas.
var giftStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range giftLemmas {
		m[stemOf(w)] = true
	}
	return m
}()

// giftVerb reports whether w is a form of a verb of giving other than
// the bare "will", which is also the auxiliary; its inflected forms
// ("willed", "wills") are the verb of bequeathing only, as the modal has
// no -ed or -s form (Quirk et al., §3.40, the modals' defective
// paradigm).
func (e *Engine) giftVerb(w string) bool {
	b := stemOf(e.baseVerb(w))
	if b == stemOf("will") {
		return w != "will" && e.canBe(w, "verb")
	}
	return giftStems[b] && e.canBe(w, "verb")
}

// bequestVerb reports whether w is a form of "leave", which with a sum
// for its object is a verb of future having, giving by will (Levin
// 1993, §13.3, "leave" beside "bequeath" and "will"; WordNet 3.0
// bequeath.v.01 "bequeath, will, leave"). It is one only where a "how
// much" question asks the sum: "when did he leave" asks a departure.
func (e *Engine) bequestVerb(w string) bool {
	return stemOf(e.baseVerb(w)) == stemOf("leave") && e.canBe(w, "verb")
}

// withGiftVerbs gives a question's verb of giving (giftLemmas) the
// article's other verbs of giving, as alternatives. The auxiliary "will"
// is no verb of giving, so it is neither a question's nor an article's.
func (e *Engine) withGiftVerbs(q *query, terms []term) []term {
	terms = e.withVerbClass(terms, e.giftVerb)
	if e.noLex || q.typ != tAmount || !asksHowMuch(q.toks) {
		return terms
	}
	// the question's "leave" only: the article's "left" is as often a
	// departure ("about 40% of its vendors left") and gives no other
	// verb of giving its sense
	for i := range terms {
		if !e.bequestVerb(terms[i].lower) {
			continue
		}
		for _, g := range e.verbsKnown(e.giftVerb) {
			if !slices.Contains(terms[i].alts, g) {
				terms[i].alts = append(terms[i].alts, g) // "how much did he leave her": "willed her $1.4 million"
			}
		}
	}
	return terms
}

// withVerbClass gives each term that is a verb of a class (member) the
// stems of the article's verbs of the class, as alternatives.
func (e *Engine) withVerbClass(terms []term, member func(string) bool) []term {
	if e.noLex {
		return terms
	}
	var verbs []string
	asked := false
	for i := range terms {
		if !member(terms[i].lower) {
			continue
		}
		if !asked {
			verbs, asked = e.verbsKnown(member), true
		}
		for _, g := range verbs {
			if g != terms[i].stem && !slices.Contains(terms[i].alts, g) {
				terms[i].alts = append(terms[i].alts, g)
			}
		}
		terms[i].known = terms[i].known || len(verbs) > 0
	}
	return terms
}

// verbsKnown returns the stems of the article's words that are verbs of
// a class (member), sorted.
func (e *Engine) verbsKnown(member func(string) bool) []string {
	var out []string
	for w := range e.r.words {
		if st := stemOf(w); member(w) && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}
