package lookup

// The speaker of a trailing attribution is no actor of the statement
// (part of stage 4, who-questions). News writing puts the attribution
// after what it reports ("One firefighter suffered a minor burn on his
// arm and was treated at the scene, Smith said."; AP Stylebook, "said"),
// and the reporting clause is a comment clause outside the reported one
// (Quirk et al. 1985, §14.31 and §15.53): Smith told it; he is not the
// firefighter who was burned. So a who-question about the reported act,
// not about speech, is not answered by the attribution's subject.

// attributionOnly reports whether person mention at, in s, stands only in
// a trailing attribution set off by a comma (", Smith said", ", said Sgt.
// Dale Whitcomb", ", Lt. Rob Hanes of the fire department said"), with
// every matched word before that comma, when q asks no act of speech.
func attributionOnly(q *query, s *sentence, at int, matched []int) bool {
	for _, t := range q.toks {
		if speechVerbs[t.lower] || speechBases[t.lower] || talkBases[t.lower] || findingVerbs[t.lower] {
			return false // "who announced the closure": the telling is asked
		}
	}
	c := -1
	for k := at; k > 0 && at-k <= maxAttributionWords; k-- {
		if commaBetween(s, k-1, k) {
			c = k
			break
		}
	}
	if c < 0 || len(matched) == 0 {
		return false
	}
	for _, m := range matched {
		if m >= c {
			return false
		}
	}
	if speechVerbs[s.toks[c].lower] && !s.quoted[c] {
		return true // ", said Smith"
	}
	for k := at + 1; k < len(s.toks) && k <= at+maxAttributionWords && !commaBetween(s, k-1, k); k++ {
		if speechVerbs[s.toks[k].lower] && !s.quoted[k] {
			return true // ", Smith said"
		}
	}
	return false
}
