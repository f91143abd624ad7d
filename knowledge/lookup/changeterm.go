package lookup

import "sort"

// A verb of change asked in other words (part of stage 2): the verbs of
// calibratable change of state share one meaning, a change along a
// scale, and differ in its manner or size (Levin 1993, §45.6), so a
// question's "go up" or "climb" that the article never writes is told by
// the article's "jumped" or "rose", a change the same way; one the other
// way ("fell") is not (changeAct).

// withChangeVerbs returns terms with each changeKnown: "go up" for the
// article's "jumped".
func (e *Engine) withChangeVerbs(terms []term) []term {
	for k := range terms {
		terms[k] = e.changeKnown(terms[k])
	}
	return terms
}

// changeKnown returns term tm, when the article never writes it and it
// names a calibratable change ("go up", "climb"), known by the article's
// verbs of change in the same direction, as weak evidence.
func (e *Engine) changeKnown(tm term) term {
	if tm.known {
		return e.withVariedChange(tm)
	}
	d, ok := e.termChange(tm.lower)
	if !ok || d == 0 {
		return tm
	}
	var alts []string
	for _, cw := range e.articleChangeWords() {
		if cw.dir == d && !containsStr(alts, cw.stem) {
			alts = append(alts, cw.stem)
		}
	}
	if len(alts) == 0 {
		return tm
	}
	sort.Strings(alts)
	tm.alts, tm.known, tm.weak = alts, true, true
	tm.weight = e.r.idf(alts[0])
	return tm
}

// termChange is the direction of the change a question term names, a
// calibratable verb or "go up" and "go down", and whether it names one.
func (e *Engine) termChange(w string) (int, bool) {
	if d, ok := e.changeDirection(w); ok {
		return d, true
	}
	for p, d := range goParticles {
		if w == "go "+p || len(w) > len(p)+1 && w[len(w)-len(p)-1:] == " "+p && e.baseVerb(w[:len(w)-len(p)-1]) == "go" {
			return d, true
		}
	}
	return 0, false
}

// changeWord is a word of calibratable change the article writes, with
// its stem, its base verb and the direction of its change.
type changeWord struct {
	stem, base string
	dir        int
}

// articleChangeWords is the article's words of calibratable change,
// read on first use: they depend on the article only, and changeKnown
// and withVariedChange both draw on them.
func (e *Engine) articleChangeWords() []changeWord {
	e.changeOnce.Do(func() {
		for w := range e.r.words {
			if d, ok := e.changeDirection(w); ok {
				e.changeWords = append(e.changeWords, changeWord{stemOf(w), e.baseVerb(w), d})
			}
		}
	})
	return e.changeWords
}
