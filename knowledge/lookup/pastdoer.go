package lookup

// A question about the future is not answered by the act told done (part
// of stage 4, who-questions; the doer's counterpart of futureFirst and
// the converse of pastFirst): "who will replace her" asks of an act still
// to come, and "She herself replaced the founder in 2011" tells an
// earlier occasion of that act. The future modal places the question's
// act after the time of speaking and the simple past the sentence's
// before it (Quirk et al. 1985, §4.11–4.14 and §4.42), so a sentence
// telling the asked verb in the simple past names the doer of another
// occasion, not the one asked.

// toldPast reports whether s tells a matched word as a finite verb in
// the simple past (finitePast): no auxiliary before it but the simple
// past passive's "was" (pastPassiveAt), and no future modal, verb of
// intention or schedule before it (intended).
func (e *Engine) toldPast(s *sentence, matched []int) bool {
	if e.noLex || intended(s, matched) {
		return false
	}
	for _, m := range matched {
		if !e.finitePast(s.toks[m].lower) {
			continue
		}
		if m == 0 || !auxiliaryBefore(s.toks[m-1].lower) || pastPassiveAt(s.toks, m) {
			return true
		}
	}
	return false
}

// dropPastTold drops the candidates that tell the matched act in the
// simple past (toldPast) when the question asks of the future
// (asksFuture): the doer of an act done is not the doer of one to come.
func (e *Engine) dropPastTold(q *query, cands []candidate) []candidate {
	if !asksFuture(q) {
		return cands
	}
	var rest []candidate
	for _, c := range cands {
		if !e.toldPast(&e.r.sents[c.s], c.matched) {
			rest = append(rest, c)
		}
	}
	return rest
}
