package lookup

// The delayed identification by title (part of stage 1, reading): a lead
// may hold back a name the reader would not know and give the person's
// post instead, as the subject: "The executive director of the
// Connecticut Port Authority resigned Monday …", with "Richard Vance, 63,
// …" opening the next paragraph (AP Stylebook, "lead", on the delayed
// identification; Brooks et al., "News Reporting and Writing", on the
// delayed-identification lead). The definite description is then the
// first reference to the person named next (delayedlead.go), as an
// indefinite one is. It is read so only as the lead's subject, right
// after the dateline, and as a post: a noun for a person with no of-phrase
// or one naming a body by its capitalised name ("of the Connecticut Port
// Authority"), not a relation to someone else ("The father of a slain
// teen"), whom the next paragraph may name instead.

// definiteTitleSubject finds the lead's definite subject that names a
// post: "the", up to four premodifiers, and a lower-case noun WordNet
// files under person, opening the sentence after its dateline. It returns
// the first premodifier and the head, or 0 and -1.
func (e *Engine) definiteTitleSubject(s *sentence) (from, head int) {
	k := datelineEnd(s)
	if k >= len(s.toks) || s.toks[k].lower != "the" {
		return 0, -1
	}
	for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
		w := s.toks[j]
		if stopWords[w.lower] || punctuatedBetween(s.text, s.toks, j) {
			return 0, -1
		}
		if !w.cap && !w.poss && e.isPersonNoun(singular(w.lower)) && e.isNoun(w) {
			if j+1 < len(s.toks) && s.toks[j+1].lower == "of" && !postOfBody(s, j+2) {
				return 0, -1 // "the father of a slain teen": a relation, not a post
			}
			return k + 1, j
		}
	}
	return 0, -1
}

// postOfBody reports whether the of-phrase from token k names a body by
// its capitalised name, past "the".
func postOfBody(s *sentence, k int) bool {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	return k < len(s.toks) && s.toks[k].cap
}
