package lookup

// A reported clause is no introduction of its source (part of stage 1,
// what the article introduces a person as). News copy tells a fact and
// closes it with its source, "A neighbor spotted smoke and called 911,
// Fire Chief Dora Lusk said", or with the source after an inverted verb,
// "…, said Trooper Kyle Brandt" (AP Stylebook, "said": attribution after
// the statement). The clause before the comma is the reported clause and
// the name with its verb of saying the reporting clause (Quirk et al.
// 1985, §16.31–16.32, the reporting clause in medial or final position):
// what the clause tells is what the source says, not what the source is,
// as readIntroduction already keeps a reported clause after "said" out.
// So the neighbor of that clause is no description of the fire chief,
// and "the man who got hurt" of "A man was hurt, Lusk said" is not Lusk
// (relclause.go's clauseFit reads only the words after the comma).

// reportedBefore is the index of the first token after the comma that
// closes a clause x is the source of in s, or 0 when x's name there
// closes none: the comma is the last before the name, at most a title
// stands between them, and a verb of saying either opens that stretch
// (", said Trooper Kyle Brandt") or follows the name and ends the clause
// (", Fire Chief Dora Lusk said." or "… said at a news conference"),
// not one followed by what is said ("After the fire, Lusk said the
// building was lost" reports no clause before the comma).
func (e *Engine) reportedBefore(s *sentence, x int) int {
	spans := e.nameSpans(s, x)
	if len(spans) == 0 {
		return 0
	}
	n, k := -1, len(s.toks)
	for i, t := range s.toks {
		if n < 0 && t.start >= spans[0][0] {
			n = i
		}
		if t.start >= spans[0][1] {
			k = i
			break
		}
	}
	c := n
	for c > 0 && !commaBefore(s, c) {
		c--
	}
	if c <= 0 || n-c > maxTitleWords || s.quoted[c] {
		return 0
	}
	if genericSpeech[s.toks[c].lower] && c < n {
		return c // ", said Trooper Kyle Brandt"
	}
	if c == n && k < n {
		return 0
	}
	if k < len(s.toks) && genericSpeech[s.toks[k].lower] && closesAttribution(s, k) {
		return c // ", Fire Chief Dora Lusk said."
	}
	return 0
}

// maxTitleWords bounds the title between an attribution's comma and the
// name ("said Assistant Fire Chief", "state police spokesman").
const maxTitleWords = 4

// closesAttribution reports whether the verb of saying at k ends its
// clause: the sentence's last word, or followed by punctuation or a
// preposition ("said at a news conference", "said in a statement").
func closesAttribution(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return true
	}
	return punctuatedBetween(s.text, s.toks, k+1) || prepositions[s.toks[k+1].lower] || s.toks[k+1].lower == "in"
}
