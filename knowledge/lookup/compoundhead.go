package lookup

import (
	"slices"
	"strings"
)

// compoundHeadWeight weighs a number written as a compound modifier with
// the noun it counts ("a four-lane bridge", "a 48-bed hospital") by the
// noun the compound premodifies: the count describes that noun's referent
// (AP Stylebook, "hyphen": compound modifiers; Quirk et al. 1985,
// §17.104, premodification). So "how many lanes will the new bridge have"
// is answered by the figure before "bridge" in "replace the two-lane span
// with a four-lane bridge": one point when the question names the noun
// the compound premodifies, none otherwise.
func (e *Engine) compoundHeadWeight(q *query, s *sentence, n quantity) float64 {
	if n.end != n.tok+1 || compoundCounted(s.toks[n.tok]) == "" {
		return 0
	}
	h := e.premodifiedHead(s, n.end, true)
	if h < 0 || !slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(s.toks[h]) }) {
		return 0
	}
	return 1
}

// compoundCountWords writes a count given as a compound modifier the way
// a count is read out, its noun in the plural ("four-lane": four lanes;
// "one-room": one room), when the question asks how many of a thing that
// is no unit of measure ("how big is the 2-acre parcel" keeps "2-acre")
// or is the very unit the question counts ("how many stories":
// "five-story", five stories); any other figure as written.
func compoundCountWords(q *query, w string) string {
	noun := compoundCounted(token{lower: strings.ToLower(w)})
	if q.typ != tCount || q.measure != "" || noun == "" || measureOf(stemOf(noun)) != "" && !slices.Contains(q.focus, stemOf(noun)) {
		return w
	}
	num, _, _ := strings.Cut(w, "-")
	if v, _, ok := wordNumber(strings.ToLower(num)); ok && v == 1 || num == "1" {
		return num + " " + noun
	}
	return num + " " + regularPlural(noun)
}

// irregularPlurals are the plurals English forms by a change of vowel or
// an old suffix (Quirk et al. 1985, §5.83–§5.84).
var irregularPlurals = map[string]string{"man": "men", "woman": "women", "foot": "feet",
	"tooth": "teeth", "goose": "geese", "mouse": "mice", "child": "children", "person": "people"}

// regularPlural is the plural of noun w: the irregular plurals, else the
// plural English forms with a suffix (Quirk et al. 1985, §5.79): -es after
// a sibilant ("bus", "box", "church"), -ies for -y after a consonant
// ("story"), -s otherwise.
func regularPlural(w string) string {
	switch {
	case irregularPlurals[w] != "":
		return irregularPlurals[w]
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
