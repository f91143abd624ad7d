package lookup

import "strings"

// An -ed participle clause set off by a comma after a noun phrase ("a $2.3
// million tutoring program the board approved in 2023, paid for with
// federal pandemic relief money") is passive: a nonfinite clause with the
// -ed participle has the passive meaning, its subject the noun phrase it
// follows (Quirk et al., ch. 15 on supplementive -ed clauses, ch. 17 on
// the -ed clause as postmodifier). Like a finite passive with no by-phrase
// it leaves the doer unsaid, so no one the sentence names did that act.

// participleClauseAt reports whether token i of s opens a clause of an
// -ed participle right after a comma: a regular past participle in -ed,
// or a form WordNet gives an irregular base for ("paid": pay), not an
// -ing form, followed by a preposition or the clause's end, after a
// clause with a verb of its own (a supplementive clause supplements a
// clause). A passive takes no direct object (Quirk et al., §3.63), so a
// verb with one after a comma is the finite verb after an appositive
// ("Sharon Pruitt, the director, ordered everyone").
func (e *Engine) participleClauseAt(s *sentence, i int) bool {
	if i == 0 || !strings.Contains(s.text[s.toks[i-1].end:s.toks[i].start], ",") || s.quoted[i] {
		return false
	}
	w := s.toks[i].lower
	if strings.HasSuffix(w, "ing") {
		return false
	}
	if i+1 < len(s.toks) && !strings.ContainsAny(s.text[s.toks[i].end:s.toks[i+1].start], ",;.") {
		if n := s.toks[i+1].lower; !prepositions[n] && n != "in" {
			return false // "ordered everyone": an object follows, so the verb is active, after an appositive's comma
		}
	}
	if !e.pastForm(w) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if !s.toks[k].cap && !s.quoted[k] && e.pastForm(s.toks[k].lower) {
			return true // the clause it supplements has its own verb ("credited a … program")
		}
	}
	return false // "Ana Ruiz, 45, died in 2020": the verb after an appositive is the sentence's own
}

// pastForm reports whether w is a past form of a verb: a regular one in
// -ed, or one WordNet gives an irregular verb base for ("paid": pay).
func (e *Engine) pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || !e.noLex && e.lex.Lemma(w) != "" && e.canBe(e.lex.Lemma(w), "verb")
}
