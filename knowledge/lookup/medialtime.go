package lookup

// A time adjunct may stand between the subject and its verb (part of
// stage 4, who-questions): "The Federal Railroad Administration on
// Tuesday fined Great Plains Railroad", "Police on Tuesday arrested a
// man". Medial position is one of the adverbial's ordinary places
// (Quirk et al. 1985, §8.14–8.20 on adverbial positions), and news leads
// put the day of the act there often (AP Stylebook, "time element":
// put it where it reads naturally, often right after the verb or
// between subject and verb). So the subject ends before the time
// expression and its preposition, not at the day's name.

// medialTimeSkipped is the index before a time expression of s that
// ends at token k, with its preposition ("on Tuesday", "last week"),
// when the token before it is spaced to it; k otherwise.
func medialTimeSkipped(s *sentence, k int) int {
	if k < 1 || !inSpans(s.times, s.toks[k].start) {
		return k
	}
	j := k
	for j > 0 && inSpans(s.times, s.toks[j-1].start) {
		j--
	}
	if j > 0 && (s.toks[j-1].lower == "on" || s.toks[j-1].lower == "in") {
		j--
	}
	if j < 1 || !spaced(s, j-1, k) || prepositions[s.toks[j-1].lower] || auxiliaries[s.toks[j-1].lower] {
		return k
	}
	return j - 1
}
