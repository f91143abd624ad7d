package lookup

// ageHeadNoun reports whether token j of s is an age compound used as a
// noun, the head of its own noun phrase: "A 16-year-old from Florence beat
// a field of 38 players". English converts such an adjective to a count
// noun ("a 16-year-old", "two 16-year-olds"; Quirk et al. 1985, App.
// I.43, adjective to noun conversion; AP Stylebook, "ages": "The race is
// for 3-year-olds"), and a delayed-identification lead so describes the
// person it names next. It is the head when nothing follows it in its
// phrase but punctuation or a function word ("from", "who"); before a
// noun it only premodifies ("a 16-year-old girl").
func ageHeadNoun(s *sentence, j int) bool {
	if !yearOld.MatchString(s.toks[j].lower) {
		return false
	}
	if j+1 >= len(s.toks) || punctuatedBetween(s.text, s.toks, j+1) {
		return true
	}
	n := s.toks[j+1]
	return !n.cap && stopWords[n.lower]
}
