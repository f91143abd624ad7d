package lookup

// The age a later mention gives of someone a relative clause first
// introduced (part of stage 4, how old). News copy brings in an unnamed
// person with an indefinite noun phrase and a relative clause telling
// what they did ("pulled a man who had fallen from the platform") and
// goes on with the definite noun, the same person now known, giving the
// age in commas ("The man, 58, had collapsed …"): a definite noun phrase
// refers back to the indefinite one that introduced its referent (Quirk
// et al. 1985, §5.26–5.28 on anaphoric "the"; Halliday and Hasan 1976,
// §6.2 on general nouns, whose one-sex colloquial forms, "guy", stand
// for "man"). Asked "how old was the guy who fell", the reader is owed
// that later age, though its sentence does not repeat the act.

// introducedBy is the index of the noun in s that "a" or "an" opens and a
// relative clause with act t follows ("a man who had fallen"), the noun
// being noun or a general noun of its sex; -1 when s has none.
func introducedBy(s *sentence, noun string, t term) int {
	g := generalNounGender[noun]
	for k := 1; k+2 < len(s.toks); k++ {
		w := s.toks[k].lower
		if d := s.toks[k-1].lower; d != "a" && d != "an" || w != noun && (g == 0 || generalNounGender[w] != g) {
			continue
		}
		if r := s.toks[k+1].lower; r != "who" && r != "that" {
			continue
		}
		j := k + 2
		for j < len(s.toks) && (auxiliaries[s.toks[j].lower] || beForms[s.toks[j].lower] || isAdverb(s.toks[j].lower)) {
			j++
		}
		if j < len(s.toks) && t.actAt(s.toks, j) {
			return k
		}
	}
	return -1
}
