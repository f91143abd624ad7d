package lookup

import "storybot/knowledge"

// Stage 3, candidates: a thing the question names by its place ("the
// alder falls plant") is not the same kind of thing the sentence places
// elsewhere ("a newer plant in Carver"). A proper noun before a noun
// modifies it (Quirk et al., "A Comprehensive Grammar of the English
// Language", on proper nouns as premodifiers), and a prepositional phrase
// of place after a noun postmodifies it (ibid., on postmodification by
// prepositional phrases): both say which of the things of that kind is
// meant, so a sentence that says another place of the thing is about
// another one, though the story's dateline sets every sentence in the
// place asked.

// placedThing is a noun the question locates by a place it names.
type placedThing struct {
	place int    // the place entity
	stem  string // the noun's stem
}

// placedThings are the nouns q names right after a place it names
// ("the carver plant"), each with its place.
func (e *Engine) placedThings(q *query) []placedThing {
	var out []placedThing
	for i := 0; i < len(q.toks); i++ {
		if !q.nameToks[i] || i > 0 && q.nameToks[i-1] {
			continue
		}
		end := i
		for end < len(q.toks) && q.nameToks[end] {
			end++
		}
		xs, _ := e.entitiesIn(q.toks[i:end])
		if len(xs) != 1 || e.r.ents[xs[0]].kind != knowledge.Place || end == len(q.toks) {
			continue
		}
		if n := q.toks[end]; !stopWords[n.lower] && !isNumeric(n) {
			out = append(out, placedThing{place: xs[0], stem: n.stem})
		}
		i = end
	}
	return out
}

// placedElsewhere reports whether s names one of things at a place other
// than the one q names it by, and not that place: "a newer plant in
// Carver, Iowa" or "the Carver plant" for "the alder falls plant".
func (e *Engine) placedElsewhere(s *sentence, things []placedThing) bool {
	for _, pt := range things {
		if contains(s.named, pt.place) {
			continue
		}
		for k, t := range s.toks {
			if t.meets(pt.stem) && e.otherPlaceAt(s, k, pt.place) {
				return true
			}
		}
	}
	return false
}

// otherPlaceAt reports whether a place of s other than x ends right
// before token k or follows it after "in" or "at".
func (e *Engine) otherPlaceAt(s *sentence, k, x int) bool {
	for _, y := range s.named {
		if y == x || e.r.ents[y].kind != knowledge.Place {
			continue
		}
		if k+2 < len(s.toks) && (s.toks[k+1].lower == "in" || s.toks[k+1].lower == "at") && e.formAt(s, y, k+2) > 0 {
			return true
		}
		for j := max(0, k-4); j < k; j++ {
			if n := e.formAt(s, y, j); n > 0 && j+n == k {
				return true
			}
		}
	}
	return false
}
