package lookup

// A proper name with its definite article (part of stage 4): "The team,
// the Marlowe Millers, has played at Duncan Field". Names in the plural,
// as of teams, and many names of organisations take "the" (Quirk et al.,
// §5.64-5.66, proper nouns with the definite article; AP Stylebook,
// "the": lowercase in the middle of a sentence), which is no part of the
// name the article's reading knows.

// nameStart is token i of s, or the token after it when i is a lowercase
// "the" before a capitalised word: where an appositive name begins.
func nameStart(s *sentence, i int) int {
	if i+1 < len(s.toks) && s.toks[i].lower == "the" && !s.toks[i].cap && s.toks[i+1].cap {
		return i + 1
	}
	return i
}
