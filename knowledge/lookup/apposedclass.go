package lookup

import (
	"slices"
	"strings"
)

// Classed by apposition (part of stage 1, beside classed.go): "The
// Spokane Valley Riverhawks, the Class A baseball team that …" classes
// a named thing by a noun just as "is a … team" does. A non-restrictive
// appositive is in a relation of equivalence with its anchor and can be
// read as its subject complement ("The Riverhawks are the Class A
// baseball team"; Quirk et al., A Comprehensive Grammar, 1985, §17.65 and
// §17.72 on appositives of identification and attribution), so a later
// "the team" and "the team's" refer back to it (§5.32, anaphoric "the";
// the genitive is the inflected form of that noun phrase, §5.115ff).
// Capitalised premodifiers ("the Class A baseball team", "the Boise-based
// nonprofit") stay in the appositive noun phrase (§17.104ff on
// premodification); its head is the last common noun before a
// postmodifier or a mark.

// classOrApposedNoun is the noun s classes named thing x by: the
// complement of "is a … N" after its name (classNoun), else the head of
// an appositive straight after its name.
func (e *Engine) classOrApposedNoun(s *sentence, x int) string {
	k := e.position(s, x)
	if n := e.classNoun(s, k); n != "" {
		return n
	}
	return e.apposedClassNoun(s, k+e.formAt(s, x, k))
}

// apposedClassNoun is the head noun of the appositive ", the/a/an … N"
// that opens at token j of s, straight after its anchor's name, or "".
// The appositive must end where a noun phrase ends, at a mark, a
// relative word or a preposition: "Dwayne Oduya, the team announced"
// is a reporting clause, its noun phrase the subject of a verb.
func (e *Engine) apposedClassNoun(s *sentence, j int) string {
	if j == 0 || j+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[j-1].end:s.toks[j].start]) != "," {
		return ""
	}
	if w := s.toks[j].lower; w != "the" && w != "a" && w != "an" {
		return ""
	}
	head := ""
	for i := j + 1; i < len(s.toks) && i < j+7; i++ {
		t := s.toks[i]
		if t.cap && head == "" {
			continue // "the Class A baseball team": a proper premodifier
		}
		if relativeWords[t.lower] || t.lower == "who" || prepositions[t.lower] || t.lower == "of" || t.lower == "in" {
			return e.nounHead(head) // "the … team that has played", "an affiliate of"
		}
		if t.cap || stopWords[t.lower] || !plainWord(t.lower) {
			return "" // another phrase: no appositive noun phrase ends here
		}
		head = t.lower // "rowing" may premodify ("the rowing club") or be a verb
		if i+1 == len(s.toks) || strings.TrimSpace(s.text[t.end:s.toks[i+1].start]) != "" {
			return e.nounHead(head) // a comma or other mark ends the noun phrase
		}
	}
	return ""
}

// nounHead is w when it can head a noun phrase, or "" for a verb form
// (a participle or an irregular past: "the team announced", "the club
// said"), which makes the phrase before it a clause's subject.
func (e *Engine) nounHead(w string) string {
	if endsIn(w, "ed") || endsIn(w, "ing") || e.irregularForm(w) {
		return ""
	}
	return w
}

// plainWord reports whether w is a word of letters (or a hyphenated
// compound of them), not a figure: "71-61" heads no noun phrase.
func plainWord(w string) bool {
	for _, c := range w {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return w != ""
}

// classedNounAt reports whether the token at k of s is the definite
// noun phrase "the n" or its genitive "the n's" (a token's lower form
// drops the possessive 's), with theBefore's one hyphenated premodifier
// allowed: "the Seattle-based team".
func classedNounAt(s *sentence, k int, n string) bool {
	return s.toks[k].lower == n && theBefore(s, k)
}

// referentOfRole is the name, in words, of the organisation a person's
// description calls by a definite noun its sentence resolves: "the
// company" (companyOfRole) or the noun the article classed the thing by
// ("The team's manager" of "The Riverhawks, the Class A baseball
// team"); or nil. A description that says whose role it is through an
// anaphoric noun phrase names the antecedent as much as its name would
// (Halliday and Hasan, "Cohesion in English", 1976, §2.4).
func (e *Engine) referentOfRole(r role) []token {
	if ws := e.companyOfRole(r); ws != nil || r.s == nil {
		return ws
	}
	toks := tokenize(r.text)
	for _, x := range r.s.refs {
		for k := 1; k < len(toks); k++ {
			if slices.Contains(e.classed[x], toks[k].lower) && toks[k-1].lower == "the" {
				return e.roleWords("; " + e.a.Entities[x].Name) // a description of its own
			}
		}
	}
	return nil
}
