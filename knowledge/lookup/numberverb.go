package lookup

import (
	"slices"
	"strings"
)

// The act a number counts. News writing puts a count next to its verb,
// as the verb's object ("destroying 38 homes") or as the subject of a
// passive ("38 homes have been destroyed"); the verb says what the number
// counts as much as its noun does: of "evacuation orders for about 2,400
// homes" and "destroying 38 homes", only the second answers "how many
// homes burned".

// nominalAct reports whether w has a suffix that makes a noun of an act
// from a verb: -tion, -sion, -ment or -ure (Quirk et al. 1985, App.
// I.33; -al is left out, as it also makes adjectives and "total"), so
// that a count after "of" is the act's patient: "the evacuation of 200
// employees", not "a toll of $5".
func nominalAct(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"tion", "sion", "ment", "ure"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// approximators are the words that hedge a number and stand between it
// and its verb ("destroyed about 40", "forced more than 5,000"; Quirk et
// al., §7.56, approximators of numerals).
var approximators = set("about", "roughly", "nearly", "almost", "around", "approximately",
	"some", "more", "less", "fewer", "than", "at", "least", "most", "over", "under", "just", "only")

// passiveAux are the auxiliaries between a subject and its participle
// ("have been destroyed", "were hurt", "will be built").
var passiveAux = set("have", "has", "had", "been", "be", "being", "was", "were", "is", "are",
	"will", "would", "to", "not")

// numberVerbs are the token indexes of the words that may be the verb of
// number n of s: the word before it, past approximators, or the noun
// before an "of" there (an act named by its noun, nominalAct), and the
// first word after its noun phrase, past auxiliaries.
func numberVerbs(s *sentence, n quantity) []int {
	var out []int
	i := n.tok - 1
	for i >= 0 && approximators[s.toks[i].lower] {
		i--
	}
	if i >= 0 && punctuatedBetween(s.text, s.toks, i+1) && frontedOf(s, i) {
		// "Of the injured, 12 were taken": the word before the comma ends a
		// fronted phrase (frontedpartitive.go) and is no verb of the count
	} else if i >= 0 && !stopWords[s.toks[i].lower] && !s.toks[i].cap && !marginalPrepositions[s.toks[i].lower] {
		out = append(out, i) // not "including": a preposition, no verb (Quirk et al., §9.6)
	} else if i >= 1 && s.toks[i].lower == "of" && nominalAct(s.toks[i-1].lower) && !s.toks[i-1].cap {
		out = append(out, i-1) // "forced the evacuation of about 200 employees": an act's noun, its patient after "of" (nominalAct)
	}
	start := afterPlacePostmodifier(s, n) // "1.9 million hens there will be killed" (placepostmod.go)
	j := start
	for j < len(s.toks) && (passiveAux[s.toks[j].lower] || j > start && medialAdverbs[s.toks[j].lower]) {
		j++ // "11 are still missing": an adverb in the medial position (fusedsubject.go)
	}
	if j < len(s.toks) && j > start && !stopWords[s.toks[j].lower] {
		out = append(out, j) // "38 homes have been destroyed"
	} else if j == n.end && j < len(s.toks) && (strings.HasSuffix(s.toks[j].lower, "ed") || irregularCountParticiples[s.toks[j].lower]) {
		out = append(out, j) // "350 people stacked sandbags"; "out of 9,800 cast" (outofwhole.go)
	}
	if v := verbPastIndirect(s, n); v >= 0 {
		out = append(out, v) // "cost Columbia Pictures a reported $210 million"
	}
	return out
}

// frontedOf reports whether s opens with "of" and token i ends the phrase
// it opens, with no punctuation before i: a fronted of-phrase ("Of the
// injured,"; frontedpartitive.go).
func frontedOf(s *sentence, i int) bool {
	if len(s.toks) == 0 || s.toks[0].lower != "of" {
		return false
	}
	for k := 1; k <= i; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return false
		}
	}
	return true
}

// actWords are the stems that say what the question's act is: its content
// words other than the counted noun, each with the article's synonyms of
// it and, weaker, the words one WordNet link away ("burned" → destroy).
type actWords struct {
	strong, weak []string
}

// actsOf collects the act words of q.
func (e *Engine) actsOf(q *query) actWords {
	var a actWords
	for _, t := range q.terms {
		if inFocus(q.focus, t.stem) {
			continue
		}
		a.strong = append(a.strong, t.stem)
		for _, alt := range t.alts {
			if !lightVerbs[t.lower] || !lightVerbs[alt] {
				a.strong = append(a.strong, alt) // "needed" is no "taken" to hospitals: two light verbs mean what their objects say
			}
		}
		if e.noLex || q.determined(t) {
			continue
		}
		// a causer's act entails the asked act's result ("four people were
		// killed": four died; WordNet's cause relation, Fellbaum 1998, ch. 3)
		for _, w := range slices.Concat(e.lex.Synonyms(t.lower), e.lex.Neighbours(t.lower), e.lex.Causers(t.lower)) {
			if !strings.Contains(w, " ") && !lightVerbs[w] && !stopWords[w] {
				a.weak = append(a.weak, stemOf(w))
			}
		}
	}
	return a
}

// determined reports whether question term t stands after a determiner
// or a possessive ("losing their jobs", "the jobs"): a determiner
// opens a noun phrase (Quirk et al., §5.10), so t is a noun there, the
// object of the question's verb and not the act itself. Its WordNet
// neighbours are then no verbs of the asked act: "jobs" leads to
// "employ", and "employs about 11,000 people" counts no one losing a job.
func (q *query) determined(t term) bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == t.lower {
			p := q.toks[i-1].lower
			return determiners[p] || possessiveDeterminers[p]
		}
	}
	return false
}

// inFocus reports whether stem is one of the counted noun phrase's words.
func inFocus(focus []string, stem string) bool {
	for _, f := range focus {
		if stemsMeet(f, stem) {
			return true
		}
	}
	return false
}

// actMatch is 2 when the verb of n is one of the question's words, 1 when
// it is a word one link from one, 0 otherwise.
func (a actWords) actMatch(s *sentence, n quantity) float64 {
	best := 0.0
	for _, i := range numberVerbs(s, n) {
		t := s.toks[i]
		for _, st := range a.strong {
			if t.meets(st) {
				return 2
			}
		}
		for _, st := range a.weak {
			if stemsMeet(t.stem, st) {
				best = 1
			}
		}
	}
	return best
}

// ownVerbWeight is the weight of a count whose own verb is the question's
// word (act 2): "forcing about 4,200 residents to evacuate" counts the
// evacuated, while "Evacuees filled a shelter, where 310 people spent the
// night" holds the asked word, and the counted noun beside its number,
// but the number is the subject of another verb. Nearness to the matched
// words weighs the counted noun as much as the act, so the number's own
// verb, when it is the question's, weighs twice a verb one link away.
// Sums and shares are left out: their verb ("cost", "paid") is often the
// question's for every figure of the sentence.
func ownVerbWeight(q *query, n quantity, act float64) float64 {
	if act == 2 && n.kind == qCount && len(q.focus) > 0 {
		return 2
	}
	return 0
}
