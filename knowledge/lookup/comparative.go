package lookup

import (
	"slices"
	"strings"
)

// Choice questions and their comparatives (part of stage 2): "who's
// older, X or Y?", "which is closer to A, B or C?", "which was pricier,
// X or Y?". The comparative says along which dimension the alternatives
// are compared: the base adjective of an inflected comparative ("pricier"
// → pricy) or of a periphrastic one ("more expensive") names it, as a
// comparative grades the quality its adjective names (Quirk et al.,
// §7.74–7.82).

// choiceRe finds "…, X or Y" at the end of a question.
var choiceRe = lazyRE(`(?i)^(.*?)(?:,|:| -)\s*(?:the |a )?((?:\d,\d{3}|[^,?])+?)\s+or\s+(?:the |a )?((?:\d,\d{3}|[^,?])+?)\s*\??$`)

// alternativesRe splits "X or Y" at the end of a question, without their
// articles.
var alternativesRe = lazyRE(`^(?:the |a )?([^,?]+?)\s+or\s+(?:the |a )?([^,?]+?)\s*\??$`)

// comparatives name how two alternatives are compared (the comparative and
// superlative forms of English gradable adjectives, Quirk et al., §7.74).
var comparatives = lazyRE(`\b(older|younger|bigger|larger|smaller|more|less|fewer|higher|lower|greater|longer|shorter|first|earlier|later|last|most|least|better|worse|won|win|wins|lost|ahead)\b`)

// choiceOf finds the alternatives of a choice question and its
// comparative.
func (e *Engine) choiceOf(text string) ([]string, string) {
	l := strings.TrimSpace(strings.ToLower(text))
	if alts, _, more, ok := tallySide(l); ok {
		return alts, map[bool]string{true: "more", false: "fewer"}[more] // "more no votes in the house or senate"
	}
	if m := choiceRe.FindStringSubmatch(l); m != nil {
		c := e.comparativeIn(m[1])
		if c == "" || strings.Contains(m[1], " before") && strings.Contains(m[2]+m[3], "after") {
			return nil, ""
		}
		return []string{strings.TrimSpace(m[2]), strings.TrimSpace(m[3])}, c
	}
	return e.bareChoice(l)
}

// bareChoice finds "who's older X or Y", "which one's heavier X or Y": the
// alternatives straight after the comparative with no comma. The
// comparative is one of the first words after the interrogative, as the
// interrogative phrase ("which one's") and the verb come before it.
func (e *Engine) bareChoice(l string) ([]string, string) {
	f := strings.Fields(l)
	if len(f) < 4 || !strings.HasPrefix(f[0], "who") && !strings.HasPrefix(f[0], "which") && !strings.HasPrefix(f[0], "what") {
		return nil, ""
	}
	for k := 1; k <= 4 && k < len(f)-3; k++ {
		c := e.comparativeIn(strings.Join(f[k:k+2], " "))
		if c == "" || !strings.HasPrefix(c, f[k]) {
			continue
		}
		rest := f[k+1:]
		if strings.Contains(c, " ") {
			rest = f[k+2:] // "more expensive"
		}
		if m := alternativesRe.FindStringSubmatch(strings.Join(rest, " ")); m != nil {
			return []string{strings.TrimSpace(m[1]), strings.TrimSpace(m[2])}, c
		}
		return nil, ""
	}
	return nil, ""
}

// comparativeIn is the comparative of a question's words, "" when there is
// none: one of the common comparatives, with the adjective it grades when
// periphrastic ("more expensive"), else an inflected comparative of any
// gradable adjective ("pricier", "closer").
func (e *Engine) comparativeIn(p string) string {
	w := strings.Fields(p)
	for i, x := range w {
		if !comparatives.MatchString(x) {
			continue
		}
		if (x == "more" || x == "less") && i+1 < len(w) && e.adjectiveOnly(w[i+1]) {
			return x + " " + w[i+1]
		}
		return x
	}
	for _, x := range w {
		if e.comparativeBase(x) != "" {
			return x
		}
	}
	return ""
}

// adjectiveOnly reports whether WordNet knows a word as an adjective and
// not as a noun ("expensive", not "counts").
func (e *Engine) adjectiveOnly(w string) bool {
	if e.noLex {
		return false
	}
	pos := e.lex.PartsOfSpeech(w)
	return slices.Contains(pos, "adj") && !slices.Contains(pos, "noun")
}

// comparativeBase is the base adjective of an inflected comparative
// ("pricier" → pricy, "closer" → close, "bigger" → big), or "" when the
// word is not one: English forms the comparative with -er, doubling a
// final consonant, dropping a final e and turning y to i (Quirk et al.,
// §7.79); the irregular ones are WordNet's exceptions.
func (e *Engine) comparativeBase(w string) string {
	if e.noLex || stopWords[w] || !strings.HasSuffix(w, "er") || len(w) < 5 {
		return ""
	}
	if b := e.lex.Lemma(w); b != "" && b != w && e.canBe(b, "adj") {
		return b
	}
	stem := strings.TrimSuffix(w, "er")
	cands := []string{stem, stem + "e"}
	if strings.HasSuffix(stem, "i") {
		cands = append(cands, strings.TrimSuffix(stem, "i")+"y")
	}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	for _, c := range cands {
		if len(c) > 2 && e.canBe(c, "adj") {
			return c
		}
	}
	return ""
}

// baseOf is the adjective a question's comparative grades: "old" of
// "older", "expensive" of "more expensive"; the word itself otherwise.
func (e *Engine) baseOf(c string) string {
	if _, adj, ok := strings.Cut(c, " "); ok {
		return adj
	}
	if b := e.comparativeBase(c); b != "" {
		return b
	}
	return c
}

// lesserPoles are the marked members of the English antonym pairs of
// degree: "how old" asks the age of a child too, "how young" does not
// (Quirk et al., §7.83; Lyons, Semantics, §9.1). Their comparatives ask for
// the smaller figure.
var lesserPoles = set("young", "small", "little", "short", "low", "near", "close", "cheap",
	"inexpensive", "few", "slow", "light", "narrow", "shallow", "thin", "less", "fewer", "least")

// lesser reports whether a comparative asks for the smaller figure.
func (e *Engine) lesser(c string) bool {
	return strings.HasPrefix(c, "less ") || lesserPoles[c] || lesserPoles[e.baseOf(c)] || lessRe.MatchString(c)
}

// moneyAdjective reports whether an adjective grades what a thing costs:
// it is derived from a noun of price or cost ("pricy" from price, "costly"
// from cost), or a similar adjective is, or names one ("expensive" is
// similar to costly, "cheap" to low-cost), by WordNet's derivation and
// similarity links.
func (e *Engine) moneyAdjective(adj string) bool {
	if e.noLex {
		return false
	}
	words := append([]string{adj}, e.lex.Synonyms(adj)...)
	words = append(words, e.lex.Neighbours(adj)...)
	for _, w := range words {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == ' ' }) {
			if moneyWords[part] {
				return true
			}
		}
		if e.canBe(w, "adj") {
			for _, r := range e.lex.Related(w) {
				if moneyWords[r] {
					return true
				}
			}
		}
	}
	return false
}
