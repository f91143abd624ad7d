package lookup

// The identification formula of AP style in the passive with a pronoun
// subject: after a sentence that describes a person not yet named ("The
// captain, who was not wearing a survival suit, had not been found"), the
// next one names them as "He was identified by his family as Warren Pike"
// (AP Stylebook, "identify, identified"; the passive of "identified him
// as", its agent in an optional by-phrase, Quirk et al. 1985, §3.63). The
// subject pronoun continues the previous sentence's subject (Quirk et al.,
// §6.11 on anaphoric pronouns; Grosz, Joshi and Weinstein 1995,
// centering), so the person named after "as" is the one described.

// passivePronounIdentified is the person sentence s names after "as" when
// s opens "He was identified" or "She was identified" (an optional
// by-phrase of up to six words before "as"); -1 when it does not.
func (e *Engine) passivePronounIdentified(s *sentence) int {
	if len(s.toks) < 5 || s.toks[0].lower != "he" && s.toks[0].lower != "she" || s.toks[1].lower != "was" || s.toks[2].lower != "identified" {
		return -1
	}
	k := 3
	if s.toks[k].lower == "by" {
		for k < len(s.toks) && k <= 9 && s.toks[k].lower != "as" {
			k++
		}
	}
	if k+1 >= len(s.toks) || s.toks[k].lower != "as" {
		return -1
	}
	if x := e.personNamedAt(s, k+1); x >= 0 {
		return x
	}
	return -1
}
