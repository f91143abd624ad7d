package lookup

// The verdict on each charge (part of stage 4, yes/no): a jury that
// returns a split verdict convicts on some counts and acquits on others
// in one sentence ("found Penning not guilty on two counts of theft, but
// convicted her of one count of obstruction"). The charge is the
// complement of the verdict word before it: "convicted of X", "acquitted
// of X", "not guilty of/on X" (Black's Law Dictionary, 11th ed.,
// "acquittal": the legal certification that an accused person is not
// guilty of the charged offense; AP Stylebook, "innocent, not guilty", on
// "found innocent" for a jury's acquittal). So "was she convicted of
// theft" is answered No by that sentence, though it holds "convicted" and
// "theft", and "was she cleared of obstruction" No as well.

// convictionWords name a verdict of guilt; acquittalWords one of
// innocence. "guilty" after "not" is an acquittal.
var (
	convictionWords = set("convict", "convicts", "convicted", "convicting", "guilty")
	acquittalWords  = set("acquit", "acquits", "acquitted", "acquitting", "acquittal", "clear",
		"clears", "cleared", "exonerate", "exonerated", "innocent")
)

// pleaVerbs enter a plea: "pleaded not guilty to theft" is the
// defendant's answer to the charge, no verdict on it (AP Stylebook,
// "plead, pleaded, pleading").
var pleaVerbs = set("plead", "pleads", "pleaded", "pled", "pleading", "plea", "pleas", "entered")

// plea is verdictAt's value for "guilty" in a plea, which governs the
// charge after it though it is no verdict.
const plea = 2

// verdictAt is +1 for a verdict of guilt at token i of toks, -1 for one
// of innocence, plea for "guilty" in a plea, 0 for no verdict word.
func verdictAt(toks []token, i int) int {
	w := toks[i].lower
	k := i - 1
	if k >= 0 && toks[k].lower == "not" {
		k--
	}
	switch {
	case w == "guilty" && k >= 0 && pleaVerbs[toks[k].lower]:
		return plea
	case w == "guilty" && i > 0 && toks[i-1].lower == "not":
		return -1
	case convictionWords[w]:
		return 1
	case acquittalWords[w]:
		return -1
	}
	return 0
}

// chargeVerdict answers "was X convicted of C" or "was X acquitted of C"
// from the verdict word that governs the charge C in the sentence that
// tells the verdict.
func (e *Engine) chargeVerdict(q *query) (reply, bool) {
	if q.negated {
		return reply{}, false
	}
	asked := 0
	for i := range q.toks {
		if v := verdictAt(q.toks, i); v == plea {
			return reply{}, false // "did he plead guilty to theft": no verdict asked
		} else if v != 0 {
			asked = v
		}
	}
	if asked == 0 {
		return reply{}, false
	}
	var charge []term
	for _, t := range q.terms {
		if !convictionWords[t.lower] && !acquittalWords[t.lower] && t.lower != "found" && t.lower != "jury" {
			charge = append(charge, t)
		}
	}
	if len(charge) == 0 {
		return reply{}, false
	}
	sub := *q
	sub.terms = charge
	return e.amongClosest(&sub, func(c candidate) (reply, bool) {
		s := &e.r.sents[c.s]
		got := chargeVerdictOf(s, c.matched, charge)
		if got == 0 {
			return reply{}, false
		}
		head := "Yes —"
		if got == splitVerdict {
			head = "Partly —" // "guilty of second-degree murder … acquitted him of first-degree murder"
		} else if got != asked {
			head = "No —"
		}
		return reply{found: true, head: head, used: []*sentence{s}}, true
	})
}

// chargeGovernedBy is the verdict (+1 guilt, -1 innocence) of the nearest
// verdict word before every matched token of s, when they all agree, or 0.
func chargeGovernedBy(s *sentence, matched []int) int {
	got := 0
	for _, m := range matched {
		v := 0
		for k := m - 1; k >= 0 && v == 0; k-- {
			v = verdictAt(s.toks, k)
		}
		if v == 0 || v == plea || got != 0 && v != got {
			return 0
		}
		got = v
	}
	return got
}
