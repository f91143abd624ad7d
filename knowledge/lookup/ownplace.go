package lookup

import "strings"

// The lead's own place (part of stage 4, where-questions). A dateline
// tells where the story's basic information was obtained (AP Stylebook,
// "datelines"), which is the city of the news but need not be the spot
// of the act: a locative adjunct in the lead's own clause ("was found
// safe Thursday in a cornfield"; Quirk et al., §8.45 and §9.17 on place
// adjuncts and prepositions of position) says where the act itself was
// done, when it follows the passive of the act asked within its clause.
// So a where-question the lead answers that way is answered with that
// place first and the dateline after it, which still sets the scene.

// leadOwnPlace answers with the common-noun place ph of the dateline
// sentence s, the dateline's place after it in parentheses: "In a
// cornfield (Ames, Iowa)."
func leadOwnPlace(ph string, s *sentence) reply {
	r := placeReply(ph, s)
	if d := datelinePlace(s); d != "" && !strings.Contains(strings.ToLower(ph), strings.ToLower(d)) {
		r.head = strings.TrimSuffix(r.head, ".") + " (" + d + ")."
	}
	return r
}

// placeAfterPassive reports whether the place phrase ph of s follows a
// matched passive participle ("was found asleep Sunday in a barn") by at
// most six tokens with no punctuation between: an adjunct of that
// clause, not a place in a relative clause of its subject ("a girl who
// walked away from a county fair").
func placeAfterPassive(s *sentence, matched []int, ph string) bool {
	at := strings.Index(s.text, ph)
	if at < 0 {
		return false
	}
	for _, m := range matched {
		if !passiveAt(s.toks, m) {
			continue
		}
		for k := m + 1; k < len(s.toks) && k <= m+7; k++ {
			if punctuatedBetween(s.text, s.toks, k) {
				break
			}
			if s.toks[k].start == at {
				return true
			}
		}
	}
	return false
}
