package lookup

import "slices"

// A reporter who skimmed the story asks by a word the article also uses,
// but in another sense or part of speech, while the sentence that answers
// tells the act by a broader verb: "how much did orders drop" of "a steep
// drop in orders" (no figure) and "orders fell 38%". WordNet 3.0 files
// "drop" (go down in value) under "fall" (its hypernym, the "@" pointer of
// wninput(5WN)): every drop is a fall, so a figure the article gives for
// the fall is the figure of the drop. Only when neither the words nor
// their synonyms find an answer is each plain known word read once more
// as its broader terms, and only for a question asking a figure (a count,
// a sum, a share) that the sentence must still hold with its unit.

// figureAsked are the answer types of a figure: a count, a sum, a share.
// A broader verb tells the same change of the same thing ("fell 38%");
// of a place, a time or a person the broader act is often another act
// ("pass" away is no "move").
var figureAsked = map[answerType]bool{tCount: true, tAmount: true, tPercent: true}

// broadened returns q with every plain known term widened to the
// article's words one WordNet link from it, as weak evidence, and whether
// any term changed.
func (e *Engine) broadened(q *query) (*query, bool) {
	if e.noLex || !figureAsked[q.typ] || q.measure != "" || q.whichNoun != "" {
		return nil, false // "where'd he pass" is no "moved"; "how far along" no distance
	}
	terms := slices.Clone(q.terms)
	changed := false
	for i, t := range terms {
		if !t.known || t.weak || t.derived || t.phrasal || len(t.alts) > 0 || lightVerbs[t.lower] || slices.ContainsFunc(q.focus, t.matchesStem) {
			continue
		}
		alts := slices.DeleteFunc(e.neighboursKnown(t.lower), func(st string) bool { return stemsMeet(st, t.stem) })
		if len(alts) > 0 {
			terms[i].alts, terms[i].weak, changed = alts, true, true
		}
	}
	if !changed {
		return nil, false
	}
	w := *q
	w.terms = terms
	return &w, true
}
