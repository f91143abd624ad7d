package lookup

import "strings"

// The counted head past two premodifiers (part of stage 1, reading the
// question): "how many long-tailed ducks", "how many high school students
// were hurt" and "how many full-time workers" count ducks, students and
// workers. "Many" takes a plural count noun as the head of its noun
// phrase (Quirk et al. 1985, §5.23), and the premodifiers of a noun phrase
// all stand before its head (§17.2), so the noun counted is the plural
// noun that ends the run of premodifiers, however many there are: a
// compound adjective (§17.104 and App. I.44, "long-tailed", "full-time"),
// which the question reader splits at its hyphen and chat often types
// without one, or a noun premodifying a noun ("high school", §17.108).
// focusAfter keeps the first two content words; when neither is plural
// and a plural word follows them before any function word, the two words
// are premodifiers and the phrase has not yet reached its head. The focus
// is then the head and the premodifier next to it, the one that
// classifies it most narrowly (§17.119, the modifier nearest the head
// being the most intrinsic).

// maxPremodifiers bounds the run of premodifiers looked through: news
// questions seldom stack more than three before a counted head.
const maxPremodifiers = 3

// countedHeadAhead returns the focus ending at the plural head that
// follows the two content words out, the second at fields[k] and not
// plural, or out unchanged when no plural head follows before a function
// word. (A plural first word already ended the phrase: pluralHeadBefore.)
func countedHeadAhead(out []string, fields []string, k int) []string {
	if len(out) != 2 || countNounPlural(strings.Trim(fields[k], "?!.,")) {
		return out
	}
	prev := out[1]
	for j := k + 1; j < len(fields) && j <= k+maxPremodifiers-1; j++ {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(fields[j], "?!.,"), "'s"), "'")
		if w == "" || stopWords[w] || chatWords[w] || auxiliaries[w] {
			return out
		}
		if countNounPlural(w) {
			return []string{prev, stemOf(w)}
		}
		prev = stemOf(w)
	}
	return out
}

// stackedPremodifiers are the question's words between "many" and the
// counted head when there are two or more of them ("long", "tailed" in
// "how many long-tailed ducks"), or nil.
func stackedPremodifiers(q *query) []token {
	if q.typ != tCount || len(q.focus) != 2 {
		return nil
	}
	for i, t := range q.toks {
		if t.lower != "many" {
			continue
		}
		var mods []token
		for _, m := range q.toks[i+1:] {
			if m.stem == q.focus[1] || stemOf(m.lower) == q.focus[1] {
				if len(mods) < 2 {
					return nil
				}
				return mods
			}
			if stopWords[m.lower] || distinctWords[m.lower] {
				return nil
			}
			mods = append(mods, m)
		}
		return nil
	}
	return nil
}

// unheldStackedModifier reports whether s holds the counted head but not
// every word of the run of premodifiers before it in q: "how many
// part-time workers" is not answered by a sentence of full-time workers,
// as a compound modifier restricts its head as a whole (§17.104).
func (e *Engine) unheldStackedModifier(q *query, s *sentence) bool {
	mods := stackedPremodifiers(q)
	if mods == nil {
		return false
	}
	head, ok := focusTerm(q, q.focus[1])
	if !ok || len(termAt(s, head)) == 0 {
		return false
	}
	for _, m := range mods {
		t, ok := focusTerm(q, m.lower)
		if !ok {
			t, ok = focusTerm(q, m.stem)
		}
		if ok && len(termAt(s, t)) == 0 {
			return true
		}
	}
	return false
}
