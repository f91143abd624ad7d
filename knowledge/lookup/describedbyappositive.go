package lookup

import "strings"

// "Serratops belongs to the centrosaurines, a group of horned dinosaurs":
// an indefinite noun phrase set off by a comma after a definite one is a
// non-restrictive appositive describing it (Quirk et al., §17.65, §17.72),
// not a referent the text leaves unidentified. "What group does it belong
// to" is answered by the noun phrase it describes, as an appositive after
// a name answers by the name (appositiveName).

// describedByAppositive is the definite noun phrase of s, without its
// article, that an indefinite appositive headed by noun follows ("the
// centrosaurines" before ", a group"), or "". Only a phrase in lower case
// is read here: a name is the entity readers' business.
func (e *Engine) describedByAppositive(s *sentence, noun string) string {
	for i, t := range s.toks {
		if t.cap || !e.sameNoun(t, noun) {
			continue
		}
		k := i - 1
		for k > 0 && i-k <= 3 && s.toks[k].lower != "a" && s.toks[k].lower != "an" && e.phraseModifier(s, k, nil) {
			k--
		}
		if k < 1 || s.toks[k].lower != "a" && s.toks[k].lower != "an" || strings.TrimSpace(s.text[s.toks[k-1].end:s.toks[k].start]) != "," {
			continue
		}
		if i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start-1 && e.finiteVerb(s.toks[i+1].lower, nil) {
			continue // "kept buyers on the sidelines, a real estate group reported": the noun phrase is the verb's subject, no appositive
		}
		if p := definiteBefore(s, k-1); p != "" {
			return p
		}
	}
	return ""
}

// definiteBefore is the noun phrase ending at token h of s, in lower case,
// that opens with "the" within four words and no punctuation, without
// the article ("the centrosaurines"), or "". A head that names an entity
// kind (classNouns) refers back to a name, which is the answer instead.
func definiteBefore(s *sentence, h int) string {
	if s.toks[h].cap || stopWords[s.toks[h].lower] || prepositions[s.toks[h].lower] || classNouns[singular(s.toks[h].lower)] != "" {
		return "" // "the company, a Dayton firm": the noun of a kind refers back to a name
	}
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:—") {
			return ""
		}
		l := s.toks[k].lower
		if l == "the" {
			return s.text[s.toks[k+1].start:s.toks[h].end]
		}
		if stopWords[l] || prepositions[l] || s.toks[k].cap {
			return ""
		}
	}
	return ""
}
