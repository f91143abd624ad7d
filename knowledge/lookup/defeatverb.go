package lookup

import "slices"

// Winning by defeating (part of stage 2): to beat or defeat someone is to
// win (WordNet 3.0 gives "win" as the entailment of "beat, beat out,
// crush, trounce, vanquish", verb.competition), and news copy tells a
// result by the verb of defeat with the loser as its object ("Quist
// defeated two-term Mayor Dennis Farrow"), so "who won the mayor race"
// is answered by the one who defeated. The article's verbs of defeat are
// those verbOfDefeat reads so.

// defeatVerbsKnown returns the stems of the words the article writes
// that are verbs of defeat ("defeated", "beat", "trounced"), as WordNet
// lists them: an out- word that is none ("outside") is left out, and the
// article's out- verbs come through withOutVerbs.
func (e *Engine) defeatVerbsKnown() []string {
	if e.noLex {
		return nil
	}
	var out []string
	for w := range e.r.words {
		if st := stemOf(w); !slices.Contains(out, st) && e.canBe(w, "verb") && e.verbOfDefeat(w) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}

// withDefeatVerbs gives a question's term of winning or beating the
// article's verbs of defeat, in a who-question: "who won" and "who beat
// X" meet "defeated", whose subject the doer reading finds.
func (e *Engine) withDefeatVerbs(q *query, terms []term) []term {
	if q.typ != tPerson {
		return terms // "who won, A or B" weighs each side's own sentences (choice.go)
	}
	var defeats []string
	asked := false
	for i := range terms {
		if b := e.baseVerb(terms[i].lower); b == "win" || b == "beat" || b == "defeat" {
			if !asked {
				defeats, asked = e.defeatVerbsKnown(), true
			}
			terms[i].alts = append(terms[i].alts, defeats...)
			terms[i].known = terms[i].known || len(defeats) > 0
		}
	}
	return terms
}
