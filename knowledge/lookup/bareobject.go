package lookup

// A bare number as the object counts no subject (part of stage 4,
// numbers). A numeral whose head noun is left out stands for a noun the
// text names elsewhere (Quirk et al. 1985, §12.31 on ellipsis of the
// head), and a headline writes the harmed so: "Outbreak sickens 240",
// "Crash kills 3". The subject and the object of one verb are two
// participants of its act (Quirk et al., §10.2), so the bare object is no
// count of the subject's noun: 240 people were sickened, not 240
// outbreaks. Verbs whose object is the subject's own amount are the
// exception — "Deaths topped 500" counts the deaths.

// ownAmountVerbs are the stems of those verbs: the register verbs
// ("total", "number", "measure", "average"; Levin 1993, §54.1), the verbs
// of exceeding ("exceed", "surpass", "top"; Levin 1993, §90), and the
// verbs of coming to a level, whose object is the level reached ("reach",
// "hit", "near", "approach", "equal"; Merriam-Webster, "reach" v. 3b "to
// arrive at", "hit" v. 6 "to reach", "near" v. "to approach").
var ownAmountVerbs = set("total", "number", "measur", "reach", "top", "exceed", "surpass", "hit", "near", "approach", "equal", "averag")

// bareObjectOfCounted reports whether bare number n of s stands right
// after a verb whose subject, before it, is the noun q counts.
func (e *Engine) bareObjectOfCounted(q *query, s *sentence, n quantity) bool {
	if n.unit != "" || n.kind != qCount || n.tok < 2 || len(q.focus) == 0 {
		return false
	}
	v := s.toks[n.tok-1]
	if ownAmountVerbs[v.stem] || ownAmountVerbs[stemOf(e.baseVerb(v.lower))] || beForms[v.lower] || prepositions[v.lower] || !e.verbForm(v.lower) || e.canBe(v.lower, "noun") && !e.canBe(e.baseVerb(v.lower), "verb") {
		return false
	}
	subj := s.toks[n.tok-2]
	return !subj.cap && inFocus(q.focus, subj.stem) || subj.cap && inFocus(q.focus, stemOf(subj.lower))
}
