package lookup

// "What was he convicted of?" asks the charges of a conviction, which
// news copy gives as the complement of the verdict word after "of" or
// "on" ("found a 27-year-old man guilty of second-degree murder";
// "was also convicted of carrying a concealed weapon"), as
// acquittedof.go reads an acquittal's. A story may tell the convictions
// over several sentences: a later one that adds to the earlier by the
// additive adverb "also" (Quirk et al., A Comprehensive Grammar,
// §8.116-8.117 on additive subjuncts) names more charges, which the
// answer adds; one without it details the charge the lead summed up
// (AP Stylebook, "inverted pyramid"), and its phrase stands for the
// earlier one, as for an acquittal.

// convictionAsked matches a what-question about the charges of a
// conviction.
var convictionAsked = lazyRE(`(?i)^\W*(?:\w+\W+){0,3}?what\b.*\b(?:convicted|convict|found\s+guilty|guilty)\b.*\b(?:of|on)\W*$`)

// convictionCharges answers "what was X convicted of" with the charges
// each conviction of X names.
func (e *Engine) convictionCharges(q *query) (reply, bool) {
	if !convictionAsked.MatchString(q.raw) || acquittalAsked.MatchString(q.raw) {
		return reply{}, false
	}
	if r, ok := e.verdictCharges(q, 1); ok {
		return r, true
	}
	return e.verdictCharges(q, plea) // a plea of guilty convicts: "pleaded guilty in August to felony stealing"
}

// guiltyPleaAsked matches a what-question about the charges of a plea of
// guilty ("what did she plead guilty to").
var guiltyPleaAsked = lazyRE(`(?i)^\W*(?:\w+\W+){0,3}?what\b.*\b(?:plead|pleads|pleaded|pled)\s+guilty\b.*\bto\W*$`)

// pleaCharges answers "what did X plead guilty to" with the charges of
// X's pleas of guilty.
func (e *Engine) pleaCharges(q *query) (reply, bool) {
	if !guiltyPleaAsked.MatchString(q.raw) {
		return reply{}, false
	}
	return e.verdictCharges(q, plea)
}

// verdictCharges answers "what was X convicted of" (v 1) or "acquitted
// of" (v -1) with the charges of every such verdict on X the article
// tells: a later telling marked by additive "also" adds its charges (Quirk
// et al., §8.116), an unmarked one gives the detail of the earlier (the
// inverted pyramid).
func (e *Engine) verdictCharges(q *query, v int) (reply, bool) {
	var used []*sentence
	head := ""
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || len(q.subjects) > 0 && !mentionsAll(s, q.subjects) {
			continue
		}
		ch := verdictCharge(s, v)
		if ch == "" {
			continue
		}
		used = append(used, s)
		if head != "" && countsOnly.MatchString(ch) {
			continue // "guilty verdicts on all 14 counts": how many, not what the charges were
		}
		if head != "" && holdsWord(s, "also") {
			head += "; " + ch // "was also convicted of": more charges
		} else {
			head = ch
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(head) + ".", used: used}, true
}

// countsOnly is a charge phrase that only counts the counts: "all 14
// counts", "three counts".
var countsOnly = lazyRE(`^(?:all\s+|each\s+of\s+)?(?:the\s+)?(?:\S+\s+)?counts?$`)

// holdsWord reports whether s has a token written w, in lower case.
func holdsWord(s *sentence, w string) bool {
	for _, t := range s.toks {
		if t.lower == w {
			return true
		}
	}
	return false
}
