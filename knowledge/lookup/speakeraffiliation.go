package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A speaker's affiliation before the verb (part of stage 4, speech.go):
// news writing identifies a speaker by name and the organisation or
// place they belong to, joined by "of" with no comma, and then reports
// what they said: "Retail analyst Priya Castellano of Morningstar said the
// company had waited too long", "Dana Ruiz of the Forest Service said"
// (AP Stylebook, "identification"; Quirk et al. 1985 §17.37, the
// restrictive postmodifying "of" phrase). The "of" phrase belongs to the
// name, so the name is still the reporting verb's subject, as with a name
// and its appositive between commas. Only an "of" phrase that is wholly a
// proper name (capitalised words, after an optional "the") and names no
// person counts, so "the son of a farmer said" and "Lee of the county
// board and the mayor said" keep their subjects.

// affiliatedSpeaker reports whether x's name, ending at token end and
// character nameEnd of s, is followed by "of" and a proper name, of no
// person, that runs up to the reporting verb at v.
func (e *Engine) affiliatedSpeaker(s *sentence, end, nameEnd, v int) bool {
	k := end + 1
	if closeOfStart(s, nameEnd, k) < 0 {
		return false
	}
	k++
	if k < v && s.toks[k].lower == "the" {
		k++
	}
	if k >= v || v-k > 5 || strings.ContainsAny(s.text[s.toks[k].start:s.toks[v].start], ",;:\"“”()—") {
		return false
	}
	for _, t := range s.toks[k:v] {
		if !t.cap {
			return false
		}
	}
	for _, y := range s.named {
		if e.r.ents[y].kind == knowledge.Person && e.formAt(s, y, k) > 0 {
			return false // "Lee of Ann Smith said": no organisation or place
		}
	}
	return true
}
